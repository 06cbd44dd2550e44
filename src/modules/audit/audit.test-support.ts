import assert from 'node:assert/strict'
import type { BulkSession, Database } from '../../platform/db/database.js'
import type { AuditEntryInput } from './record.service.js'
import { recordAudit } from './record.service.js'
import { AuditSealer } from './sealer.runtime.js'

/** A plausible read by a commune police officer; `n` varies the subject and the summary. */
export function buildEntry(n: number, overrides: Partial<AuditEntryInput> = {}): AuditEntryInput {
  return {
    actor: {
      accountId: `officer-${n % 3}`,
      role: 'communePolice',
      agency: 'CA-DNA',
      unitCode: '26068',
      clientId: null,
    },
    subjectPersonalNumber: `0750900${String(n % 100_000).padStart(5, '0')}`,
    action: 'population.resident.read',
    purpose: 'residence_management',
    summary: { fields: 'basic', n, found: true },
    sourceIp: '10.0.0.7',
    ...overrides,
  }
}

export async function recordCommitted(
  database: Database,
  entries: AuditEntryInput[],
): Promise<void> {
  await database.db.transaction(async (tx) => {
    for (const entry of entries) await recordAudit(tx, entry)
  })
}

export async function countEntries(database: Database): Promise<{ all: number; sealed: number }> {
  const [row] = await database.query<{ all: number; sealed: number }>(
    'SELECT count(*)::int AS all, count(hash)::int AS sealed FROM audit_entries',
  )
  return row!
}

const countQuarantined = async (database: Database): Promise<number> =>
  (await database.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_quarantine'))[0]!.n

/**
 * Seals until nothing is pending (entries the sealer refused wait for nothing). On a shared PostgreSQL server another database's long
 * transaction holds back the snapshot horizon for a moment, so a round may seal less than asked.
 */
export async function sealEverything(database: Database, batchSize = 1_000): Promise<number> {
  const sealer = new AuditSealer(database, { batchSize })
  const deadline = Date.now() + 30_000
  let sealed = 0
  for (;;) {
    sealed += await sealer.sealPending()
    const { all, sealed: done } = await countEntries(database)
    if (all === done + (await countQuarantined(database))) return sealed
    assert.ok(Date.now() < deadline, 'entries stayed unsealed for 30 s')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/**
 * Runs fn as an attacker with superuser rights would: triggers off (replica role), in one
 * transaction. SET LOCAL ends with it, so the pooled connection comes back clean.
 */
export async function asSuperuser<T>(
  database: Database,
  fn: (session: BulkSession) => Promise<T>,
): Promise<T> {
  return database.bulk(async (session) => {
    await session.query('SET LOCAL session_replication_role = replica')
    return fn(session)
  })
}

/** Keeps the audit tables as they are, runs fn (which may tamper), then puts them back. */
export async function thenRestore(database: Database, fn: () => Promise<void>): Promise<void> {
  await asSuperuser(database, async (s) => {
    await s.query('CREATE TABLE audit_entries_kept AS SELECT * FROM audit_entries')
    await s.query('CREATE TABLE audit_checkpoints_kept AS SELECT * FROM audit_checkpoints')
  })
  try {
    await fn()
  } finally {
    await asSuperuser(database, async (s) => {
      await s.query('DELETE FROM audit_entries')
      await s.query('DELETE FROM audit_checkpoints')
      await s.query('INSERT INTO audit_entries SELECT * FROM audit_entries_kept')
      await s.query('INSERT INTO audit_checkpoints SELECT * FROM audit_checkpoints_kept')
      await s.query('DROP TABLE audit_entries_kept, audit_checkpoints_kept')
    })
  }
}
