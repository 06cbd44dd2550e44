CREATE TABLE "vault_document_uses" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"document_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"requirement" text NOT NULL,
	"used_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vault_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_number" char(12) NOT NULL,
	"kind" varchar(48) NOT NULL,
	"origin" text NOT NULL,
	"title" text,
	"fields" jsonb NOT NULL,
	"media_type" text,
	"size" integer,
	"sha256" char(64),
	"content" "bytea",
	"issuer_agency" varchar(32),
	"issuer_account_id" uuid,
	"issued_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seal" text NOT NULL,
	"verified" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vault_share_openings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"share_id" uuid NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vault_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"owner_number" char(12) NOT NULL,
	"secret_hash" char(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "vault_shares_secret_hash_unique" UNIQUE("secret_hash")
);
--> statement-breakpoint
ALTER TABLE "vault_document_uses" ADD CONSTRAINT "vault_document_uses_document_id_vault_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."vault_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vault_share_openings" ADD CONSTRAINT "vault_share_openings_share_id_vault_shares_id_fk" FOREIGN KEY ("share_id") REFERENCES "public"."vault_shares"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vault_shares" ADD CONSTRAINT "vault_shares_document_id_vault_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."vault_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "vault_document_uses_dossier_idx" ON "vault_document_uses" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "vault_document_uses_kpi_idx" ON "vault_document_uses" USING btree ("used_at");--> statement-breakpoint
CREATE INDEX "vault_documents_owner_idx" ON "vault_documents" USING btree ("owner_number","created_at");--> statement-breakpoint
CREATE INDEX "vault_documents_kpi_idx" ON "vault_documents" USING btree ("created_at","origin","kind");--> statement-breakpoint
CREATE INDEX "vault_share_openings_share_idx" ON "vault_share_openings" USING btree ("share_id","opened_at");--> statement-breakpoint
CREATE INDEX "vault_shares_document_idx" ON "vault_shares" USING btree ("document_id","created_at");--> statement-breakpoint
COMMENT ON TABLE "vault_documents" IS 'Residents'' document vaults: documents issued by agencies'' systems, certified copies, and residents'' own scans (not verified), each sealed by the platform (an ES256 JWS over its content) so none is altered afterwards.';--> statement-breakpoint
COMMENT ON COLUMN "vault_documents"."owner_number" IS 'Personal data: the personal number of the resident whose document it is.';--> statement-breakpoint
COMMENT ON COLUMN "vault_documents"."fields" IS 'Personal data: the document''s structured fields (names, dates, numbers) as its kind''s schema defines them.';--> statement-breakpoint
COMMENT ON COLUMN "vault_documents"."content" IS 'Personal data: the document''s file (PDF, or an image re-encoded without metadata).';--> statement-breakpoint
COMMENT ON COLUMN "vault_documents"."title" IS 'Personal data: the resident''s own name for a scan.';--> statement-breakpoint
COMMENT ON TABLE "vault_shares" IS 'Links through which a resident shows one document to a third party until they expire or are revoked; only the SHA-256 of each link''s secret is kept.';--> statement-breakpoint
COMMENT ON COLUMN "vault_shares"."owner_number" IS 'Personal data: the personal number of the resident who shared.';--> statement-breakpoint
COMMENT ON TABLE "vault_share_openings" IS 'Each opening of a share link, for its owner to see; who opened it (address) is in the audit trail only.';--> statement-breakpoint
COMMENT ON TABLE "vault_document_uses" IS 'Vault documents attached to dossiers by reference (the reuse indicator of models 32-34). No personal data beyond the references.';
