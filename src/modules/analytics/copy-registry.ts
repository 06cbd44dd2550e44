import type { DuckDBConnection } from '@duckdb/node-api'
import type { OutboxEvent } from '../../platform/events/outbox.js'
import type { RegistryChangePayload, ResidentFacts } from '../population/index.js'
import { FOREVER } from './tallies.js'

/**
 * The registry's changes since the build (births, deaths, moves, temporary stays), laid over the
 * file's residents and movements, which cannot change. The copy holds no personal numbers, so a
 * change finds its row by what the copy does hold: the event carries the resident's aggregation
 * columns before the change, and any row with them all is, for every count, the same person (two
 * rows alike in all of them are counted alike). That row's new version goes into
 * resident_changes under the file's row number (a birth's under minus the event id), and the
 * `residents` view shows it instead; new movements go into movement_changes.
 *
 * Events apply in commit order, once: the copy keeps the position of the last one applied. An
 * event whose transaction the export's snapshot already saw is in the file and changes nothing.
 * Province-wide summaries built with the file (tallies, resident_flows, movement_days) stay as
 * built until the next rebuild: the charts of communes and units read the changes at once.
 */

/** The file's tables this overlay replaces with views of its own. */
export const OVERLAID_TABLES: readonly string[] = ['residents', 'movements']

const RESIDENT_COLUMNS = [
  'row_no', 'commune_code', 'birth_date', 'birth_key', 'sex', 'ethnicity_code', 'religion_code',
  'birth_province_code', 'household_id', 'status', 'labour_status', 'sector', 'occupation',
  'eid_level', 'has_payment_account', 'has_digital_signature', 'entered_on', 'left_on',
  'moved_from', 'present_from', 'present_until',
] as const // prettier-ignore
const MOVEMENT_COLUMNS = ['kind', 'occurred_on', 'commune_code', 'other_province_code'] as const

/** Replaces the views of the file's residents and movements by the file overlaid with changes. */
export async function overlayRegistry(writer: DuckDBConnection): Promise<void> {
  const residents = RESIDENT_COLUMNS.join(', ')
  const movements = MOVEMENT_COLUMNS.join(', ')
  await writer.run(
    `CREATE TABLE resident_changes AS SELECT ${residents} FROM snap.main.residents LIMIT 0`,
  )
  // Births take negative row numbers, from event ids, which may pass INTEGER's range.
  await writer.run('ALTER TABLE resident_changes ALTER row_no TYPE BIGINT')
  await writer.run('CREATE UNIQUE INDEX resident_changes_key ON resident_changes (row_no)')
  await writer.run(
    `CREATE TABLE movement_changes AS SELECT ${movements} FROM snap.main.movements LIMIT 0`,
  )
  await writer.run(
    `CREATE VIEW residents AS
       SELECT ${residents} FROM snap.main.residents
        WHERE row_no NOT IN (SELECT row_no FROM resident_changes)
       UNION ALL SELECT ${residents} FROM resident_changes`,
  )
  await writer.run(
    `CREATE VIEW movements AS
       SELECT ${movements} FROM snap.main.movements
       UNION ALL SELECT ${movements} FROM movement_changes`,
  )
  await writer.run(
    'CREATE TABLE registry_applied AS SELECT CAST(0 AS BIGINT) AS event_tx, CAST(0 AS BIGINT) AS event_id',
  )
}

type Value = string | number | boolean | null

async function rows(
  connection: DuckDBConnection,
  sql: string,
  values: Value[] = [],
): Promise<Record<string, Value>[]> {
  const reader = await connection.runAndReadAll(sql, values)
  return reader.getRowObjectsJS() as Record<string, Value>[]
}

/** The row (file's or changed) of a resident as the event saw them before, if the copy has one. */
async function findRow(
  connection: DuckDBConnection,
  f: ResidentFacts,
): Promise<{ row_no: string; entered_on: string | null; moved_from: string | null } | undefined> {
  const [row] = await rows(
    connection,
    `SELECT CAST(row_no AS VARCHAR) AS row_no, CAST(entered_on AS VARCHAR) AS entered_on,
            moved_from
       FROM residents
      WHERE household_id = CAST($1 AS BIGINT) AND birth_date = CAST($2 AS DATE) AND sex = $3
        AND commune_code = $4 AND status = $5 AND ethnicity_code IS NOT DISTINCT FROM $6
        AND religion_code IS NOT DISTINCT FROM $7 AND birth_province_code = $8
        AND labour_status = $9 AND sector IS NOT DISTINCT FROM $10
        AND occupation IS NOT DISTINCT FROM $11 AND eid_level = CAST($12 AS INTEGER)
        AND has_payment_account = $13 AND has_digital_signature = $14
      ORDER BY row_no LIMIT 1`,
    [
      String(f.householdId), f.birthDate, f.sex, f.communeCode, f.status, f.ethnicityCode,
      f.religionCode, f.birthProvinceCode, f.labourStatus, f.sector, f.occupation, f.eidLevel,
      f.hasPaymentAccount, f.hasDigitalSignature,
    ], // prettier-ignore
  )
  return row as { row_no: string; entered_on: string | null; moved_from: string | null } | undefined
}

