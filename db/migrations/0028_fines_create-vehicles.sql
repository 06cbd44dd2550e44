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
CREATE INDEX "vehicles_owner_number_idx" ON "vehicles" USING btree ("owner_number");--> statement-breakpoint
CREATE INDEX "vehicles_organisation_tax_code_idx" ON "vehicles" USING btree ("organisation_tax_code");--> statement-breakpoint
CREATE INDEX "vehicles_commune_idx" ON "vehicles" USING btree ("commune_code");--> statement-breakpoint
COMMENT ON TABLE "vehicles" IS 'The vehicle registry of the fines module (model 18): each plate once, with its owner, a resident or an organisation; violations reach the owner through it.';--> statement-breakpoint
COMMENT ON COLUMN "vehicles"."plate" IS 'The plate as written on the registration certificate: 60A-123.45 (car), 60-B1 123.45 (motorbike).';--> statement-breakpoint
COMMENT ON COLUMN "vehicles"."owner_number" IS 'Personal data: the personal number of the resident who owns the vehicle.';--> statement-breakpoint
COMMENT ON COLUMN "vehicles"."organisation_tax_code" IS 'The tax code of the organisation that owns the vehicle.';
