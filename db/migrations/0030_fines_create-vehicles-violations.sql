CREATE TABLE "vehicles" (
	"plate" varchar(12) PRIMARY KEY NOT NULL,
	"vehicle_class" text NOT NULL,
	"brand" text NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_number" char(12),
	"organisation_tax_code" varchar(14),
	"organisation_name" text,
	"commune_code" varchar(5) NOT NULL,
	"registered_on" date NOT NULL,
	CONSTRAINT "vehicles_one_owner" CHECK (("vehicles"."owner_kind" = 'resident' AND "vehicles"."owner_number" IS NOT NULL AND "vehicles"."organisation_tax_code" IS NULL)
       OR ("vehicles"."owner_kind" = 'organisation' AND "vehicles"."owner_number" IS NULL AND "vehicles"."organisation_tax_code" IS NOT NULL AND "vehicles"."organisation_name" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "fine_violations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plate" varchar(12) NOT NULL,
	"vehicle_class" text NOT NULL,
	"article_code" text NOT NULL,
	"fine" bigint NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"owner_kind" text,
	"owner_number" char(12),
	"organisation_tax_code" varchar(14),
	"status" text DEFAULT 'notified' NOT NULL,
	CONSTRAINT "fine_violations_fine_positive" CHECK ("fine_violations"."fine" > 0)
);
--> statement-breakpoint
CREATE INDEX "vehicles_owner_number_idx" ON "vehicles" USING btree ("owner_number");--> statement-breakpoint
CREATE INDEX "vehicles_organisation_tax_code_idx" ON "vehicles" USING btree ("organisation_tax_code");--> statement-breakpoint
CREATE INDEX "vehicles_commune_idx" ON "vehicles" USING btree ("commune_code");--> statement-breakpoint
CREATE INDEX "fine_violations_owner_number_idx" ON "fine_violations" USING btree ("owner_number");--> statement-breakpoint
CREATE INDEX "fine_violations_commune_occurred_idx" ON "fine_violations" USING btree ("commune_code","occurred_at");--> statement-breakpoint
CREATE INDEX "fine_violations_plate_idx" ON "fine_violations" USING btree ("plate");--> statement-breakpoint
COMMENT ON TABLE "vehicles" IS 'The vehicle registry of the fines module (model 18): each plate once, with its owner, a resident or an organisation; violations reach the owner through it.';--> statement-breakpoint
COMMENT ON COLUMN "vehicles"."plate" IS 'The plate as written on the registration certificate: 60A-123.45 (car), 60-B1 123.45 (motorbike).';--> statement-breakpoint
COMMENT ON COLUMN "vehicles"."owner_number" IS 'Personal data: the personal number of the resident who owns the vehicle.';--> statement-breakpoint
COMMENT ON COLUMN "vehicles"."organisation_tax_code" IS 'The tax code of the organisation that owns the vehicle.';--> statement-breakpoint
COMMENT ON TABLE "fine_violations" IS 'Traffic violations (Decree 168/2024) recorded by officers or camera systems, each with its article, fine, place and time, and the owner the vehicle registry named.';--> statement-breakpoint
COMMENT ON COLUMN "fine_violations"."plate" IS 'The plate of the vehicle seen, as written on the registration certificate.';--> statement-breakpoint
COMMENT ON COLUMN "fine_violations"."owner_number" IS 'Personal data: the personal number of the resident who owned the vehicle when the violation was recorded.';--> statement-breakpoint
COMMENT ON COLUMN "fine_violations"."organisation_tax_code" IS 'The tax code of the organisation that owned the vehicle when the violation was recorded.';
