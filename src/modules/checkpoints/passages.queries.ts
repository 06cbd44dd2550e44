import { and, asc, eq, gt, gte, lt, sql, type SQL } from 'drizzle-orm'
import { insertJsonRows } from '../../platform/db/json-rows.js'
import type { Executor } from '../../platform/db/database.js'
import {
  checkpointHourly,
  checkpointPassages,
  checkpointOccupancy,
  checkpointPresence,
  type PassageFlag,
} from './checkpoints.tables.js'

export type PassageRow = typeof checkpointPassages.$inferSelect
export type NewPassage = typeof checkpointPassages.$inferInsert
export type PresenceRow = typeof checkpointPresence.$inferSelect
export type HourlyRow = typeof checkpointHourly.$inferSelect

/** One parameter for a list, whatever its length: `= ANY(...)` rather than IN ($1, … $500). */
export const anyOf = (values: readonly unknown[], type: string): SQL =>
  sql`ANY(${sql.param(values)}::${sql.raw(type)}[])`

/**
 * Inserts passages in one statement (the rows as one JSON parameter); a camera event id the site
 * already has is skipped. Returns the new rows, in the order given.
 */
export async function insertNewPassages(db: Executor, rows: NewPassage[]): Promise<PassageRow[]> {
  const inserted = await insertJsonRows(db, {
    table: checkpointPassages,
    rows,
    onConflictDoNothing: true,
    returning: ['id', 'eventId', 'recordedAt'],
  })
  // A camera event is found by its id; a scan (no event id, never a conflict) by its turn.
  const byEvent = new Map(rows.flatMap((r) => (r.eventId ? [[r.eventId, r] as const] : [])))
  const scans = rows.filter((r) => !r.eventId)
  return inserted.map((r) => {
    const seen = r.eventId ? byEvent.get(r.eventId as string)! : scans.shift()!
    return {
      ...seen,
      id: Number(r.id),
      eventId: seen.eventId ?? null,
      flag: null,
      recordedAt: new Date(r.recordedAt as string | Date),
      recordedBy: seen.recordedBy ?? null,
    }
  })
}

/** Flags passages, one statement for all of them. */
export async function setPassageFlags(
  db: Executor,
  flags: Map<PassageFlag, number[]>,
): Promise<void> {
  const pairs = [...flags].flatMap(([flag, ids]) => ids.map((id) => [id, flag] as const))
  if (pairs.length === 0) return
  await db.execute(sql`UPDATE ${checkpointPassages} SET flag = f.flag
    FROM unnest(${sql.param(pairs.map(([id]) => id))}::bigint[],
                ${sql.param(pairs.map(([, flag]) => flag))}::text[]) AS f(id, flag)
    WHERE ${checkpointPassages.id} = f.id`)
}

/** Where these people stand at the site, locked until the transaction ends. */
export async function lockPresence(
  db: Executor,
  siteId: string,
  personalNumbers: string[],
): Promise<PresenceRow[]> {
  if (personalNumbers.length === 0) return []
  return db
    .select()
    .from(checkpointPresence)
    .where(
      and(
        eq(checkpointPresence.siteId, siteId),
        sql`${checkpointPresence.personalNumber} = ${anyOf(personalNumbers, 'char(12)')}`,
      ),
    )
    .orderBy(asc(checkpointPresence.personalNumber))
    .for('update')
}

/** Rows in key order, so that concurrent batches lock them in the same order. */
export async function upsertPresence(db: Executor, rows: PresenceRow[]): Promise<void> {
  if (rows.length === 0) return
  await insertJsonRows(db, {
    table: checkpointPresence,
    rows: [...rows].sort((a, b) => (a.personalNumber < b.personalNumber ? -1 : 1)),
    onConflict: sql`ON CONFLICT (site_id, personal_number) DO UPDATE
      SET gate_id = excluded.gate_id, inside = excluded.inside, last_at = excluded.last_at`,
  })
}

