COMMENT ON TABLE "eid_accounts" IS 'Electronic identity accounts (model 23), level 1 self-registered, level 2 verified in person by commune police. Personal data.';--> statement-breakpoint
COMMENT ON COLUMN "eid_accounts"."personal_number" IS 'Personal data: the holder''s personal identification number.';--> statement-breakpoint
COMMENT ON COLUMN "eid_accounts"."phone" IS 'Personal data: phone number confirmed by a one-time code.';--> statement-breakpoint
COMMENT ON COLUMN "eid_accounts"."password_hash" IS 'Secret: argon2id hash of the password.';--> statement-breakpoint
COMMENT ON COLUMN "eid_accounts"."totp_secret" IS 'Secret: TOTP (RFC 6238) shared secret.';--> statement-breakpoint
COMMENT ON COLUMN "eid_accounts"."payment_account_provider" IS 'Personal data: provider of the linked e-payment account (model 23).';--> statement-breakpoint
COMMENT ON COLUMN "eid_accounts"."signature_provider" IS 'Personal data: provider of the digital-signature certificate (model 23).';--> statement-breakpoint
COMMENT ON TABLE "eid_recovery_codes" IS 'Second-factor recovery codes, hashed.';--> statement-breakpoint
COMMENT ON TABLE "staff_grants" IS 'Roles held by staff over a jurisdiction (administrative unit codes), an establishment or an agency.';--> statement-breakpoint
COMMENT ON TABLE "sessions" IS 'Browser sessions, by the SHA-256 of their token.';--> statement-breakpoint
COMMENT ON COLUMN "sessions"."user_agent" IS 'Personal data: browser of the session, shown to its owner.';--> statement-breakpoint
COMMENT ON TABLE "one_time_codes" IS 'One-time codes sent by SMS, hashed, short-lived, with attempts counted.';--> statement-breakpoint
COMMENT ON COLUMN "one_time_codes"."personal_number" IS 'Personal data: whom the code was sent for.';--> statement-breakpoint
COMMENT ON TABLE "development_outbox" IS 'Development mode only: messages kept instead of sent.';--> statement-breakpoint
COMMENT ON COLUMN "development_outbox"."recipient" IS 'Personal data: phone number the message was for.';--> statement-breakpoint
COMMENT ON TABLE "auth_throttles" IS 'Sign-in failures per IP or account in the current window, for lockout and rate limits.';--> statement-breakpoint
COMMENT ON TABLE "identity_token_uses" IS 'Identity QR tokens already presented, for single-use verification.';
