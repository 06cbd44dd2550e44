COMMENT ON TABLE "admin_units" IS 'Administrative units, versioned by validity dates (pre-reform three-tier and the two-tier structure from 2025-07-01). Public reference data.';--> statement-breakpoint
COMMENT ON TABLE "admin_unit_successions" IS 'Which unit(s) an abolished administrative unit became, fully or partly.';--> statement-breakpoint
COMMENT ON TABLE "households" IS 'Households (hộ gia đình) of the population registry. Personal data.';--> statement-breakpoint
COMMENT ON COLUMN "households"."address" IS 'Personal data: street address of the household.';--> statement-breakpoint
COMMENT ON TABLE "residents" IS 'Residents of the population registry keyed by the 12-digit personal identification number. Personal data: read only through the population module, audited.';--> statement-breakpoint
COMMENT ON COLUMN "residents"."personal_number" IS 'Personal data: 12-digit personal identification number (số định danh cá nhân).';--> statement-breakpoint
COMMENT ON COLUMN "residents"."full_name" IS 'Personal data: full name as written, Unicode NFC.';--> statement-breakpoint
COMMENT ON COLUMN "residents"."full_name_folded" IS 'Personal data: full name without diacritics, lower case, for search and matching.';--> statement-breakpoint
COMMENT ON COLUMN "residents"."birth_date" IS 'Personal data: date of birth.';--> statement-breakpoint
COMMENT ON COLUMN "residents"."sex" IS 'Personal data: sex, M or F.';--> statement-breakpoint
COMMENT ON COLUMN "residents"."ethnicity_code" IS 'Sensitive personal data: ethnic group, code of GSO decision 121-TCTK/PPCĐ (1979).';--> statement-breakpoint
COMMENT ON COLUMN "residents"."religion_code" IS 'Sensitive personal data: religion, code of GSO decision 1019/QĐ-TCTK (2008); null = none.';--> statement-breakpoint
COMMENT ON COLUMN "residents"."birth_province_code" IS 'Personal data: province (pre-reform code) where the birth was registered.';--> statement-breakpoint
COMMENT ON COLUMN "residents"."household_id" IS 'Personal data: household the resident belongs to.';--> statement-breakpoint
COMMENT ON COLUMN "residents"."relation_to_head" IS 'Personal data: relation to the head of household.';--> statement-breakpoint
COMMENT ON COLUMN "residents"."labour_status" IS 'Personal data: labour-force status.';--> statement-breakpoint
COMMENT ON COLUMN "residents"."sector" IS 'Personal data: economic sector of employment.';--> statement-breakpoint
COMMENT ON COLUMN "residents"."occupation" IS 'Personal data: occupation group.';--> statement-breakpoint
COMMENT ON COLUMN "residents"."old_id_number" IS 'Personal data: former 9-digit identity card number (CMND).';--> statement-breakpoint
COMMENT ON COLUMN "residents"."card_issued_on" IS 'Personal data: issue date of the chip identity card.';--> statement-breakpoint
COMMENT ON COLUMN "residents"."card_expires_on" IS 'Personal data: expiry date of the chip identity card.';--> statement-breakpoint
COMMENT ON COLUMN "residents"."eid_level" IS 'Personal data: electronic identity account level, 0 none, 1 or 2.';--> statement-breakpoint
COMMENT ON COLUMN "residents"."has_payment_account" IS 'Personal data: holds an e-payment account (model 23).';--> statement-breakpoint
COMMENT ON COLUMN "residents"."has_digital_signature" IS 'Personal data: holds a digital-signature certificate (model 23).';--> statement-breakpoint
COMMENT ON TABLE "movements" IS 'Registry movements: born, moved in, moved out, deceased. Personal data.';--> statement-breakpoint
COMMENT ON COLUMN "movements"."personal_number" IS 'Personal data: the resident who moved.';--> statement-breakpoint
COMMENT ON TABLE "outbox_events" IS 'Transactional outbox: events written with the change they describe, delivered at least once. Payloads carry identifiers, never names.';--> statement-breakpoint
COMMENT ON TABLE "outbox_cursors" IS 'How far each subscriber has consumed the outbox.';--> statement-breakpoint
COMMENT ON TABLE "seed_runs" IS 'Loads of the synthetic population: progress by commune, so an interrupted load resumes.';
