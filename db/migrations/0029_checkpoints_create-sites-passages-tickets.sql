CREATE TABLE "checkpoint_camera_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "checkpoint_gates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checkpoint_hourly" (
	"site_id" uuid NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"gate_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"province_code" char(2) NOT NULL,
	"age_group" text NOT NULL,
	"sex" char(1) NOT NULL,
	"visitor_kind" text NOT NULL,
	"passages" integer NOT NULL,
	CONSTRAINT "checkpoint_hourly_site_id_hour_gate_id_direction_province_code_age_group_sex_visitor_kind_pk" PRIMARY KEY("site_id","hour","gate_id","direction","province_code","age_group","sex","visitor_kind")
);
--> statement-breakpoint
CREATE TABLE "checkpoint_operators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"commune_code" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checkpoint_passages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"site_id" uuid NOT NULL,
	"gate_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"method" text NOT NULL,
	"personal_number" char(12) NOT NULL,
	"event_id" text,
	"flag" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	CONSTRAINT "checkpoint_passages_direction" CHECK ("checkpoint_passages"."direction" IN ('entry', 'exit')),
	CONSTRAINT "checkpoint_passages_method" CHECK ("checkpoint_passages"."method" IN ('identityQr', 'cardQr', 'camera'))
);
--> statement-breakpoint
CREATE TABLE "checkpoint_presence" (
	"site_id" uuid NOT NULL,
	"personal_number" char(12) NOT NULL,
	"gate_id" uuid NOT NULL,
	"inside" boolean NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "checkpoint_presence_site_id_personal_number_pk" PRIMARY KEY("site_id","personal_number")
);
--> statement-breakpoint
CREATE TABLE "checkpoint_site_workers" (
	"site_id" uuid NOT NULL,
	"personal_number" char(12) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkpoint_site_workers_site_id_personal_number_pk" PRIMARY KEY("site_id","personal_number")
);
--> statement-breakpoint
CREATE TABLE "checkpoint_sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"commune_code" text NOT NULL,
	"province_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkpoint_sites_kind" CHECK ("checkpoint_sites"."kind" IN ('touristSite', 'industrialPark', 'railwayStation'))
);
--> statement-breakpoint
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
ALTER TABLE "checkpoint_camera_keys" ADD CONSTRAINT "checkpoint_camera_keys_site_id_checkpoint_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."checkpoint_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkpoint_gates" ADD CONSTRAINT "checkpoint_gates_site_id_checkpoint_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."checkpoint_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkpoint_site_workers" ADD CONSTRAINT "checkpoint_site_workers_site_id_checkpoint_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."checkpoint_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkpoint_sites" ADD CONSTRAINT "checkpoint_sites_operator_id_checkpoint_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."checkpoint_operators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checkpoint_camera_keys_site_idx" ON "checkpoint_camera_keys" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "checkpoint_gates_site_idx" ON "checkpoint_gates" USING btree ("site_id");--> statement-breakpoint
CREATE UNIQUE INDEX "checkpoint_passages_event_uq" ON "checkpoint_passages" USING btree ("site_id","event_id");--> statement-breakpoint
CREATE INDEX "checkpoint_passages_site_idx" ON "checkpoint_passages" USING btree ("site_id","occurred_at");--> statement-breakpoint
CREATE INDEX "checkpoint_passages_person_idx" ON "checkpoint_passages" USING btree ("personal_number","occurred_at");--> statement-breakpoint
CREATE INDEX "checkpoint_presence_inside_idx" ON "checkpoint_presence" USING btree ("site_id","gate_id") WHERE "checkpoint_presence"."inside";--> statement-breakpoint
CREATE INDEX "checkpoint_sites_operator_idx" ON "checkpoint_sites" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "checkpoint_sites_commune_idx" ON "checkpoint_sites" USING btree ("commune_code");--> statement-breakpoint
CREATE UNIQUE INDEX "checkpoint_tickets_trip_person_uq" ON "checkpoint_tickets" USING btree ("trip_id","personal_number");--> statement-breakpoint
CREATE INDEX "checkpoint_tickets_person_idx" ON "checkpoint_tickets" USING btree ("personal_number","issued_at");--> statement-breakpoint
COMMENT ON TABLE "checkpoint_operators" IS 'Organisations that run checkpoint sites (models 13-15, 19), registered by administrators';--> statement-breakpoint
COMMENT ON TABLE "checkpoint_sites" IS 'Tourist sites, industrial parks and railway stations with gates';--> statement-breakpoint
COMMENT ON TABLE "checkpoint_site_workers" IS 'Workers of an industrial park; personal data';--> statement-breakpoint
COMMENT ON COLUMN "checkpoint_site_workers"."personal_number" IS 'Personal data: the worker''s personal number';--> statement-breakpoint
COMMENT ON TABLE "checkpoint_passages" IS 'Entries and exits at gates, by scan or camera; personal data: the person who passed';--> statement-breakpoint
COMMENT ON COLUMN "checkpoint_passages"."personal_number" IS 'Personal data: the personal number of the person who passed';--> statement-breakpoint
COMMENT ON TABLE "checkpoint_presence" IS 'Whether each person is inside each site (live occupancy); personal data';--> statement-breakpoint
COMMENT ON COLUMN "checkpoint_presence"."personal_number" IS 'Personal data: the personal number of the person';--> statement-breakpoint
COMMENT ON TABLE "checkpoint_hourly" IS 'Passages counted per site, hour, gate, direction, province of origin, age group, sex and worker/visitor; no personal data';--> statement-breakpoint
COMMENT ON TABLE "checkpoint_tickets" IS 'Coach and train tickets bound to a personal number (model 19); personal data: the passenger';--> statement-breakpoint
COMMENT ON COLUMN "checkpoint_tickets"."personal_number" IS 'Personal data: the passenger''s personal number';
