import { asc, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { checkpointSites, checkpointTickets, checkpointTrainTrips } from './checkpoints.tables.js'

export type TrainTripRow = typeof checkpointTrainTrips.$inferSelect

const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id)

export async function insertTrainTrip(
  db: Executor,
  trip: typeof checkpointTrainTrips.$inferInsert,
): Promise<TrainTripRow> {
  const [row] = await db.insert(checkpointTrainTrips).values(trip).returning()
  return row!
}

/** The trip, locked until the transaction ends when `lock` (its tickets are counted under it). */
export async function findTrainTrip(
  db: Executor,
  id: string,
  lock = false,
): Promise<TrainTripRow | undefined> {
  if (!isUuid(id)) return undefined
  const query = db.select().from(checkpointTrainTrips).where(eq(checkpointTrainTrips.id, id))
  const [row] = lock ? await query.for('update') : await query
  return row
}

/** A trip's tickets sold and of them boarded. */
export interface TicketCounts {
  sold: number
  boarded: number
}

/** Tickets sold and boarded on each of the trips. */
export async function countTicketsOf(
  db: Executor,
  tripIds: string[],
): Promise<Map<string, TicketCounts>> {
  if (tripIds.length === 0) return new Map()
  const rows = await db
    .select({
      tripId: checkpointTickets.tripId,
      sold: sql<number>`count(*)::int`,
      boarded: sql<number>`(count(*) FILTER (WHERE ${checkpointTickets.boardedAt} IS NOT NULL))::int`,
    })
    .from(checkpointTickets)
    .where(inArray(checkpointTickets.tripId, tripIds))
    .groupBy(checkpointTickets.tripId)
  return new Map(rows.map((r) => [r.tripId, { sold: r.sold, boarded: r.boarded }]))
}

/** The operators' train trips, latest departure first. */
export function listTrainTripsOf(
  db: Executor,
  operatorIds: string[],
  limit: number,
): Promise<TrainTripRow[]> {
  if (operatorIds.length === 0) return Promise.resolve([])
  return db
    .select()
    .from(checkpointTrainTrips)
    .where(inArray(checkpointTrainTrips.operatorId, operatorIds))
    .orderBy(desc(checkpointTrainTrips.departureAt), asc(checkpointTrainTrips.id))
    .limit(limit)
}

/** Every railway station, by name: where a train may leave from or go to. */
export function listStations(
  db: Executor,
): Promise<{ id: string; operatorId: string; name: string; communeCode: string }[]> {
  return db
    .select({
      id: checkpointSites.id,
      operatorId: checkpointSites.operatorId,
      name: checkpointSites.name,
      communeCode: checkpointSites.communeCode,
    })
    .from(checkpointSites)
    .where(eq(checkpointSites.kind, 'railwayStation'))
    .orderBy(asc(checkpointSites.name), asc(checkpointSites.id))
}
