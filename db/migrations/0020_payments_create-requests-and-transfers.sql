CREATE TABLE "payment_requests" (
	"reference" varchar(25) PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"amount" bigint NOT NULL,
	"description" text NOT NULL,
	"payee_bin" varchar(6) NOT NULL,
	"payee_account" varchar(19) NOT NULL,
	"payee_name" text NOT NULL,
	"status" text DEFAULT 'unpaid' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"paid_at" timestamp with time zone,
	"transfer_id" uuid,
	CONSTRAINT "payment_requests_amount_positive" CHECK ("payment_requests"."amount" > 0),
	CONSTRAINT "payment_requests_status_known" CHECK ("payment_requests"."status" IN ('unpaid', 'paid')),
	CONSTRAINT "payment_requests_paid_by_a_transfer" CHECK (("payment_requests"."status" = 'paid') = ("payment_requests"."paid_at" IS NOT NULL AND "payment_requests"."transfer_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "payment_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bank_code" text NOT NULL,
	"transaction_id" text NOT NULL,
	"reference" text NOT NULL,
	"amount" bigint NOT NULL,
	"paid_at" timestamp with time zone NOT NULL,
	"payer_account" text,
	"outcome" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_transfers_bank_transaction_key" UNIQUE("bank_code","transaction_id"),
	CONSTRAINT "payment_transfers_outcome_known" CHECK ("payment_transfers"."outcome" IN ('matched', 'reference_unknown', 'amount_mismatch', 'already_paid'))
);
--> statement-breakpoint
ALTER TABLE "payment_requests" ADD CONSTRAINT "payment_requests_transfer_id_payment_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."payment_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payment_requests_unpaid_idx" ON "payment_requests" USING btree ("created_at") WHERE "payment_requests"."status" = 'unpaid';--> statement-breakpoint
CREATE INDEX "payment_requests_paid_idx" ON "payment_requests" USING btree ("paid_at");--> statement-breakpoint
CREATE INDEX "payment_transfers_paid_idx" ON "payment_transfers" USING btree ("paid_at");--> statement-breakpoint
COMMENT ON TABLE "payment_requests" IS 'What is owed and the reference it is paid by (a dossier''s fee, a fine): amount in VND, the collecting account of its VietQR, paid once by one matched transfer. No personal data.';--> statement-breakpoint
COMMENT ON TABLE "payment_transfers" IS 'Every transfer a bank reported by signed callback, once per bank and transaction: matched to a request, or unmatched (unknown reference, wrong amount, already paid) for reconciliation.';--> statement-breakpoint
COMMENT ON COLUMN "payment_transfers"."payer_account" IS 'Personal data: the account the money came from, as the bank reported it, to refund an unmatched transfer; never shown by the API nor put in events.';