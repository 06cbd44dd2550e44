CREATE SEQUENCE "public"."stay_establishment_code_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
ALTER TABLE "stay_establishments" ADD COLUMN "code" text;--> statement-breakpoint
-- Existing places get their codes in the order they were registered; a readable id (DEMO-KS-001) is kept as the code.
WITH numbered AS (
	SELECT "id", row_number() OVER (ORDER BY "created_at", "id") AS n FROM "stay_establishments"
)
UPDATE "stay_establishments" e
   SET "code" = CASE WHEN e."id" ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                     THEN 'CS-' || lpad(numbered.n::text, 5, '0') ELSE e."id" END
  FROM numbered
 WHERE numbered."id" = e."id";--> statement-breakpoint
SELECT setval('stay_establishment_code_seq', greatest((SELECT count(*) FROM "stay_establishments"), 1), (SELECT count(*) > 0 FROM "stay_establishments"));--> statement-breakpoint
ALTER TABLE "stay_establishments" ALTER COLUMN "code" SET DEFAULT ('CS-' || lpad(nextval('stay_establishment_code_seq')::text, 5, '0'));--> statement-breakpoint
ALTER TABLE "stay_establishments" ALTER COLUMN "code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "stay_establishments" ADD CONSTRAINT "stay_establishments_code_key" UNIQUE("code");--> statement-breakpoint
COMMENT ON COLUMN "stay_establishments"."code" IS 'The code people read and quote for the establishment (CS-00001, or the demonstration''s own id); the id stays internal.';
