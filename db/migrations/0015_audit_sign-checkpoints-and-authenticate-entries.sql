CREATE TABLE "audit_quarantine" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"found_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_checkpoints" ADD COLUMN "key_id" text;--> statement-breakpoint
ALTER TABLE "audit_checkpoints" ADD COLUMN "signature" text;--> statement-breakpoint
ALTER TABLE "audit_entries" ADD COLUMN "mac" text;--> statement-breakpoint
-- Hand-written from here. The sealer's one UPDATE must leave the MAC as written, like the rest.
CREATE OR REPLACE FUNCTION audit_entries_allow_sealing_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.hash IS NULL AND OLD.chain_index IS NULL AND OLD.prev_hash IS NULL
     AND OLD.sealed_at IS NULL
     AND NEW.chain_index IS NOT NULL AND NEW.prev_hash IS NOT NULL AND NEW.hash IS NOT NULL
     AND NEW.sealed_at IS NOT NULL
     AND (NEW.seq, NEW.tx_id, NEW.occurred_at, NEW.actor_account_id, NEW.actor_role,
          NEW.actor_agency, NEW.actor_unit_code, NEW.client_id, NEW.subject_personal_number,
          NEW.action, NEW.purpose, NEW.summary::text, NEW.source_ip, NEW.mac)
         IS NOT DISTINCT FROM
         (OLD.seq, OLD.tx_id, OLD.occurred_at, OLD.actor_account_id, OLD.actor_role,
          OLD.actor_agency, OLD.actor_unit_code, OLD.client_id, OLD.subject_personal_number,
          OLD.action, OLD.purpose, OLD.summary::text, OLD.source_ip, OLD.mac) THEN
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
CREATE TRIGGER audit_quarantine_no_change BEFORE UPDATE OR DELETE ON audit_quarantine
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_quarantine_no_truncate BEFORE TRUNCATE ON audit_quarantine
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
-- The platform's only ways to write the audit tables (docs/adr/0009-audit-trail-integrity.md):
-- its database role gets EXECUTE on these and SELECT on the tables, never INSERT, UPDATE or DELETE.
-- They run as their owner (the migrations role); search_path is pinned so a caller cannot
-- substitute tables of its own.
CREATE FUNCTION audit_record(entries jsonb) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  INSERT INTO public.audit_entries (actor_account_id, actor_role, actor_agency, actor_unit_code,
                                    client_id, subject_personal_number, action, purpose,
                                    source_ip, summary, mac)
  SELECT actor_account_id, actor_role, actor_agency, actor_unit_code, client_id,
         subject_personal_number, action, purpose, source_ip, summary, mac
    FROM jsonb_to_recordset(entries)
         AS e(actor_account_id text, actor_role text, actor_agency text, actor_unit_code text,
              client_id text, subject_personal_number text, action text, purpose text,
              source_ip text, summary jsonb, mac text, n int)
   ORDER BY n
$$;
--> statement-breakpoint
CREATE FUNCTION audit_seal(seqs bigint[], chain_indexes bigint[], prev_hashes text[],
                           hashes text[], checkpoint_key_id text, checkpoint_signature text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  sealed integer;
  last integer := cardinality(seqs);
BEGIN
  UPDATE public.audit_entries AS e
     SET chain_index = s.chain_index, prev_hash = s.prev_hash, hash = s.hash, sealed_at = now()
    FROM unnest(seqs, chain_indexes, prev_hashes, hashes) AS s(seq, chain_index, prev_hash, hash)
   WHERE e.seq = s.seq AND e.hash IS NULL;
  GET DIAGNOSTICS sealed = ROW_COUNT;
  INSERT INTO public.audit_checkpoints (chain_index, hash, key_id, signature)
  VALUES (chain_indexes[last], hashes[last], checkpoint_key_id, checkpoint_signature);
  RETURN sealed;
END
$$;
--> statement-breakpoint
CREATE FUNCTION audit_quarantine_entries(seqs bigint[], reasons text[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  INSERT INTO public.audit_quarantine (seq, reason)
  SELECT seq, reason FROM unnest(seqs, reasons) AS q(seq, reason)
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION audit_record(jsonb), audit_seal(bigint[], bigint[], text[], text[], text, text), audit_quarantine_entries(bigint[], text[]) FROM PUBLIC;
--> statement-breakpoint
COMMENT ON COLUMN "audit_entries"."mac" IS 'HMAC-SHA-256 of the entry''s recorded content under a key derived from the platform''s audit signing key (held outside the database), as <kid>.<base64url>; the sealer chains no entry without a valid one.';
--> statement-breakpoint
COMMENT ON COLUMN "audit_checkpoints"."signature" IS 'Compact ES256 JWS by the platform''s audit key over {count, head, at}: a chain rewritten or cut in the database no longer matches it. NULL on checkpoints made before signing.';
--> statement-breakpoint
COMMENT ON TABLE "audit_quarantine" IS 'Audit entries the sealer refused to chain (missing or invalid MAC: not written by the platform). Evidence for security officers; never in a resident''s access log. Append-only.';
