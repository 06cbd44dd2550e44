ALTER TABLE "exchange_grants" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "exchange_grants" ADD COLUMN "decision_note" text;--> statement-breakpoint
COMMENT ON COLUMN "exchange_grants"."reason" IS 'Why the consumer asks for access, as its administrator wrote it.';--> statement-breakpoint
COMMENT ON COLUMN "exchange_grants"."decision_note" IS 'Why the provider refused or revoked the grant, told to the consumer.';
