CREATE TABLE "fine_appeal_attachments" (
	"appeal_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" char(64) NOT NULL,
	"content" "bytea" NOT NULL,
	CONSTRAINT "fine_appeal_attachments_appeal_id_ordinal_pk" PRIMARY KEY("appeal_id","ordinal")
);
--> statement-breakpoint
CREATE TABLE "fine_appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"violation_id" uuid NOT NULL,
	"appellant_number" char(12) NOT NULL,
	"reason" text NOT NULL,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "fine_evidence" (
	"violation_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" char(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fine_evidence_violation_id_ordinal_pk" PRIMARY KEY("violation_id","ordinal")
);
--> statement-breakpoint
CREATE TABLE "fine_payments" (
	"violation_id" uuid PRIMARY KEY NOT NULL,
	"reference" varchar(25) NOT NULL,
	"amount" bigint NOT NULL,
	"payer_number" char(12) NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"paid_at" timestamp with time zone,
	"transaction_id" text,
	"receipt_document_id" uuid,
	CONSTRAINT "fine_payments_reference_key" UNIQUE("reference"),
	CONSTRAINT "fine_payments_amount_positive" CHECK ("fine_payments"."amount" > 0),
	CONSTRAINT "fine_payments_paid_with_receipt" CHECK (("fine_payments"."paid_at" IS NULL) = ("fine_payments"."transaction_id" IS NULL AND "fine_payments"."receipt_document_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "fine_reminders" (
	"violation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fine_reminders_violation_id_kind_pk" PRIMARY KEY("violation_id","kind")
);
--> statement-breakpoint
ALTER TABLE "fine_violations" ALTER COLUMN "recorded_by" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "fine_violations" ADD COLUMN "camera_client_id" text;--> statement-breakpoint
ALTER TABLE "fine_violations" ADD COLUMN "camera_event_id" varchar(100);--> statement-breakpoint
ALTER TABLE "fine_violations" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "fine_violations" ADD COLUMN "seen_in_app_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "fine_violations" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "fine_appeal_attachments" ADD CONSTRAINT "fine_appeal_attachments_appeal_id_fine_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."fine_appeals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fine_appeals" ADD CONSTRAINT "fine_appeals_violation_id_fine_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."fine_violations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fine_evidence" ADD CONSTRAINT "fine_evidence_violation_id_fine_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."fine_violations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fine_payments" ADD CONSTRAINT "fine_payments_violation_id_fine_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."fine_violations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fine_reminders" ADD CONSTRAINT "fine_reminders_violation_id_fine_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."fine_violations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "fine_appeals_violation_idx" ON "fine_appeals" USING btree ("violation_id");--> statement-breakpoint
CREATE INDEX "fine_appeals_status_idx" ON "fine_appeals" USING btree ("status","filed_at");--> statement-breakpoint
CREATE INDEX "fine_payments_paid_idx" ON "fine_payments" USING btree ("paid_at");--> statement-breakpoint
CREATE UNIQUE INDEX "fine_violations_camera_event_idx" ON "fine_violations" USING btree ("camera_client_id","camera_event_id");--> statement-breakpoint
CREATE INDEX "fine_violations_due_idx" ON "fine_violations" USING btree ("status","due_on");--> statement-breakpoint
ALTER TABLE "fine_violations" ADD CONSTRAINT "fine_violations_one_recorder" CHECK (("fine_violations"."source" = 'officer' AND "fine_violations"."recorded_by" IS NOT NULL)
       OR ("fine_violations"."source" = 'camera' AND "fine_violations"."camera_client_id" IS NOT NULL AND "fine_violations"."camera_event_id" IS NOT NULL));--> statement-breakpoint
UPDATE "fine_violations" SET "due_on" = ("recorded_at" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 10 WHERE "status" IN ('notified', 'confirmed');--> statement-breakpoint
COMMENT ON TABLE "fine_evidence" IS 'Evidence images of traffic violations (JPEG, PNG or WebP, checked by their first bytes), with size and SHA-256.';--> statement-breakpoint
COMMENT ON COLUMN "fine_evidence"."content" IS 'Personal data: a photograph of the vehicle and possibly its driver.';--> statement-breakpoint
COMMENT ON TABLE "fine_appeals" IS 'Appeals of vehicle owners against traffic violations, one per violation, and the officer''s decision.';--> statement-breakpoint
COMMENT ON COLUMN "fine_appeals"."appellant_number" IS 'Personal data: the personal number of the owner who appealed.';--> statement-breakpoint
COMMENT ON COLUMN "fine_appeals"."reason" IS 'Personal data: the owner''s reason for the appeal, in their words.';--> statement-breakpoint
COMMENT ON TABLE "fine_appeal_attachments" IS 'Files attached to appeals (JPEG, PNG or WebP, checked by their first bytes).';--> statement-breakpoint
COMMENT ON COLUMN "fine_appeal_attachments"."content" IS 'Personal data: a file the owner attached to the appeal.';--> statement-breakpoint
COMMENT ON TABLE "fine_reminders" IS 'Payment reminders sent to violation owners in the app: two days before the due date and once overdue, each once.';--> statement-breakpoint
COMMENT ON COLUMN "fine_violations"."camera_event_id" IS 'The camera system''s own id of the event; unique per camera client.';--> statement-breakpoint
COMMENT ON COLUMN "fine_violations"."due_on" IS 'The last Vietnam calendar day to pay (Law on Handling Administrative Violations 2012, Art. 73); null while an appeal is pending.';--> statement-breakpoint
COMMENT ON COLUMN "fine_violations"."seen_in_app_at" IS 'When the owner first opened the violation in the app.';--> statement-breakpoint
COMMENT ON TABLE "fine_payments" IS 'Traffic fines paid online (model 18): the VietQR payment asked for a violation, when the bank paid it and the receipt issued into the payer''s document vault.';--> statement-breakpoint
COMMENT ON COLUMN "fine_payments"."reference" IS 'The payment reference the transfer carries back (payments module), derived from the violation.';--> statement-breakpoint
COMMENT ON COLUMN "fine_payments"."payer_number" IS 'Personal data: the personal number of the resident who asked to pay (the vehicle''s owner).';--> statement-breakpoint
COMMENT ON COLUMN "fine_payments"."transaction_id" IS 'The bank''s transaction that paid the fine.';--> statement-breakpoint
COMMENT ON COLUMN "fine_payments"."receipt_document_id" IS 'The receipt put in the payer''s document vault when the fine was paid.';
