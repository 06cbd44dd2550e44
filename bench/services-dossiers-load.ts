import { catalogue } from '../src/modules/services/index.js'
import type { BulkSession, Database } from '../src/platform/db/database.js'

/**
 * n dossiers of the province in one INSERT … SELECT, as a year and a half of a province's one-stop
 * shops would leave them: applicants drawn from the registry (the dossier in their commune),
 * every service of the catalogue but the linked filings' own rows, most decided (90% approved,
 * 5% refused) and about 5% open (received, in review, waiting for the resident), received lately
 * and due in the service's time limit, so that some are overdue and some due soon. Codes are
 * the real shape (commune, day, six characters), unique by construction. Events are left out:
 * the queue and the search read the dossiers alone.
 */
const INSERT_DOSSIERS = `
WITH applicants AS (
  -- What depends on the applicant alone is built once per resident, not once per dossier.
  SELECT row_number() OVER (ORDER BY personal_number) AS rn, personal_number, commune_code,
         md5(personal_number)::uuid AS account_id,
         md5('officer' || commune_code)::uuid AS officer_id,
         jsonb_build_object('applicant', jsonb_build_object('personalNumber', personal_number,
           'fullName', full_name, 'birthDate', birth_date), 'note', 'Hồ sơ nạp cho bài đo') AS data
    FROM residents WHERE status = 'resident'),
applicant_count AS (SELECT count(*) AS n FROM applicants),
services AS (
  SELECT ordinality AS sn, code, days, fee
    FROM unnest($2::text[], $3::int[], $4::int[]) WITH ORDINALITY AS s(code, days, fee)),
service_count AS (SELECT count(*) AS n FROM services),
drawn AS (
  SELECT i,
         -- An odd multiplier modulo 2^24 is a bijection: six hexadecimal digits (Crockford's
         -- letters too), distinct and scattered, for up to 16 million dossiers.
         upper(lpad(to_hex((i * 2654435761) % 16777216), 6, '0')) AS suffix,
         -- Independent draws per dossier: its kind, its applicant, its time.
         abs(hashint8extended(i, 1)) % 1000 AS kind,
         abs(hashint8extended(i, 2)) AS who,
         abs(hashint8extended(i, 3)) AS t
    FROM generate_series(1, $1::int) AS i),
shaped AS (
  SELECT d.suffix, d.t, a.personal_number, a.commune_code, a.account_id, a.officer_id, a.data,
         s.code AS service, s.fee,
         CASE WHEN d.kind < 20 THEN 'received' WHEN d.kind < 40 THEN 'in_review'
              WHEN d.kind < 50 THEN 'needs_info' WHEN d.kind < 950 THEN 'approved'
              ELSE 'refused' END AS status,
         -- A working day is about 1.4 calendar days (weekends, holidays).
         make_interval(hours => (s.days * 1.4 * 24)::int) AS time_limit,
         CASE WHEN d.kind < 50
              -- Open ones: received within 1.1 of their time limit (about 10% overdue).
              THEN now() - make_interval(mins => ((d.t % 1000) * s.days * 1.4 * 1.1 * 1.44)::int)
              -- Decided ones: over the last 540 days.
              ELSE now() - make_interval(mins => (d.t % (540 * 1440))::int) - interval '6 days'
         END AS received_at
    FROM drawn d
    JOIN applicants a ON a.rn = 1 + d.who % (SELECT n FROM applicant_count)
    JOIN services s ON s.sn = 1 + d.i % (SELECT n FROM service_count))
INSERT INTO service_dossiers (code, service_code, applicant_number, account_id, channel, eid_level,
  commune_code, province_code, status, data, received_at, due_at, paused_at, assignee_id,
  decided_at, decision_reason, fee_amount, fee_paid_at)
SELECT
  commune_code || '-' || to_char(received_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-' ||
    suffix,
  service, personal_number, account_id,
  CASE WHEN t % 20 = 0 THEN 'counter' WHEN t % 10 = 1 THEN 'kiosk' ELSE 'web' END,
  2, commune_code, $5, status, data, received_at, received_at + time_limit,
  CASE WHEN status = 'needs_info' THEN received_at + interval '1 day' END,
  CASE WHEN status <> 'received' THEN officer_id END,
  CASE WHEN status IN ('approved', 'refused')
       THEN received_at + time_limit * ((t % 100) / 95.0)::float8 END,
  CASE WHEN status = 'refused' THEN 'Hồ sơ chưa đủ điều kiện / Not eligible' END,
  fee,
  CASE WHEN fee > 0 AND status IN ('approved', 'refused', 'in_review')
       THEN received_at + interval '2 hours' END
FROM shaped`

