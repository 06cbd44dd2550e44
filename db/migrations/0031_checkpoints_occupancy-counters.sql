CREATE TABLE "checkpoint_occupancy" (
	"site_id" uuid NOT NULL,
	"gate_id" uuid NOT NULL,
	"inside" integer NOT NULL,
	CONSTRAINT "checkpoint_occupancy_site_id_gate_id_pk" PRIMARY KEY("site_id","gate_id")
);
--> statement-breakpoint
INSERT INTO "checkpoint_occupancy" ("site_id", "gate_id", "inside")
SELECT "site_id", "gate_id", count(*)::int FROM "checkpoint_presence" WHERE "inside" GROUP BY 1, 2;--> statement-breakpoint
COMMENT ON TABLE "checkpoint_occupancy" IS 'People inside per site and gate of entry, kept with checkpoint_presence in the same transaction (live occupancy)';
