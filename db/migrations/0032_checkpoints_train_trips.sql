CREATE TABLE "checkpoint_train_trips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_id" uuid NOT NULL,
	"train_number" text NOT NULL,
	"from_site_id" uuid NOT NULL,
	"to_site_id" uuid NOT NULL,
	"departure_at" timestamp with time zone NOT NULL,
	"seats" integer NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkpoint_train_trips_seats" CHECK ("checkpoint_train_trips"."seats" > 0)
);
--> statement-breakpoint
ALTER TABLE "checkpoint_tickets" ADD COLUMN "trip_kind" text DEFAULT 'coach' NOT NULL;--> statement-breakpoint
ALTER TABLE "checkpoint_train_trips" ADD CONSTRAINT "checkpoint_train_trips_operator_id_checkpoint_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."checkpoint_operators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkpoint_train_trips" ADD CONSTRAINT "checkpoint_train_trips_from_site_id_checkpoint_sites_id_fk" FOREIGN KEY ("from_site_id") REFERENCES "public"."checkpoint_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkpoint_train_trips" ADD CONSTRAINT "checkpoint_train_trips_to_site_id_checkpoint_sites_id_fk" FOREIGN KEY ("to_site_id") REFERENCES "public"."checkpoint_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checkpoint_train_trips_operator_idx" ON "checkpoint_train_trips" USING btree ("operator_id","departure_at");