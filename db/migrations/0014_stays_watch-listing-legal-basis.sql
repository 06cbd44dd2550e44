CREATE TABLE "audit_concealments" (
	"key" text PRIMARY KEY NOT NULL,
	"concealed_until" timestamp with time zone NOT NULL,
	"lifted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "stay_watch_list_entries" ADD COLUMN "case_reference" text;--> statement-breakpoint
ALTER TABLE "stay_watch_list_entries" ADD COLUMN "legal_basis" text;--> statement-breakpoint
ALTER TABLE "stay_watch_list_entries" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "stay_watch_list_entries" ADD COLUMN "approval" text;--> statement-breakpoint
ALTER TABLE "stay_watch_list_entries" ADD COLUMN "decided_by" uuid;--> statement-breakpoint
ALTER TABLE "stay_watch_list_entries" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "stay_watch_list_entries" ADD COLUMN "refusal_reason" text;--> statement-breakpoint
-- Hand-written: entries listed before the rule carry no case or basis. They stay approved (by
-- whoever listed them), ended ones expire when they ended, and active ones get 30 days in which
-- an officer renews them with a real case reference and legal basis, or they lapse.
UPDATE "stay_watch_list_entries" SET
	"case_reference" = 'Chưa ghi (lập trước quy định) / Not recorded (listed before the rule)',
	"legal_basis" = 'Chưa ghi (lập trước quy định) / Not recorded (listed before the rule)',
	"expires_at" = coalesce("removed_at", now() + interval '30 days'),
	"approval" = 'approved',
	"decided_by" = "added_by",
	"decided_at" = "added_at";--> statement-breakpoint
-- Hand-written: alerts of those entries from now on are reads hidden from the person while the
-- entry is in force (key as listingConcealment in src/modules/stays/watch-list.policy.ts).
INSERT INTO "audit_concealments" ("key", "concealed_until", "lifted_at")
	SELECT 'watch-listing:' || "id", "expires_at", "removed_at" FROM "stay_watch_list_entries";--> statement-breakpoint
ALTER TABLE "stay_watch_list_entries" ALTER COLUMN "case_reference" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "stay_watch_list_entries" ALTER COLUMN "legal_basis" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "stay_watch_list_entries" ALTER COLUMN "expires_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "stay_watch_list_entries" ALTER COLUMN "approval" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "stay_watch_list_entries" ADD CONSTRAINT "stay_watch_list_entries_approval" CHECK ("stay_watch_list_entries"."approval" IN ('pending', 'approved', 'refused'));--> statement-breakpoint
ALTER TABLE "stay_watch_list_entries" ADD CONSTRAINT "stay_watch_list_entries_decision" CHECK (("stay_watch_list_entries"."approval" = 'pending') = ("stay_watch_list_entries"."decided_at" IS NULL)
        AND ("stay_watch_list_entries"."approval" = 'refused') = ("stay_watch_list_entries"."refusal_reason" IS NOT NULL));--> statement-breakpoint
COMMENT ON COLUMN "stay_watch_list_entries"."case_reference" IS 'Personal data: the case file the listing serves.';--> statement-breakpoint
COMMENT ON COLUMN "stay_watch_list_entries"."legal_basis" IS 'The legal provision the listing rests on (e.g. an article of the Criminal Procedure Code).';--> statement-breakpoint
COMMENT ON COLUMN "stay_watch_list_entries"."refusal_reason" IS 'Personal data: why provincial police refused the listing request.';--> statement-breakpoint
COMMENT ON TABLE "audit_concealments" IS 'Audit entries (summary.concealment = key) kept out of the subject''s access log until concealed_until or lifted_at (covert measures).';
