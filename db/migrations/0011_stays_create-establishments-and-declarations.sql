CREATE TABLE "stay_deadline_rules" (
	"valid_from" date PRIMARY KEY NOT NULL,
	"late_arrival_from" time NOT NULL,
	"same_day_cutoff" time NOT NULL,
	"next_day_cutoff" time NOT NULL,
	"legal_basis" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stay_declaration_revisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"declaration_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"kind" text NOT NULL,
	"previous" jsonb NOT NULL,
	"reason" text,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stay_declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"establishment_id" text NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"guest_kind" text NOT NULL,
	"personal_number" char(12),
	"full_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"sex" char(1),
	"nationality" char(3) NOT NULL,
	"passport_number" text,
	"passport_expires_on" date,
	"entry_date" date,
	"visa_number" text,
	"visa_expires_on" date,
	"room" text,
	"arrival_at" timestamp with time zone NOT NULL,
	"expected_departure_at" timestamp with time zone,
	"departed_at" timestamp with time zone,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"late" boolean NOT NULL,
	"method" text NOT NULL,
	"group_id" uuid,
	"accompanied_by" uuid,
	"trip_id" uuid,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"declared_by" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stay_establishment_types" (
	"code" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"capacity_unit" text NOT NULL,
	"position" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stay_establishments" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"name" text NOT NULL,
	"type_code" text NOT NULL,
	"address" text NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"capacity" integer NOT NULL,
	"owner_account_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decision_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"sso_client_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stay_idempotency_keys" (
	"caller" text NOT NULL,
	"key" varchar(200) NOT NULL,
	"request_hash" char(64) NOT NULL,
	"status" smallint NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stay_idempotency_keys_caller_key_pk" PRIMARY KEY("caller","key")
);
--> statement-breakpoint
ALTER TABLE "stay_declaration_revisions" ADD CONSTRAINT "stay_declaration_revisions_declaration_id_stay_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."stay_declarations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stay_declarations" ADD CONSTRAINT "stay_declarations_establishment_id_stay_establishments_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."stay_establishments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stay_establishments" ADD CONSTRAINT "stay_establishments_type_code_stay_establishment_types_code_fk" FOREIGN KEY ("type_code") REFERENCES "public"."stay_establishment_types"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stay_declaration_revisions_declaration_idx" ON "stay_declaration_revisions" USING btree ("declaration_id","revision");--> statement-breakpoint
CREATE INDEX "stay_declarations_establishment_idx" ON "stay_declarations" USING btree ("establishment_id","departed_at");--> statement-breakpoint
CREATE INDEX "stay_declarations_commune_idx" ON "stay_declarations" USING btree ("commune_code","declared_at");--> statement-breakpoint
CREATE INDEX "stay_declarations_person_idx" ON "stay_declarations" USING btree ("personal_number","arrival_at");--> statement-breakpoint
CREATE INDEX "stay_declarations_passport_idx" ON "stay_declarations" USING btree ("nationality","passport_number");--> statement-breakpoint
CREATE INDEX "stay_declarations_trip_idx" ON "stay_declarations" USING btree ("trip_id");--> statement-breakpoint
CREATE INDEX "stay_establishments_commune_status_idx" ON "stay_establishments" USING btree ("commune_code","status");--> statement-breakpoint
CREATE INDEX "stay_establishments_owner_idx" ON "stay_establishments" USING btree ("owner_account_id");