import { eq } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { checkpointTrainTrips } from './checkpoints.tables.js'

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
