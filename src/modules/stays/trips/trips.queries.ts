import { and, asc, count, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { declarations } from '../stays.tables.js'
import { trips } from './trips.tables.js'

export type Trip = typeof trips.$inferSelect
export type NewTrip = typeof trips.$inferInsert
export type TripWithCount = Trip & { passengers: number }

export async function insertTrip(db: Executor, row: NewTrip): Promise<Trip> {
  const [trip] = await db.insert(trips).values(row).returning()
  return trip!
}

export async function findTrip(db: Executor, id: string): Promise<Trip | undefined> {
  const [trip] = await db.select().from(trips).where(eq(trips.id, id))
  return trip
}

/** The trip, locked until the transaction ends, so that two boardings cannot oversell seats. */
export async function lockTrip(tx: Executor, id: string): Promise<Trip | undefined> {
  const [trip] = await tx.select().from(trips).where(eq(trips.id, id)).for('update')
  return trip
}

const passengerCount = sql<number>`(
  SELECT count(*)::int FROM ${declarations} WHERE ${declarations.tripId} = ${trips.id}
)`

/** An operator's trips departing in [from, to), latest departure first, with passenger counts. */
export async function findTripsOfEstablishment(
  db: Executor,
  establishmentId: string,
  window: { from: Date | undefined; to: Date | undefined; limit: number },
): Promise<TripWithCount[]> {
  return db
    .select({ ...tripColumns, passengers: passengerCount })
    .from(trips)
    .where(
      and(
        eq(trips.establishmentId, establishmentId),
        window.from && gte(trips.departureAt, window.from),
        window.to && lt(trips.departureAt, window.to),
      ),
    )
    .orderBy(desc(trips.departureAt), desc(trips.id))
    .limit(window.limit)
}

const tripColumns = {
  id: trips.id,
  establishmentId: trips.establishmentId,
  route: trips.route,
  vehiclePlate: trips.vehiclePlate,
  departureAt: trips.departureAt,
  arrivalAt: trips.arrivalAt,
  seats: trips.seats,
  createdBy: trips.createdBy,
  createdAt: trips.createdAt,
}

/** Passengers still aboard (not checked out): they hold a seat. */
const aboard = (tripId: string) =>
  and(eq(declarations.tripId, tripId), isNull(declarations.departedAt))

export async function countAboard(tx: Executor, tripId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(declarations).where(aboard(tripId))
  return row?.n ?? 0
}

/** Which of these seats a passenger aboard already holds. */
export async function findSeatsHeld(
  tx: Executor,
  tripId: string,
  seats: string[],
): Promise<string[]> {
  if (seats.length === 0) return []
  const rows = await tx
    .select({ seat: declarations.room })
    .from(declarations)
    .where(and(aboard(tripId), inArray(declarations.room, seats)))
  return rows.flatMap((r) => (r.seat ? [r.seat] : []))
}

/** The manifest: every passenger declared on the trip, by seat then by boarding. */
export async function findPassengers(db: Executor, tripId: string) {
  return db
    .select({
      declarationId: declarations.id,
      seat: declarations.room,
      guestKind: declarations.guestKind,
      fullName: declarations.fullName,
      birthDate: declarations.birthDate,
      sex: declarations.sex,
      nationality: declarations.nationality,
      personalNumber: declarations.personalNumber,
      passportNumber: declarations.passportNumber,
      boardedAt: declarations.arrivalAt,
      declaredAt: declarations.declaredAt,
      departedAt: declarations.departedAt,
      late: declarations.late,
      flags: declarations.flags,
    })
    .from(declarations)
    .where(eq(declarations.tripId, tripId))
    .orderBy(
      // Seats numbered 1, 2, … 10 read in order: shorter labels first.
      sql`length(${declarations.room})`,
      asc(declarations.room),
      asc(declarations.declaredAt),
    )
}
export type Passenger = Awaited<ReturnType<typeof findPassengers>>[number]
