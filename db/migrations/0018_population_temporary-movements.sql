ALTER TABLE "movements" ADD COLUMN "until_on" date;--> statement-breakpoint
ALTER TABLE "movements" ADD COLUMN "place" text;--> statement-breakpoint
ALTER TABLE "movements" ADD COLUMN "reference" text;--> statement-breakpoint
COMMENT ON COLUMN "movements"."until_on" IS 'Last day (inclusive) of a temporary residence or temporary absence; null for other kinds.';--> statement-breakpoint
COMMENT ON COLUMN "movements"."place" IS 'Personal data: the address of a temporary residence or the destination of a temporary absence.';--> statement-breakpoint
COMMENT ON COLUMN "movements"."reference" IS 'Code of the dossier whose approval recorded the movement; null for generated movements.';
