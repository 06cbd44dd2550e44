CREATE TABLE "audit_checkpoints" (
	"chain_index" bigint PRIMARY KEY NOT NULL,
	"hash" text NOT NULL,
	"sealed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_entries" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"tx_id" bigint DEFAULT (pg_current_xact_id()::text::bigint) NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_account_id" text NOT NULL,
	"actor_role" text NOT NULL,
	"actor_agency" text,
	"actor_unit_code" varchar(5),
	"client_id" text,
	"subject_personal_number" char(12),
	"action" text NOT NULL,
	"purpose" text,
	"summary" jsonb NOT NULL,
	"source_ip" text,
	"chain_index" bigint,
	"prev_hash" text,
	"hash" text,
	"sealed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "audit_entries_chain_index_key" ON "audit_entries" USING btree ("chain_index");--> statement-breakpoint
CREATE INDEX "audit_entries_subject_idx" ON "audit_entries" USING btree ("subject_personal_number","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_entries_unsealed_idx" ON "audit_entries" USING btree ("tx_id","seq") WHERE "audit_entries"."hash" IS NULL;