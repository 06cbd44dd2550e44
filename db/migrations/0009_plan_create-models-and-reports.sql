CREATE TABLE "plan_agencies" (
	"code" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text NOT NULL,
	"contact_phone" varchar(15),
	"contact_set_by" uuid,
	"contact_set_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "plan_consolidations" (
	"id" serial PRIMARY KEY NOT NULL,
	"month" char(7) NOT NULL,
	"year" smallint NOT NULL,
	"number" integer NOT NULL,
	"content" jsonb NOT NULL,
	"issued_by" uuid NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_consolidations_year_number_key" UNIQUE("year","number")
);
--> statement-breakpoint
CREATE TABLE "plan_kpi_snapshots" (
	"kpi_key" text NOT NULL,
	"month" char(7) NOT NULL,
	"model_no" smallint NOT NULL,
	"state" text NOT NULL,
	"indicators" jsonb,
	"breakdown" jsonb,
	"reason" text,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "plan_kpi_snapshots_kpi_key_month_pk" PRIMARY KEY("kpi_key","month")
);
--> statement-breakpoint
CREATE TABLE "plan_model_agencies" (
	"model_no" smallint NOT NULL,
	"agency_code" text NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "plan_model_agencies_model_no_agency_code_role_pk" PRIMARY KEY("model_no","agency_code","role")
);
--> statement-breakpoint
CREATE TABLE "plan_model_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"model_no" smallint NOT NULL,
	"field" text NOT NULL,
	"from_value" text,
	"to_value" text NOT NULL,
	"reason" text NOT NULL,
	"changed_by" uuid NOT NULL,
	"changed_by_name" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_models" (
	"no" smallint PRIMARY KEY NOT NULL,
	"group_code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"lead_text" text NOT NULL,
	"coordinate_text" text NOT NULL,
	"forces" text NOT NULL,
	"platform" text NOT NULL,
	"modules" text[] NOT NULL,
	"platform_delivers" text NOT NULL,
	"kpi_text" text NOT NULL,
	"deadline_text" text NOT NULL,
	"deadline_date" date,
	"status" text DEFAULT 'not_started' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_reminders" (
	"id" serial PRIMARY KEY NOT NULL,
	"agency_code" text NOT NULL,
	"month" char(7) NOT NULL,
	"kind" text NOT NULL,
	"due_date" date NOT NULL,
	"model_nos" smallint[] NOT NULL,
	"body" text NOT NULL,
	"messages_sent" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_reminders_agency_month_kind_key" UNIQUE("agency_code","month","kind")
);
--> statement-breakpoint
CREATE TABLE "plan_report_attachments" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" char(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"model_no" smallint NOT NULL,
	"agency_code" text NOT NULL,
	"month" char(7) NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"progress" text DEFAULT '' NOT NULL,
	"indicators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"obstacles" text DEFAULT '' NOT NULL,
	"proposals" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid,
	"submitted_by_name" text,
	"submitted_at" timestamp with time zone,
	"submitted_late" boolean,
	CONSTRAINT "plan_reports_model_agency_month_key" UNIQUE("model_no","agency_code","month")
);
--> statement-breakpoint
ALTER TABLE "plan_kpi_snapshots" ADD CONSTRAINT "plan_kpi_snapshots_model_no_plan_models_no_fk" FOREIGN KEY ("model_no") REFERENCES "public"."plan_models"("no") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_model_agencies" ADD CONSTRAINT "plan_model_agencies_model_no_plan_models_no_fk" FOREIGN KEY ("model_no") REFERENCES "public"."plan_models"("no") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_model_agencies" ADD CONSTRAINT "plan_model_agencies_agency_code_plan_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."plan_agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_model_changes" ADD CONSTRAINT "plan_model_changes_model_no_plan_models_no_fk" FOREIGN KEY ("model_no") REFERENCES "public"."plan_models"("no") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reminders" ADD CONSTRAINT "plan_reminders_agency_code_plan_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."plan_agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_report_attachments" ADD CONSTRAINT "plan_report_attachments_report_id_plan_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."plan_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reports" ADD CONSTRAINT "plan_reports_model_no_plan_models_no_fk" FOREIGN KEY ("model_no") REFERENCES "public"."plan_models"("no") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reports" ADD CONSTRAINT "plan_reports_agency_code_plan_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."plan_agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_consolidations_month_idx" ON "plan_consolidations" USING btree ("month");--> statement-breakpoint
CREATE INDEX "plan_model_agencies_agency_idx" ON "plan_model_agencies" USING btree ("agency_code","role");--> statement-breakpoint
CREATE INDEX "plan_model_changes_model_idx" ON "plan_model_changes" USING btree ("model_no","changed_at");--> statement-breakpoint
CREATE INDEX "plan_report_attachments_report_idx" ON "plan_report_attachments" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "plan_reports_month_idx" ON "plan_reports" USING btree ("month","agency_code");--> statement-breakpoint
COMMENT ON TABLE "plan_agencies" IS 'Agencies named by plan 106/KH-PH (data/plan-106-agencies.json), with the contact their report reminders go to.';--> statement-breakpoint
COMMENT ON COLUMN "plan_agencies"."contact_phone" IS 'Personal data: phone of the agency''s focal point for the plan''s reminders.';--> statement-breakpoint
COMMENT ON TABLE "plan_models" IS 'The 43 models of plan 106/KH-PH (data/plan-106-models.json) and the status recorded by the standing office; overdue is derived from deadline_date.';--> statement-breakpoint
COMMENT ON TABLE "plan_model_agencies" IS 'Lead and coordinating agencies of each model, read from the plan''s cells.';--> statement-breakpoint
COMMENT ON TABLE "plan_model_changes" IS 'History of each model''s status and deadline: who, when, why.';--> statement-breakpoint
COMMENT ON COLUMN "plan_model_changes"."changed_by_name" IS 'Personal data: full name of the staff member who made the change.';--> statement-breakpoint
COMMENT ON TABLE "plan_reports" IS 'Monthly reports of lead agencies on their models: drafts until submitted, then fixed.';--> statement-breakpoint
COMMENT ON COLUMN "plan_reports"."submitted_by_name" IS 'Personal data: full name of the staff member who submitted the report.';--> statement-breakpoint
COMMENT ON TABLE "plan_report_attachments" IS 'Small files attached to reports (PDF, PNG, JPEG, DOCX, XLSX; 2 MiB each, 5 per report).';--> statement-breakpoint
COMMENT ON TABLE "plan_reminders" IS 'Report reminders sent 3 days and 1 day before the deadline, one per agency, month and kind.';--> statement-breakpoint
COMMENT ON TABLE "plan_kpi_snapshots" IS 'KPI values computed from live data by the owning modules, the latest of each month kept for the trend.';--> statement-breakpoint
COMMENT ON TABLE "plan_consolidations" IS 'Consolidated monthly reports issued by the standing office, numbered per year, content frozen.';
