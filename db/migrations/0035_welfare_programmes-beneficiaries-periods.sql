CREATE TABLE "welfare_beneficiaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_code" text NOT NULL,
	"personal_number" char(12) NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"status" text NOT NULL,
	"from_period" char(7) NOT NULL,
	"until_period" char(7),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "welfare_beneficiary_history" (
	"id" serial PRIMARY KEY NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"change" text NOT NULL,
	"note" text,
	"actor_account_id" uuid
);
--> statement-breakpoint
CREATE TABLE "welfare_payment_lines" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"personal_number" char(12) NOT NULL,
	"full_name" text NOT NULL,
	"amount" integer NOT NULL,
	"channel" text NOT NULL,
	"provider" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"note" text,
	"settled_at" timestamp with time zone,
	CONSTRAINT "welfare_payment_lines_no_uq" UNIQUE("period_id","line_no"),
	CONSTRAINT "welfare_payment_lines_beneficiary_uq" UNIQUE("period_id","beneficiary_id")
);
--> statement-breakpoint
CREATE TABLE "welfare_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_code" text NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"period" char(7) NOT NULL,
	"status" text NOT NULL,
	"built_at" timestamp with time zone DEFAULT now() NOT NULL,
	"built_by" uuid NOT NULL,
	"reconciled_at" timestamp with time zone,
	"reconciled_by" uuid,
	CONSTRAINT "welfare_periods_uq" UNIQUE("programme_code","commune_code","period")
);
--> statement-breakpoint
ALTER TABLE "welfare_beneficiary_history" ADD CONSTRAINT "welfare_beneficiary_history_beneficiary_id_welfare_beneficiaries_id_fk" FOREIGN KEY ("beneficiary_id") REFERENCES "public"."welfare_beneficiaries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "welfare_payment_lines" ADD CONSTRAINT "welfare_payment_lines_period_id_welfare_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."welfare_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "welfare_payment_lines" ADD CONSTRAINT "welfare_payment_lines_beneficiary_id_welfare_beneficiaries_id_fk" FOREIGN KEY ("beneficiary_id") REFERENCES "public"."welfare_beneficiaries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "welfare_beneficiaries_current_uq" ON "welfare_beneficiaries" USING btree ("programme_code","personal_number") WHERE "welfare_beneficiaries"."status" IN ('proposed', 'active');--> statement-breakpoint
CREATE INDEX "welfare_beneficiaries_list_idx" ON "welfare_beneficiaries" USING btree ("programme_code","commune_code","status");--> statement-breakpoint
CREATE INDEX "welfare_beneficiaries_person_idx" ON "welfare_beneficiaries" USING btree ("personal_number");--> statement-breakpoint
CREATE INDEX "welfare_beneficiary_history_idx" ON "welfare_beneficiary_history" USING btree ("beneficiary_id","id");--> statement-breakpoint
CREATE INDEX "welfare_payment_lines_person_idx" ON "welfare_payment_lines" USING btree ("personal_number");