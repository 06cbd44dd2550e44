import { and, asc, eq, gt, gte, inArray, lt, sql } from 'drizzle-orm'
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

/** Inserts passages; a camera event id the site already has is skipped. Returns the new rows. */
export async function insertNewPassages(db: Executor, rows: NewPassage[]): Promise<PassageRow[]> {
  if (rows.length === 0) return []
  return db
    .insert(checkpointPassages)
    .values(rows)
    .onConflictDoNothing({ target: [checkpointPassages.siteId, checkpointPassages.eventId] })
    .returning()
}

export async function setPassageFlags(
  db: Executor,
  flags: Map<PassageFlag, number[]>,
): Promise<void> {
  for (const [flag, ids] of flags)
    if (ids.length > 0)
      await db.update(checkpointPassages).set({ flag }).where(inArray(checkpointPassages.id, ids))
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
        inArray(checkpointPresence.personalNumber, personalNumbers),
      ),
    )
    .orderBy(asc(checkpointPresence.personalNumber))
    .for('update')
}

/** Rows in key order, so that concurrent batches lock them in the same order. */
export async function upsertPresence(db: Executor, rows: PresenceRow[]): Promise<void> {
  if (rows.length === 0) return
  await db
    .insert(checkpointPresence)
    .values([...rows].sort((a, b) => a.personalNumber.localeCompare(b.personalNumber)))
    .onConflictDoUpdate({
      target: [checkpointPresence.siteId, checkpointPresence.personalNumber],
      set: {
        gateId: sql`excluded.gate_id`,
        inside: sql`excluded.inside`,
        lastAt: sql`excluded.last_at`,
      },
    })
}

export async function addHourly(db: Executor, rows: HourlyRow[]): Promise<void> {
  if (rows.length === 0) return
  await db
    .insert(checkpointHourly)
    .values(rows)
    .onConflictDoUpdate({
      target: [
        checkpointHourly.siteId,
        checkpointHourly.hour,
        checkpointHourly.gateId,
        checkpointHourly.direction,
        checkpointHourly.provinceCode,
        checkpointHourly.ageGroup,
        checkpointHourly.sex,
        checkpointHourly.visitorKind,
      ],
      set: { passages: sql`${checkpointHourly.passages} + excluded.passages` },
    })
}

/** Adds the changes of the people inside per gate, in gate order (no two writers deadlock). */
export async function addOccupancy(
  db: Executor,
  siteId: string,
  changes: Map<string, number>,
): Promise<void> {
  if (changes.size === 0) return
  const rows = [...changes]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([gateId, inside]) => ({ siteId, gateId, inside }))
  await db
    .insert(checkpointOccupancy)
    .values(rows)
    .onConflictDoUpdate({
      target: [checkpointOccupancy.siteId, checkpointOccupancy.gateId],
      set: { inside: sql`${checkpointOccupancy.inside} + excluded.inside` },
    })
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
