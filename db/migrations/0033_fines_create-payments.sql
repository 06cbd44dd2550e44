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
ALTER TABLE "fine_payments" ADD CONSTRAINT "fine_payments_violation_id_fine_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."fine_violations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fine_payments_paid_idx" ON "fine_payments" USING btree ("paid_at");--> statement-breakpoint
COMMENT ON TABLE "fine_payments" IS 'Traffic fines paid online (model 18): the VietQR payment asked for a violation, when the bank paid it and the receipt issued into the payer''s document vault.';--> statement-breakpoint
COMMENT ON COLUMN "fine_payments"."reference" IS 'The payment reference the transfer carries back (payments module), derived from the violation.';--> statement-breakpoint
COMMENT ON COLUMN "fine_payments"."payer_number" IS 'Personal data: the personal number of the resident who asked to pay (the vehicle''s owner).';--> statement-breakpoint
COMMENT ON COLUMN "fine_payments"."transaction_id" IS 'The bank''s transaction that paid the fine.';--> statement-breakpoint
COMMENT ON COLUMN "fine_payments"."receipt_document_id" IS 'The receipt put in the payer''s document vault when the fine was paid.';