const sameFacts = (a: ResidentFacts, b: ResidentFacts): boolean =>
  (Object.keys(a) as (keyof ResidentFacts)[]).every((key) => a[key] === b[key])

/** Writes the resident's row after the change, with the days the file derives from movements. */
async function writeRow(
  connection: DuckDBConnection,
  rowNo: string,
  f: ResidentFacts,
  days: { enteredOn: string | null; leftOn: string | null; movedFrom: string | null },
): Promise<void> {
  const leftOn = f.status === 'resident' ? null : days.leftOn
  const updates = RESIDENT_COLUMNS.filter((c) => c !== 'row_no').map((c) => `${c} = excluded.${c}`)
  await connection.run(
    `INSERT INTO resident_changes (${RESIDENT_COLUMNS.join(', ')})
     SELECT CAST($1 AS BIGINT), $2, b, CAST(year(b) * 10000 + month(b) * 100 + day(b) AS INTEGER),
            $3, $4, $5, $6, CAST($7 AS BIGINT), $8, $9, $10, $11, CAST($12 AS INTEGER), $13, $14,
            e, l, $17, greatest(b, coalesce(e, b)), coalesce(l, ${FOREVER})
       FROM (SELECT CAST($15 AS DATE) AS e, CAST($16 AS DATE) AS l, CAST($18 AS DATE) AS b)
     ON CONFLICT (row_no) DO UPDATE SET ${updates.join(', ')}`,
    [
      rowNo, f.communeCode, f.sex, f.ethnicityCode, f.religionCode, f.birthProvinceCode,
      String(f.householdId), f.status, f.labourStatus, f.sector, f.occupation, f.eidLevel,
      f.hasPaymentAccount, f.hasDigitalSignature, days.enteredOn, leftOn, days.movedFrom,
      f.birthDate,
    ], // prettier-ignore
  )
}

/** The resident's new row, when the change touched the resident (not a temporary stay). */
async function applyResidentChange(
  connection: DuckDBConnection,
  p: RegistryChangePayload,
  event: OutboxEvent,
): Promise<void> {
  const dates = (kinds: string[]) =>
    p.movements.filter((m) => kinds.includes(m.kind)).map((m) => m.occurredOn)
  const leaving = dates(['moved_out', 'deceased']).sort().at(-1) ?? null
  if (p.before === null) {
    const enteredOn = dates(['born', 'moved_in']).sort()[0] ?? null
    await writeRow(connection, String(-event.id), p.after, {
      enteredOn,
      leftOn: leaving,
      movedFrom: null,
    })
    return
  }
  if (sameFacts(p.before, p.after)) return
  const row = await findRow(connection, p.before)
  // Not in the copy (it changed without an event the copy follows): nothing to count it against.
  if (!row) return
  const from = p.movements.find((m) => m.kind === 'moved_in')?.otherProvinceCode ?? null
  await writeRow(connection, row.row_no, p.after, {
    enteredOn: row.entered_on,
    leftOn: leaving,
    movedFrom:
      [row.moved_from, from]
        .filter((c) => c !== null)
        .sort()
        .at(-1) ?? null,
  })
}

/**
 * Applies a registry change once, in the order of the outbox.
 * @param seenByFile whether the export's snapshot saw the event's transaction
 */
export async function applyRegistryChange(
  connection: DuckDBConnection,
  payload: RegistryChangePayload,
  event: OutboxEvent,
  seenByFile: boolean,
): Promise<void> {
  const position = [String(event.txId), String(event.id)]
  const [last] = await rows(
    connection,
    `SELECT (CAST($1 AS BIGINT), CAST($2 AS BIGINT)) <= (event_tx, event_id) AS applied
       FROM registry_applied`,
    position,
  )
  if (last?.applied === true) return
  if (!seenByFile) {
    await applyResidentChange(connection, payload, event)
    for (const m of payload.movements)
      await connection.run(
        `INSERT INTO movement_changes (${MOVEMENT_COLUMNS.join(', ')})
         VALUES ($1, CAST($2 AS DATE), $3, $4)`,
        [m.kind, m.occurredOn, m.communeCode, m.otherProvinceCode],
      )
  }
  await connection.run(
    'UPDATE registry_applied SET event_tx = CAST($1 AS BIGINT), event_id = CAST($2 AS BIGINT)',
    position,
  )
}
