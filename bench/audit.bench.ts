import type { Database } from '../src/platform/db/database.js'
import { AuditSealer, verifyAuditChain } from '../src/modules/audit/index.js'
import type { BenchResult } from './report.js'

// Each fill transaction holds this many entries: the sealer meets several transaction ids.
const FILL_CHUNK = 100_000
const SEAL_BATCH = 20_000

/** Adds `count` plausible reads of residents' records, unsealed, as recordAudit would write them. */
async function fillEntries(database: Database, count: number): Promise<void> {
  for (let done = 0; done < count; done += FILL_CHUNK) {
    const n = Math.min(FILL_CHUNK, count - done)
    await database.query(
      `INSERT INTO audit_entries (actor_account_id, actor_role, actor_agency, actor_unit_code,
                                  client_id, subject_personal_number, action, purpose, summary,
                                  source_ip)
       SELECT 'acc-' || (g % 4000), (ARRAY['communePolice', 'communeOfficer',
                                           'departmentOfficer'])[1 + g % 3],
              'CA-DNA', lpad((25000 + g % 900)::text, 5, '0'),
              CASE WHEN g % 10 = 0 THEN 'bank-app' END,
              '0750' || lpad((g * 7919 % 99999999)::text, 8, '0'),
              'population.resident.read', 'residence_management',
              jsonb_build_object('part', 'record', 'found', true, 'page', g % 7),
              '10.' || (g % 250) || '.' || (g % 200) || '.' || (g % 100)
         FROM generate_series($1::bigint, $2::bigint) AS g`,
      [done + 1, done + n],
    )
  }
}

/**
 * Fills the audit trail with `entries` entries, seals them, then verifies the whole chain.
 * The database must hold no audit entries yet (a fresh one: entries cannot be deleted).
 */
export async function benchAuditVerify(
  database: Database,
  entries = 1_000_000,
): Promise<BenchResult> {
  let t = performance.now()
  await fillEntries(database, entries)
  const fillSeconds = (performance.now() - t) / 1000
  // Fresh statistics so the planner walks the chain by its index.
  await database.query('ANALYZE audit_entries')

  t = performance.now()
  const sealed = await new AuditSealer(database, { batchSize: SEAL_BATCH }).sealPending()
  const sealSeconds = (performance.now() - t) / 1000
  if (sealed !== entries) throw new Error(`sealed ${sealed} of ${entries} entries`)
  await database.query('VACUUM ANALYZE audit_entries')

  t = performance.now()
  const result = await verifyAuditChain(database)
  const seconds = (performance.now() - t) / 1000
  if (!result.ok || result.checked !== entries)
    throw new Error(`verification failed: ${JSON.stringify(result)}`)
  return {
    name: 'audit.verify',
    value: seconds,
    unit: 's',
    extra: {
      engine: database.engine,
      entries,
      entriesPerSecond: entries / seconds,
      sealSeconds,
      sealedPerSecond: entries / sealSeconds,
      fillSeconds,
    },
  }
}
