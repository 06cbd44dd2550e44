-- The audit trail is append-only. An entry enters unsealed; the sealer's one UPDATE gives it its
-- chain position and hash and may change nothing else; after that the row never changes. The hash
-- chain catches what these triggers cannot stop (a superuser disabling them).
CREATE FUNCTION audit_entries_refuse_sealed_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.chain_index IS NOT NULL OR NEW.prev_hash IS NOT NULL OR NEW.hash IS NOT NULL
     OR NEW.sealed_at IS NOT NULL THEN
    RAISE EXCEPTION USING
      ERRCODE = 'restrict_violation',
      MESSAGE = 'AUDIT_INSERT_SEALED: mục nhật ký kiểm toán phải được ghi chưa niêm phong / audit entries must be inserted unsealed',
      HINT = 'chain_index, prev_hash, hash and sealed_at are set by the sealer only';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE FUNCTION audit_entries_allow_sealing_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.hash IS NULL AND OLD.chain_index IS NULL AND OLD.prev_hash IS NULL
     AND OLD.sealed_at IS NULL
     AND NEW.chain_index IS NOT NULL AND NEW.prev_hash IS NOT NULL AND NEW.hash IS NOT NULL
     AND NEW.sealed_at IS NOT NULL
     AND (NEW.seq, NEW.tx_id, NEW.occurred_at, NEW.actor_account_id, NEW.actor_role,
          NEW.actor_agency, NEW.actor_unit_code, NEW.client_id, NEW.subject_personal_number,
          NEW.action, NEW.purpose, NEW.summary::text, NEW.source_ip)
         IS NOT DISTINCT FROM
         (OLD.seq, OLD.tx_id, OLD.occurred_at, OLD.actor_account_id, OLD.actor_role,
          OLD.actor_agency, OLD.actor_unit_code, OLD.client_id, OLD.subject_personal_number,
          OLD.action, OLD.purpose, OLD.summary::text, OLD.source_ip) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION USING
    ERRCODE = 'restrict_violation',
    MESSAGE = 'AUDIT_ENTRY_IMMUTABLE: mục nhật ký kiểm toán không được sửa / audit entries cannot be changed',
    DETAIL = format('seq %s', OLD.seq),
    HINT = 'only the sealer''s one transition (unsealed to sealed, content unchanged) is allowed';
END
$$;
--> statement-breakpoint
CREATE FUNCTION audit_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING
    ERRCODE = 'restrict_violation',
    MESSAGE = format(
      'AUDIT_APPEND_ONLY: không được %s trên %s, nhật ký kiểm toán chỉ được ghi thêm / %s on %s refused: the audit log is append-only',
      TG_OP, TG_TABLE_NAME, TG_OP, TG_TABLE_NAME);
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_entries_insert_unsealed BEFORE INSERT ON audit_entries
  FOR EACH ROW EXECUTE FUNCTION audit_entries_refuse_sealed_insert();
--> statement-breakpoint
CREATE TRIGGER audit_entries_update_sealing_only BEFORE UPDATE ON audit_entries
  FOR EACH ROW EXECUTE FUNCTION audit_entries_allow_sealing_only();
--> statement-breakpoint
CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_change BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
COMMENT ON TABLE "audit_entries" IS 'Audit trail of reads and changes of personal data, append-only (triggers) and hash-chained by the sealer. Personal data: readable by security officers and, for their own entries without actor identity, by the data subject.';
--> statement-breakpoint
COMMENT ON TABLE "audit_checkpoints" IS 'Chain head (index and hash) after each sealing batch, so that a deleted tail of the audit chain is detected. Append-only.';
--> statement-breakpoint
COMMENT ON COLUMN "audit_entries"."subject_personal_number" IS 'Personal data: 12-digit personal identification number of the resident whose data was read or changed.';
--> statement-breakpoint
COMMENT ON COLUMN "audit_entries"."actor_account_id" IS 'Personal data: account of the officer, resident or system that acted; never shown to the data subject.';
--> statement-breakpoint
COMMENT ON COLUMN "audit_entries"."source_ip" IS 'Personal data: IP address the request came from.';
--> statement-breakpoint
COMMENT ON COLUMN "audit_entries"."summary" IS 'Curated summary of the action (identifiers and facts chosen by the caller), never a raw request body.';
--> statement-breakpoint
COMMENT ON COLUMN "audit_entries"."tx_id" IS 'Transaction that wrote the entry: the sealer links only entries of transactions older than every running one, in (tx_id, seq) order.';
--> statement-breakpoint
COMMENT ON COLUMN "audit_entries"."hash" IS 'SHA-256 (hex) of the canonical serialisation of the entry with chain_index and prev_hash; NULL until sealed.';