interface Rebuild {
  drop: string[]
  create: string[]
}

/**
 * What a bulk load of service_dossiers builds once afterwards rather than row by row: its
 * primary key and unique code, the foreign keys that point at it (dropped with its key), and
 * its other indexes, whatever migrations made them, as statements that drop and recreate them.
 */
async function deferredIndexes(session: BulkSession): Promise<Rebuild> {
  type Named = { name: string; owner: string; definition: string }
  const pointing = await session.query<Named>(
    `SELECT conname AS name, conrelid::regclass::text AS owner,
            pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE confrelid = 'service_dossiers'::regclass AND contype = 'f'`,
  )
  const keys = await session.query<Named>(
    `SELECT conname AS name, 'service_dossiers' AS owner, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE conrelid = 'service_dossiers'::regclass AND contype IN ('p', 'u')`,
  )
  const indexes = await session.query<Named>(
    `SELECT indexname AS name, '' AS owner, indexdef AS definition
       FROM pg_indexes
      WHERE schemaname = current_schema() AND tablename = 'service_dossiers'
        AND indexname NOT IN (SELECT conname FROM pg_constraint
                               WHERE conrelid = 'service_dossiers'::regclass)`,
  )
  const dropConstraint = (c: Named) => `ALTER TABLE ${c.owner} DROP CONSTRAINT "${c.name}"`
  const addConstraint = (c: Named) =>
    `ALTER TABLE ${c.owner} ADD CONSTRAINT "${c.name}" ${c.definition}`
  return {
    drop: [
      ...pointing.map(dropConstraint),
      ...keys.map(dropConstraint),
      ...indexes.map((i) => `DROP INDEX "${i.name}"`),
    ],
    create: [
      ...keys.map(addConstraint),
      ...indexes.map((i) => i.definition),
      ...pointing.map(addConstraint),
    ],
  }
}

export interface DossiersLoad {
  dossiers: number
  seconds: number
  indexSeconds: number
}

/**
 * Loads `count` dossiers of `province` (PostgreSQL) in one transaction, the keys and indexes
 * dropped first and built again after, as a bulk load does; then the table is analysed.
 */
export async function loadDossiers(
  database: Database,
  options: { count: number; province: string },
): Promise<DossiersLoad> {
  const services = [...catalogue().values()].map((s) => s.definition).filter((d) => !d.parts)
  const started = performance.now()
  let indexSeconds = 0
  await database.bulk(async (session) => {
    // Generated expressions over a million rows: compiling them (JIT) costs more than it saves.
    await session.query('SET LOCAL jit = off')
    await session.query("SET LOCAL work_mem = '64MB'")
    await session.query("SET LOCAL maintenance_work_mem = '256MB'")
    const rebuild = await deferredIndexes(session)
    for (const statement of rebuild.drop) await session.query(statement)
    await session.query(INSERT_DOSSIERS, [
      options.count,
      services.map((d) => d.code),
      services.map((d) => d.timeLimitDays),
      services.map((d) => d.fee.amount),
      options.province,
    ])
    const indexStarted = performance.now()
    for (const statement of rebuild.create) await session.query(statement)
    indexSeconds = (performance.now() - indexStarted) / 1000
  })
  await database.query('ANALYZE service_dossiers')
  return { dossiers: options.count, seconds: (performance.now() - started) / 1000, indexSeconds }
}
