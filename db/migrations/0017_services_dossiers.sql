CREATE TABLE "service_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"dossier_id" uuid,
	"requirement" text,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" char(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_dossier_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "service_dossiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" varchar(24) NOT NULL,
	"service_code" varchar(20) NOT NULL,
	"parent_id" uuid,
	"applicant_number" char(12) NOT NULL,
	"account_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"eid_level" smallint NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"status" text NOT NULL,
	"data" jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"paused_at" timestamp with time zone,
	"assignee_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"outcome" jsonb,
	"fee_amount" integer NOT NULL,
	"fee_paid_at" timestamp with time zone,
	CONSTRAINT "service_dossiers_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "service_drafts" (
	"account_id" uuid NOT NULL,
	"service_code" varchar(20) NOT NULL,
	"data" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_drafts_account_id_service_code_pk" PRIMARY KEY("account_id","service_code")
);
--> statement-breakpoint
ALTER TABLE "service_attachments" ADD CONSTRAINT "service_attachments_dossier_id_service_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."service_dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_dossier_events" ADD CONSTRAINT "service_dossier_events_dossier_id_service_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."service_dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_attachments_dossier_idx" ON "service_attachments" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "service_dossier_events_dossier_idx" ON "service_dossier_events" USING btree ("dossier_id","at");--> statement-breakpoint
CREATE INDEX "service_dossiers_queue_idx" ON "service_dossiers" USING btree ("commune_code","status","due_at");--> statement-breakpoint
CREATE INDEX "service_dossiers_province_queue_idx" ON "service_dossiers" USING btree ("province_code","status","due_at");--> statement-breakpoint
CREATE INDEX "service_dossiers_applicant_idx" ON "service_dossiers" USING btree ("applicant_number","received_at");--> statement-breakpoint
CREATE INDEX "service_dossiers_parent_idx" ON "service_dossiers" USING btree ("parent_id");