/** Adds to the hourly counts; returns the cells changed with their counts after the change. */
export async function addHourly(db: Executor, rows: HourlyRow[]): Promise<HourlyRow[]> {
  if (rows.length === 0) return []
  const cells = await insertJsonRows(db, {
    table: checkpointHourly,
    rows,
    onConflict: sql`ON CONFLICT (site_id, hour, gate_id, direction, province_code, age_group, sex,
      visitor_kind) DO UPDATE SET passages = ${checkpointHourly}.passages + excluded.passages`,
    returning: [
      'siteId',
      'hour',
      'gateId',
      'direction',
      'provinceCode',
      'ageGroup',
      'sex',
      'visitorKind',
      'passages',
    ],
  })
  return cells.map((c) => ({ ...(c as HourlyRow), hour: new Date(c.hour as string | Date) }))
}

/**
 * Adds the changes of the people inside per gate, in gate order (no two writers deadlock);
 * returns the gates changed with the people inside after the change.
 */
export async function addOccupancy(
  db: Executor,
  siteId: string,
  changes: Map<string, number>,
): Promise<{ gateId: string; inside: number }[]> {
  if (changes.size === 0) return []
  const rows = [...changes]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([gateId, inside]) => ({ siteId, gateId, inside }))
  return db
    .insert(checkpointOccupancy)
    .values(rows)
    .onConflictDoUpdate({
      target: [checkpointOccupancy.siteId, checkpointOccupancy.gateId],
      set: { inside: sql`${checkpointOccupancy.inside} + excluded.inside` },
    })
    .returning({ gateId: checkpointOccupancy.gateId, inside: checkpointOccupancy.inside })
}

/** People inside the site now, per gate of entry. */
export async function countInside(
  db: Executor,
  siteId: string,
): Promise<{ gateId: string; inside: number }[]> {
  return db
    .select({ gateId: checkpointOccupancy.gateId, inside: checkpointOccupancy.inside })
    .from(checkpointOccupancy)
    .where(and(eq(checkpointOccupancy.siteId, siteId), gt(checkpointOccupancy.inside, 0)))
}

/** Passages per hour and direction over [from, to). */
export async function countByHour(
  db: Executor,
  siteId: string,
  span: { from: Date; to: Date },
): Promise<{ hour: Date; direction: string; passages: number }[]> {
  return db
    .select({
      hour: checkpointHourly.hour,
      direction: checkpointHourly.direction,
      passages: sql<number>`sum(${checkpointHourly.passages})::int`,
    })
    .from(checkpointHourly)
    .where(
      and(
        eq(checkpointHourly.siteId, siteId),
        gte(checkpointHourly.hour, span.from),
        lt(checkpointHourly.hour, span.to),
      ),
    )
    .groupBy(checkpointHourly.hour, checkpointHourly.direction)
    .orderBy(asc(checkpointHourly.hour))
}

/** Entries over [from, to) by province of origin, age group, sex and worker or visitor. */
export async function countEntriesByGroup(
  db: Executor,
  siteId: string,
  span: { from: Date; to: Date },
): Promise<
  { provinceCode: string; ageGroup: string; sex: string; visitorKind: string; entries: number }[]
> {
  return db
    .select({
      provinceCode: checkpointHourly.provinceCode,
      ageGroup: checkpointHourly.ageGroup,
      sex: checkpointHourly.sex,
      visitorKind: checkpointHourly.visitorKind,
      entries: sql<number>`sum(${checkpointHourly.passages})::int`,
    })
    .from(checkpointHourly)
    .where(
      and(
        eq(checkpointHourly.siteId, siteId),
        eq(checkpointHourly.direction, 'entry'),
        gte(checkpointHourly.hour, span.from),
        lt(checkpointHourly.hour, span.to),
      ),
    )
    .groupBy(
      checkpointHourly.provinceCode,
      checkpointHourly.ageGroup,
      checkpointHourly.sex,
      checkpointHourly.visitorKind,
    )
}
