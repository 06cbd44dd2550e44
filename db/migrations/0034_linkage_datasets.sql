CREATE TABLE "linkage_dataset_chunks" (
	"dataset_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"content" "bytea" NOT NULL,
	CONSTRAINT "linkage_dataset_chunks_dataset_id_ordinal_pk" PRIMARY KEY("dataset_id","ordinal")
);
--> statement-breakpoint
CREATE TABLE "linkage_dataset_rows" (
	"dataset_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"full_name" text,
	"birth_date" date,
	"birth_year" smallint,
	"sex" text,
	"personal_number" varchar(32),
	"old_id_number" varchar(32),
	"street" text,
	"commune" text,
	"district" text,
	"province" text,
	"phone" varchar(32),
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "linkage_dataset_rows_dataset_id_row_number_pk" PRIMARY KEY("dataset_id","row_number")
);
--> statement-breakpoint
CREATE TABLE "linkage_datasets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_code" varchar(16),
	"unit_code" varchar(5) NOT NULL,
	"name" text NOT NULL,
	"file_name" text NOT NULL,
	"format" text,
	"sha256" varchar(64),
	"size_bytes" bigint DEFAULT 0 NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'uploaded' NOT NULL,
	"inspection" jsonb,
	"mapping" jsonb,
	"total_rows" integer,
	"checkpoint_row" integer DEFAULT 1 NOT NULL,
	"rows_written" integer DEFAULT 0 NOT NULL,
	"bytes_read" bigint DEFAULT 0 NOT NULL,
	"heartbeat_at" timestamp with time zone,
	"imported_at" timestamp with time zone,
	"runs" smallint DEFAULT 0 NOT NULL,
	"error" jsonb
);
--> statement-breakpoint
CREATE TABLE "linkage_match_results" (
	"dataset_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"personal_number" varchar(12),
	"weight" double precision,
	"status" text NOT NULL,
	"explanation" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "linkage_match_results_dataset_id_row_number_pk" PRIMARY KEY("dataset_id","row_number"),
	CONSTRAINT "linkage_match_results_found" CHECK ("linkage_match_results"."status" = 'not_found' OR "linkage_match_results"."personal_number" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "linkage_dataset_chunks" ADD CONSTRAINT "linkage_dataset_chunks_dataset_id_linkage_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."linkage_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_dataset_rows" ADD CONSTRAINT "linkage_dataset_rows_dataset_id_linkage_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."linkage_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linkage_match_results" ADD CONSTRAINT "linkage_match_results_dataset_id_row_number_linkage_dataset_rows_dataset_id_row_number_fk" FOREIGN KEY ("dataset_id","row_number") REFERENCES "public"."linkage_dataset_rows"("dataset_id","row_number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "linkage_datasets_file_once" ON "linkage_datasets" USING btree ("unit_code",coalesce("agency_code", ''),"sha256");--> statement-breakpoint
CREATE INDEX "linkage_datasets_unit_idx" ON "linkage_datasets" USING btree ("unit_code","uploaded_at");