CREATE TABLE "household_businesses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_number" text NOT NULL,
	"name" text NOT NULL,
	"owner_number" char(12) NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"address" text NOT NULL,
	"trade_code" text NOT NULL,
	"shop_url" text,
	"status" text DEFAULT 'active' NOT NULL,
	"registered_by" uuid,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_by" uuid,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	CONSTRAINT "household_businesses_registration_number_key" UNIQUE("registration_number")
);
--> statement-breakpoint
CREATE INDEX "household_businesses_commune_status_idx" ON "household_businesses" USING btree ("commune_code","status");--> statement-breakpoint
CREATE UNIQUE INDEX "household_businesses_one_active_per_owner" ON "household_businesses" USING btree ("owner_number") WHERE status = 'active';--> statement-breakpoint
COMMENT ON TABLE "household_businesses" IS 'Household businesses (hộ kinh doanh) as communes register them; model 22''s verified sellers come from here.';--> statement-breakpoint
COMMENT ON COLUMN "household_businesses"."owner_number" IS 'Personal data: the personal number of the business''s owner.';--> statement-breakpoint
COMMENT ON COLUMN "household_businesses"."shop_url" IS 'The business''s shop on a marketplace (https), shown on the public sellers'' page.';
