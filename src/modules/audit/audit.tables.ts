import { sql } from 'drizzle-orm'
import {
  bigint,
  bigserial,
  char,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core'

/**
 * The audit trail: append-only, hash-chained. Entries commit with the change they record, in any
 * order; the sealer later gives each a chain position and links it to the one before.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    // Entries are sealed only once every transaction that could still commit before them has
    // ended (as the outbox does), so the chain never has to make room for a late entry.
    txId: bigint('tx_id', { mode: 'number' })
      .notNull()
      .default(sql`(pg_current_xact_id()::text::bigint)`),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorAccountId: text('actor_account_id').notNull(),
    actorRole: text('actor_role').notNull(),
    actorAgency: text('actor_agency'),
    actorUnitCode: varchar('actor_unit_code', { length: 5 }),
    clientId: text('client_id'),
    subjectPersonalNumber: char('subject_personal_number', { length: 12 }),
    action: text('action').notNull(),
    purpose: text('purpose'),
    summary: jsonb('summary').$type<Record<string, string | number | boolean | null>>().notNull(),
    sourceIp: text('source_ip'),
    // Written by the platform with a key the database never holds: the sealer chains no entry
    // without it, so a row inserted by hand cannot pass for a real read.
    mac: text('mac'),
    chainIndex: bigint('chain_index', { mode: 'number' }),
    prevHash: text('prev_hash'),
    hash: text('hash'),
    sealedAt: timestamp('sealed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('audit_entries_chain_index_key').on(t.chainIndex),
    index('audit_entries_subject_idx').on(t.subjectPersonalNumber, t.occurredAt),
    index('audit_entries_unsealed_idx')
      .on(t.txId, t.seq)
      .where(sql`${t.hash} IS NULL`),
  ],
)

/**
 * The head of the chain after each sealing batch: what a deleted tail is measured against. Signed
 * with the platform's audit key (kept outside the database), so nobody who can only write to the
 * database can make a rewritten chain agree with its checkpoints.
 */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  chainIndex: bigint('chain_index', { mode: 'number' }).primaryKey(),
  hash: text('hash').notNull(),
  sealedAt: timestamp('sealed_at', { withTimezone: true }).notNull().defaultNow(),
  keyId: text('key_id'),
  /** Compact ES256 JWS of { count, head, at }; NULL only on checkpoints made before signing. */
  signature: text('signature'),
})

/** Entries the sealer refused to chain (no valid MAC): kept as evidence, shown to nobody. */
export const auditQuarantine = pgTable('audit_quarantine', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  reason: text('reason').notNull(),
  foundAt: timestamp('found_at', { withTimezone: true }).notNull().defaultNow(),
})
