CREATE TABLE "verification_attestation_nonces" (
	"device_id" uuid NOT NULL,
	"nonce" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_exam_candidates" (
	"session_id" uuid NOT NULL,
	"personal_number" char(12) NOT NULL,
	"full_name" text NOT NULL,
	"birth_date" text NOT NULL,
	"seat" text,
	"line" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_exam_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_kiosk_devices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "verification_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_id" uuid NOT NULL,
	"staff_account_id" uuid,
	"device_id" uuid,
	"session_id" uuid,
	"purpose" text NOT NULL,
	"method" text NOT NULL,
	"personal_number" char(12) NOT NULL,
	"result" text NOT NULL,
	"eid_level" smallint,
	"flag" text,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verification_checks_purpose" CHECK ("verification_checks"."purpose" IN ('medicalCheckIn', 'notarisation', 'pawnTransaction', 'examAttendance', 'schoolCheck')),
	CONSTRAINT "verification_checks_method" CHECK ("verification_checks"."method" IN ('cardQr', 'identityQr', 'kioskBiometric')),
	CONSTRAINT "verification_checks_result" CHECK ("verification_checks"."result" IN ('match', 'mismatch', 'notFound'))
);
--> statement-breakpoint
CREATE TABLE "verification_partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"commune_code" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verification_partners_kind" CHECK ("verification_partners"."kind" IN ('hospital', 'notary', 'pawnshop', 'examBoard', 'school'))
);
--> statement-breakpoint
ALTER TABLE "verification_exam_candidates" ADD CONSTRAINT "verification_exam_candidates_session_id_verification_exam_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."verification_exam_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_exam_sessions" ADD CONSTRAINT "verification_exam_sessions_partner_id_verification_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."verification_partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_kiosk_devices" ADD CONSTRAINT "verification_kiosk_devices_partner_id_verification_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."verification_partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_checks" ADD CONSTRAINT "verification_checks_partner_id_verification_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."verification_partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_checks" ADD CONSTRAINT "verification_checks_session_id_verification_exam_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."verification_exam_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "verification_attestation_nonces_pk" ON "verification_attestation_nonces" USING btree ("device_id","nonce");--> statement-breakpoint
CREATE UNIQUE INDEX "verification_exam_candidates_pk" ON "verification_exam_candidates" USING btree ("session_id","personal_number");--> statement-breakpoint
CREATE INDEX "verification_exam_sessions_partner_idx" ON "verification_exam_sessions" USING btree ("partner_id","starts_at");--> statement-breakpoint
CREATE INDEX "verification_checks_partner_idx" ON "verification_checks" USING btree ("partner_id","checked_at");--> statement-breakpoint
CREATE INDEX "verification_checks_session_idx" ON "verification_checks" USING btree ("session_id","personal_number");--> statement-breakpoint
CREATE INDEX "verification_partners_commune_idx" ON "verification_partners" USING btree ("commune_code");--> statement-breakpoint
COMMENT ON TABLE "verification_partners" IS 'Facilities that check identity (hospital, notary, pawnshop, exam board, school), registered by administrators';--> statement-breakpoint
COMMENT ON TABLE "verification_checks" IS 'Identity checks made at partners; personal data: the person checked';--> statement-breakpoint
COMMENT ON COLUMN "verification_checks"."personal_number" IS 'Personal data: the personal number of the person checked';--> statement-breakpoint
COMMENT ON TABLE "verification_exam_candidates" IS 'Candidate lists of exam sessions; personal data';--> statement-breakpoint
COMMENT ON COLUMN "verification_exam_candidates"."personal_number" IS 'Personal data: the candidate''s personal number';--> statement-breakpoint
COMMENT ON COLUMN "verification_exam_candidates"."full_name" IS 'Personal data: the candidate''s name as listed';--> statement-breakpoint
COMMENT ON COLUMN "verification_exam_candidates"."birth_date" IS 'Personal data: the candidate''s birth date as listed';--> statement-breakpoint
COMMENT ON TABLE "verification_kiosk_devices" IS 'Public keys of partners'' kiosk devices that attest biometric matches';--> statement-breakpoint
COMMENT ON TABLE "verification_attestation_nonces" IS 'Attestation nonces already used, kept until stale, to refuse replays';
