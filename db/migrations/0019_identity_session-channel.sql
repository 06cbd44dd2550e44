ALTER TABLE "sessions" ADD COLUMN "channel" text DEFAULT 'web' NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_channel" CHECK ("sessions"."channel" IN ('web', 'kiosk'));--> statement-breakpoint
COMMENT ON COLUMN "sessions"."channel" IS 'Where the session was opened: web (the resident''s own device) or kiosk (a one-stop shop''s touch screen, 10 minutes, resident only).';
