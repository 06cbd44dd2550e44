CREATE TABLE "seed_communes" (
	"run_id" integer NOT NULL,
	"commune_index" integer NOT NULL,
	"residents" integer NOT NULL,
	CONSTRAINT "seed_communes_run_id_commune_index_pk" PRIMARY KEY("run_id","commune_index")
);
--> statement-breakpoint
ALTER TABLE "seed_communes" ADD CONSTRAINT "seed_communes_run_id_seed_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."seed_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seed_runs" DROP COLUMN "communes_done";--> statement-breakpoint
ALTER TABLE "seed_runs" DROP COLUMN "residents_loaded";