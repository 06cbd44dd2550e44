CREATE TABLE "checkpoint_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trip_id" uuid NOT NULL,
	"establishment_id" text NOT NULL,
	"personal_number" char(12) NOT NULL,
	"issued_by" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"boarded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "checkpoint_tickets_trip_person_uq" ON "checkpoint_tickets" USING btree ("trip_id","personal_number");--> statement-breakpoint
CREATE INDEX "checkpoint_tickets_person_idx" ON "checkpoint_tickets" USING btree ("personal_number","issued_at");--> statement-breakpoint
COMMENT ON TABLE "checkpoint_tickets" IS 'Coach and train tickets bound to a personal number (model 19); personal data: the passenger';--> statement-breakpoint
COMMENT ON COLUMN "checkpoint_tickets"."personal_number" IS 'Personal data: the passenger''s personal number';
