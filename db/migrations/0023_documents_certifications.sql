CREATE TABLE "document_certification_books" (
	"commune_code" varchar(8) NOT NULL,
	"year" smallint NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "document_certification_books_commune_code_year_pk" PRIMARY KEY("commune_code","year")
);
--> statement-breakpoint
CREATE TABLE "document_certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" varchar(16) NOT NULL,
	"requester_number" char(12) NOT NULL,
	"requester_account_id" uuid NOT NULL,
	"holder_masked" text NOT NULL,
	"commune_code" varchar(8) NOT NULL,
	"source_document_id" uuid,
	"title" text NOT NULL,
	"original_media_type" text NOT NULL,
	"original_sha256" char(64) NOT NULL,
	"original_content" "bytea" NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"refusal_reason" text,
	"book_year" smallint,
	"book_number" integer,
	"officer_name" text,
	"officer_title" text,
	"certified_content" "bytea",
	"certified_sha256" char(64),
	"page_count" smallint,
	"signer_subject" text,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revocation_reason" text,
	CONSTRAINT "document_certifications_code_unique" UNIQUE("code"),
	CONSTRAINT "document_certifications_book_check" CHECK (("document_certifications"."status" IN ('certified', 'revoked')) = ("document_certifications"."book_number" IS NOT NULL AND "document_certifications"."certified_content" IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX "document_certifications_requester_idx" ON "document_certifications" USING btree ("requester_number","requested_at");--> statement-breakpoint
CREATE INDEX "document_certifications_queue_idx" ON "document_certifications" USING btree ("commune_code","status","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "document_certifications_book_idx" ON "document_certifications" USING btree ("commune_code","book_year","book_number");--> statement-breakpoint
CREATE INDEX "document_certifications_sha_idx" ON "document_certifications" USING btree ("certified_sha256");