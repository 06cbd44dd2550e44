CREATE TABLE "sso_clients" (
	"client_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"metadata" jsonb NOT NULL,
	"secret_version" integer DEFAULT 1 NOT NULL,
	"first_party" boolean DEFAULT false NOT NULL,
	"role" text,
	"unit_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"establishment_id" text,
	"agency_code" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"secret_rotated_at" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	"disabled_by" uuid
);
--> statement-breakpoint
CREATE TABLE "sso_consents" (
	"account_id" uuid NOT NULL,
	"client_id" text NOT NULL,
	"scopes" text[] NOT NULL,
	"claims" text[] NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "sso_consents_account_id_client_id_pk" PRIMARY KEY("account_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "sso_payloads" (
	"model" text NOT NULL,
	"id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"grant_id" text,
	"user_code" text,
	"uid" text,
	"expires_at" timestamp with time zone,
	"consumed_at" timestamp with time zone,
	CONSTRAINT "sso_payloads_model_id_pk" PRIMARY KEY("model","id")
);
--> statement-breakpoint
CREATE TABLE "sso_sign_ins" (
	"client_id" text NOT NULL,
	"day" date NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "sso_sign_ins_client_id_day_pk" PRIMARY KEY("client_id","day")
);
--> statement-breakpoint
ALTER TABLE "staff_grants" ADD COLUMN "revoked_by" uuid;--> statement-breakpoint
ALTER TABLE "staff_grants" ADD COLUMN "revoke_reason" text;--> statement-breakpoint
ALTER TABLE "sso_consents" ADD CONSTRAINT "sso_consents_client_id_sso_clients_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."sso_clients"("client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sso_payloads_grant_idx" ON "sso_payloads" USING btree ("grant_id") WHERE "sso_payloads"."grant_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "sso_payloads_uid_idx" ON "sso_payloads" USING btree ("uid") WHERE "sso_payloads"."uid" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "sso_payloads_expires_idx" ON "sso_payloads" USING btree ("expires_at");