CREATE TABLE "outbox_cursors" (
	"subscriber" text PRIMARY KEY NOT NULL,
	"last_tx_id" bigint DEFAULT 0 NOT NULL,
	"last_event_id" bigint DEFAULT 0 NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tx_id" bigint DEFAULT (pg_current_xact_id()::text::bigint) NOT NULL,
	"aggregate_type" text NOT NULL,
	"aggregate_id" text NOT NULL,
	"event_type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "admin_unit_successions" (
	"predecessor_id" integer NOT NULL,
	"successor_id" integer NOT NULL,
	"coverage" text NOT NULL,
	CONSTRAINT "admin_unit_successions_predecessor_id_successor_id_pk" PRIMARY KEY("predecessor_id","successor_id")
);
--> statement-breakpoint
CREATE TABLE "admin_units" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" varchar(5) NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"type" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" varchar(5),
	"valid_from" date,
	"valid_to" date,
	CONSTRAINT "admin_units_code_valid_from_key" UNIQUE("code","valid_from")
);
--> statement-breakpoint
CREATE TABLE "households" (
	"id" bigint PRIMARY KEY NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"address" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "movements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"personal_number" char(12) NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"other_province_code" varchar(2),
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "residents" (
	"personal_number" char(12) PRIMARY KEY NOT NULL,
	"full_name" text NOT NULL,
	"full_name_folded" text NOT NULL,
	"birth_date" date NOT NULL,
	"sex" char(1) NOT NULL,
	"ethnicity_code" varchar(2) NOT NULL,
	"religion_code" varchar(2),
	"birth_province_code" varchar(2) NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"household_id" bigint NOT NULL,
	"relation_to_head" text NOT NULL,
	"status" text NOT NULL,
	"labour_status" text NOT NULL,
	"sector" text,
	"occupation" text,
	"old_id_number" char(9),
	"card_issued_on" date,
	"card_expires_on" date,
	"eid_level" smallint NOT NULL,
	"has_payment_account" boolean NOT NULL,
	"has_digital_signature" boolean NOT NULL,
	CONSTRAINT "residents_personal_number_digits" CHECK ("residents"."personal_number" ~ '^[0-9]{12}$'),
	CONSTRAINT "residents_eid_level_range" CHECK ("residents"."eid_level" BETWEEN 0 AND 2)
);
--> statement-breakpoint
CREATE TABLE "seed_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"seed" integer NOT NULL,
	"scale" integer NOT NULL,
	"reference_date" date NOT NULL,
	"status" text NOT NULL,
	"deferred_ddl" jsonb,
	"communes_done" integer DEFAULT 0 NOT NULL,
	"residents_loaded" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "admin_unit_successions" ADD CONSTRAINT "admin_unit_successions_predecessor_id_admin_units_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_unit_successions" ADD CONSTRAINT "admin_unit_successions_successor_id_admin_units_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_personal_number_residents_personal_number_fk" FOREIGN KEY ("personal_number") REFERENCES "public"."residents"("personal_number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residents" ADD CONSTRAINT "residents_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_events_tx_id_id_idx" ON "outbox_events" USING btree ("tx_id","id");--> statement-breakpoint
CREATE INDEX "admin_units_code_idx" ON "admin_units" USING btree ("code");--> statement-breakpoint
CREATE INDEX "admin_units_parent_code_idx" ON "admin_units" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "households_commune_code_idx" ON "households" USING btree ("commune_code");--> statement-breakpoint
CREATE INDEX "movements_personal_number_idx" ON "movements" USING btree ("personal_number","occurred_on");--> statement-breakpoint
CREATE INDEX "residents_name_folded_idx" ON "residents" USING btree ("full_name_folded" text_pattern_ops,"birth_date");--> statement-breakpoint
CREATE INDEX "residents_commune_birth_date_idx" ON "residents" USING btree ("commune_code","birth_date");--> statement-breakpoint
CREATE INDEX "residents_household_id_idx" ON "residents" USING btree ("household_id");