CREATE TABLE "exchange_webhook_deliveries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subscription_id" uuid NOT NULL,
	"event_id" bigint NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"last_status" integer,
	"last_error" text,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_webhook_deliveries_subscription_event_key" UNIQUE("subscription_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "exchange_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_code" varchar(32) NOT NULL,
	"event_type" text NOT NULL,
	"url" text NOT NULL,
	"secret" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exchange_webhook_deliveries" ADD CONSTRAINT "exchange_webhook_deliveries_subscription_id_exchange_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."exchange_subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_subscriptions" ADD CONSTRAINT "exchange_subscriptions_member_code_exchange_members_code_fk" FOREIGN KEY ("member_code") REFERENCES "public"."exchange_members"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exchange_webhook_deliveries_due_idx" ON "exchange_webhook_deliveries" USING btree ("next_attempt_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "exchange_webhook_deliveries_subscription_idx" ON "exchange_webhook_deliveries" USING btree ("subscription_id","occurred_at");--> statement-breakpoint
CREATE INDEX "exchange_subscriptions_event_type_idx" ON "exchange_subscriptions" USING btree ("event_type");--> statement-breakpoint
CREATE INDEX "exchange_subscriptions_member_idx" ON "exchange_subscriptions" USING btree ("member_code");--> statement-breakpoint
COMMENT ON TABLE "exchange_subscriptions" IS 'A member''s webhook endpoint for one type of event (Standard Webhooks); allowed only while a grant covers the event';--> statement-breakpoint
COMMENT ON COLUMN "exchange_subscriptions"."secret" IS 'The signing secret (whsec_...), shown once to the member; kept to sign every delivery';--> statement-breakpoint
COMMENT ON TABLE "exchange_webhook_deliveries" IS 'One outbox event owed to one subscription: pending, delivered or dead-lettered; retried with back-off; no payload kept (read from the outbox at sending)';--> statement-breakpoint
COMMENT ON COLUMN "exchange_webhook_deliveries"."last_error" IS 'A short technical reason of the last failure (http_500, timeout), never a body';
