CREATE TABLE "stay_trips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"establishment_id" text NOT NULL,
	"route" text NOT NULL,
	"vehicle_plate" varchar(12) NOT NULL,
	"departure_at" timestamp with time zone NOT NULL,
	"arrival_at" timestamp with time zone NOT NULL,
	"seats" integer NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stay_trips_arrival_after_departure" CHECK ("stay_trips"."arrival_at" > "stay_trips"."departure_at"),
	CONSTRAINT "stay_trips_seats_positive" CHECK ("stay_trips"."seats" > 0)
);
--> statement-breakpoint
CREATE TABLE "stay_watch_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"declaration_id" uuid NOT NULL,
	"establishment_id" text NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"responsible_unit_code" varchar(5) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone,
	CONSTRAINT "stay_watch_alerts_entry_declaration_key" UNIQUE("entry_id","declaration_id")
);
--> statement-breakpoint
CREATE TABLE "stay_watch_list_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"personal_number" char(12),
	"nationality" char(3),
	"passport_number" text,
	"reason" text NOT NULL,
	"responsible_unit_code" varchar(5) NOT NULL,
	"added_by" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_by" uuid,
	"removed_at" timestamp with time zone,
	"removal_reason" text,
	CONSTRAINT "stay_watch_list_entries_person" CHECK (("stay_watch_list_entries"."personal_number" IS NOT NULL AND "stay_watch_list_entries"."nationality" IS NULL AND "stay_watch_list_entries"."passport_number" IS NULL)
        OR ("stay_watch_list_entries"."personal_number" IS NULL AND "stay_watch_list_entries"."nationality" IS NOT NULL AND "stay_watch_list_entries"."passport_number" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "stay_trips" ADD CONSTRAINT "stay_trips_establishment_id_stay_establishments_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."stay_establishments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stay_watch_alerts" ADD CONSTRAINT "stay_watch_alerts_entry_id_stay_watch_list_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."stay_watch_list_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stay_watch_alerts" ADD CONSTRAINT "stay_watch_alerts_declaration_id_stay_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."stay_declarations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stay_watch_alerts" ADD CONSTRAINT "stay_watch_alerts_establishment_id_stay_establishments_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."stay_establishments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stay_trips_establishment_idx" ON "stay_trips" USING btree ("establishment_id","departure_at");--> statement-breakpoint
CREATE INDEX "stay_watch_alerts_commune_idx" ON "stay_watch_alerts" USING btree ("commune_code","created_at");--> statement-breakpoint
CREATE INDEX "stay_watch_alerts_unit_idx" ON "stay_watch_alerts" USING btree ("responsible_unit_code","created_at");--> statement-breakpoint
CREATE INDEX "stay_watch_list_entries_person_idx" ON "stay_watch_list_entries" USING btree ("personal_number") WHERE "stay_watch_list_entries"."removed_at" IS NULL;--> statement-breakpoint
CREATE INDEX "stay_watch_list_entries_passport_idx" ON "stay_watch_list_entries" USING btree ("nationality","passport_number") WHERE "stay_watch_list_entries"."removed_at" IS NULL;--> statement-breakpoint
CREATE INDEX "stay_watch_list_entries_unit_idx" ON "stay_watch_list_entries" USING btree ("responsible_unit_code","added_at");--> statement-breakpoint
COMMENT ON TABLE "stay_watch_list_entries" IS 'People the police want alerted about when declared anywhere (issue 5), with reason and responsible unit; removal keeps the row. Personal data.';--> statement-breakpoint
COMMENT ON COLUMN "stay_watch_list_entries"."personal_number" IS 'Personal data: personal identification number of the listed citizen.';--> statement-breakpoint
COMMENT ON COLUMN "stay_watch_list_entries"."passport_number" IS 'Personal data: passport number of the listed foreigner.';--> statement-breakpoint
COMMENT ON COLUMN "stay_watch_list_entries"."reason" IS 'Personal data: why the person is wanted or under supervision.';--> statement-breakpoint
COMMENT ON COLUMN "stay_watch_list_entries"."removal_reason" IS 'Personal data: why the person was taken off the list.';--> statement-breakpoint
COMMENT ON TABLE "stay_watch_alerts" IS 'A listed person was declared: visible to the police of the declaration commune and of the responsible unit only.';--> statement-breakpoint
COMMENT ON TABLE "stay_trips" IS 'Long-distance coach trips (model 12); passengers are stay_declarations with this trip_id, the seat in room.';