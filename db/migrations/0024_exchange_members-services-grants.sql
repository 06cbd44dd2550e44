CREATE TABLE "exchange_call_heads" (
	"chain_index" bigint NOT NULL,
	"hash" char(64) NOT NULL,
	"signature" text NOT NULL,
	"key_id" text NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_call_heads_chain_index_pk" PRIMARY KEY("chain_index")
);
--> statement-breakpoint
CREATE TABLE "exchange_calls" (
	"chain_index" bigint PRIMARY KEY NOT NULL,
	"request_id" varchar(128) NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"consumer_code" varchar(32) NOT NULL,
	"client_id" text NOT NULL,
	"provider_code" varchar(64) NOT NULL,
	"service_code" varchar(64) NOT NULL,
	"purpose" varchar(64),
	"status" smallint NOT NULL,
	"error_code" varchar(64),
	"duration_ms" integer NOT NULL,
	"request_sha256" char(64) NOT NULL,
	"response_sha256" char(64) NOT NULL,
	"prev_hash" char(64) NOT NULL,
	"hash" char(64) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consumer_code" varchar(32) NOT NULL,
	"service_id" uuid NOT NULL,
	"purposes" text[] NOT NULL,
	"attributes" text[] NOT NULL,
	"status" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"requested_by" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "exchange_members" (
	"code" varchar(32) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"unit_code" varchar(5),
	"contacts" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "exchange_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_code" varchar(32) NOT NULL,
	"code" varchar(64) NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"openapi" jsonb NOT NULL,
	"attributes" text[] NOT NULL,
	"purposes" jsonb NOT NULL,
	"rate_limit_per_minute" integer NOT NULL,
	"target" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exchange_grants" ADD CONSTRAINT "exchange_grants_consumer_code_exchange_members_code_fk" FOREIGN KEY ("consumer_code") REFERENCES "public"."exchange_members"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_grants" ADD CONSTRAINT "exchange_grants_service_id_exchange_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."exchange_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_services" ADD CONSTRAINT "exchange_services_provider_code_exchange_members_code_fk" FOREIGN KEY ("provider_code") REFERENCES "public"."exchange_members"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exchange_calls_time_idx" ON "exchange_calls" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "exchange_calls_consumer_idx" ON "exchange_calls" USING btree ("consumer_code","occurred_at");--> statement-breakpoint
CREATE INDEX "exchange_calls_provider_idx" ON "exchange_calls" USING btree ("provider_code","occurred_at");--> statement-breakpoint
CREATE INDEX "exchange_grants_consumer_idx" ON "exchange_grants" USING btree ("consumer_code","service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_services_code_idx" ON "exchange_services" USING btree ("provider_code","code");--> statement-breakpoint
COMMENT ON TABLE "exchange_members" IS 'Organisations exchanging data through the gateway (LGSP, model 25). contacts: names, e-mails and phones of their professional contacts (personal data).';--> statement-breakpoint
COMMENT ON COLUMN "exchange_members"."contacts" IS 'Professional contacts of the member: names, e-mails, phones (personal data).';--> statement-breakpoint
COMMENT ON TABLE "exchange_services" IS 'Data services members publish: purposes with legal basis, released attributes, rate limit, target.';--> statement-breakpoint
COMMENT ON TABLE "exchange_grants" IS 'A consumer member''s access to a service for named purposes, decided by the provider, expiring.';--> statement-breakpoint
COMMENT ON TABLE "exchange_calls" IS 'Every call through the gateway, hash-chained (prev_hash, hash); bodies only as SHA-256, never stored. No personal data.';--> statement-breakpoint
COMMENT ON TABLE "exchange_call_heads" IS 'The call log''s head after each batch, signed by the gateway (compact JWS).';
