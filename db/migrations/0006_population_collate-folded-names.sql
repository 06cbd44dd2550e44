-- Folded names are plain ASCII: byte order ("C") is their natural order, and one index then
-- serves both LIKE 'prefix%' and ORDER BY name, so a common prefix no longer sorts every match.
DROP INDEX "residents_name_folded_idx";--> statement-breakpoint
ALTER TABLE "residents" ALTER COLUMN "full_name_folded" TYPE text COLLATE "C";--> statement-breakpoint
CREATE INDEX "residents_name_folded_idx" ON "residents" USING btree ("full_name_folded","birth_date");
