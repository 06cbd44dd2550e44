import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { vietnamDayEnd, vietnamDayStart } from '../deadline.js'
import { presentDeclared, type DeclaredResponse } from '../declarations/declarations.presenters.js'
import { declarerActor, declarerOf, declareStays } from '../declarations/declarations.service.js'
import type {
  DeclareContext,
  DeclaredStay,
  GuestInput,
  TypedGuest,
} from '../declarations/declarations.types.js'
import { assertDeclaringFor } from '../establishments/establishments.policy.js'
import {
  getEstablishment,
  getEstablishmentForStaff,
} from '../establishments/establishments.service.js'
import { withIdempotency, type IdempotentOutcome, type IdempotentRequest } from '../idempotency.js'
import {
  establishmentNotApproved,
  notACoachOperator,
  periodInvalid,
  tripArrivalBeforeDeparture,
  tripEnded,
  tripFull,
  tripNotFound,
  tripPlateInvalid,
  tripSeatTaken,
} from '../stays.errors.js'
import {
  countAboard,
  findPassengers,
  findSeatsHeld,
  findTrip,
  findTripsOfEstablishment,
  insertTrip,
  lockTrip,
  type Passenger,
  type Trip,
  type TripWithCount,
} from './trips.queries.js'
import { presentTrip } from './trips.presenters.js'
import type { NewTrip, TripListQuery, TripView } from './trips.schemas.js'

/**
 * A Vietnamese plate, loosely: province code, series (one or two letters, a motorbike's digit),
 * then 4-5 digits, with or without the usual dash and dot (60B-123.45, 51F-12345, 29LD-012.34).
 */
const PLATE = /^[0-9]{2}[A-Z]{1,2}[0-9]?-?[0-9]{3}\.?[0-9]{1,2}$/

/** @throws STAY_TRIP_PLATE_INVALID */
export function normalisePlate(plate: string): string {
  const compact = plate.toUpperCase().replace(/\s+/g, '')
  if (!PLATE.test(compact)) throw tripPlateInvalid()
  return compact
}

export interface NewTripRequest {
  principal: Principal
  establishmentId: string
  trip: NewTrip
  idempotency: IdempotentRequest
}

/**
 * A coach operator's staff open a trip (model 12), once per Idempotency-Key: an approved
 * establishment whose capacity is counted in seats. A retry after a lost answer gets the first
 * trip back rather than a second one on the operator's list.
 * @throws STAY_ESTABLISHMENT_NOT_FOUND, STAY_NOT_ESTABLISHMENT_STAFF, STAY_NOT_A_COACH_OPERATOR,
 *   STAY_ESTABLISHMENT_NOT_APPROVED, STAY_TRIP_PLATE_INVALID, STAY_TRIP_ARRIVAL_BEFORE_DEPARTURE,
 *   STAY_IDEMPOTENCY_KEY_REUSED
 */
export async function createTrip(
  db: Executor,
  request: NewTripRequest,
): Promise<IdempotentOutcome<TripView>> {
  const { principal, establishmentId, trip: input } = request
  const establishment = await getEstablishmentForStaff(db, principal, establishmentId)
  if (establishment.capacityUnit !== 'seat') throw notACoachOperator(establishment.typeCode)
  if (establishment.status !== 'approved') throw establishmentNotApproved(establishment.status)
  const vehiclePlate = normalisePlate(input.vehiclePlate)
  const departureAt = new Date(input.departureAt)
  const arrivalAt = new Date(input.arrivalAt)
  if (arrivalAt <= departureAt) throw tripArrivalBeforeDeparture()
  return withIdempotency(db, request.idempotency, async (tx) => {
    const trip = await insertTrip(tx, {
      establishmentId,
      route: input.route.trim(),
      vehiclePlate,
      departureAt,
      arrivalAt,
      seats: input.seats,
      createdBy: declarerOf(principal),
    })
    return { status: 201, body: presentTrip({ ...trip, passengers: 0 }) }
  })
}

/**
 * The operator's trips departing on the days from-to (Vietnam time, both included).
 * @throws STAY_ESTABLISHMENT_NOT_FOUND, STAY_NOT_ESTABLISHMENT_STAFF, STAY_PERIOD_INVALID
 */
export async function listTrips(
  db: Executor,
  principal: Principal,
  establishmentId: string,
  query: TripListQuery,
): Promise<TripWithCount[]> {
  const { from, to } = query
  if (from !== undefined && to !== undefined && from > to) throw periodInvalid(from, to)
  await getEstablishmentForStaff(db, principal, establishmentId)
  return findTripsOfEstablishment(db, establishmentId, {
    from: from === undefined ? undefined : vietnamDayStart(from),
    to: to === undefined ? undefined : vietnamDayEnd(to),
    limit: query.limit ?? 100,
  })
}

/**
 * A trip, for the staff of its operator only.
 * @throws STAY_TRIP_NOT_FOUND, STAY_NOT_ESTABLISHMENT_STAFF
 */
async function getTripForStaff(db: Executor, principal: Principal, id: string): Promise<Trip> {
  const trip = await findTrip(db, id)
  if (!trip) throw tripNotFound(id)
  assertDeclaringFor(principal, trip.establishmentId)
  return trip
}

/**
 * Seats for these passengers, under the trip's lock: enough of them free, and each seat named
 * held by nobody aboard nor twice in the group.
 * @throws STAY_TRIP_FULL, STAY_TRIP_SEAT_TAKEN
 */
async function assertSeatsFree(tx: Executor, trip: Trip, guests: GuestInput[]): Promise<void> {
  const taken = await countAboard(tx, trip.id)
  if (taken + guests.length > trip.seats) throw tripFull(trip.seats, taken)
  const named = guests.map((g) => g.room)
  const held = new Set(
    await findSeatsHeld(
      tx,
      trip.id,
      named.filter((s) => s !== undefined),
    ),
  )
  for (const [index, seat] of named.entries()) {
    if (seat === undefined) continue
    if (held.has(seat)) throw tripSeatTaken(index, seat)
    held.add(seat)
  }
}

export interface BoardingRequest {
  principal: Principal
  tripId: string
  guests: GuestInput[]
  idempotency: IdempotentRequest
  identity: DeclareContext['identity']
}

/**
 * Declares passengers as they board, once per Idempotency-Key: each stay starts at boarding and
 * is expected to end at the trip's arrival; the seat is the declaration's room.
 * @throws STAY_TRIP_NOT_FOUND, STAY_NOT_ESTABLISHMENT_STAFF, STAY_TRIP_ENDED, STAY_TRIP_FULL,
 *   STAY_TRIP_SEAT_TAKEN, STAY_IDEMPOTENCY_KEY_REUSED, and declareStays's codes
 */
export async function boardPassengers(
  db: Executor,
  request: BoardingRequest,
): Promise<IdempotentOutcome<DeclaredResponse>> {
  const { principal, guests, identity } = request
  const trip = await getTripForStaff(db, principal, request.tripId)
  const establishment = await getEstablishment(db, trip.establishmentId)
  return withIdempotency(db, request.idempotency, async (tx) => {
    const now = new Date()
    const locked = (await lockTrip(tx, trip.id))!
    if (locked.arrivalAt <= now) throw tripEnded(trip.id)
    await assertSeatsFree(tx, locked, guests)
    const ctx = { establishment, declarer: declarerActor(principal), now, identity }
    const declared = await declareStays(tx, ctx, {
      arrivalAt: now.toISOString(),
      expectedDepartureAt: locked.arrivalAt.toISOString(),
      tripId: trip.id,
      guests,
    })
    return { status: 201, body: presentDeclared(declared, establishment) }
  })
}

/**
 * The trip and everyone declared on it, for the operator's staff.
 * @throws STAY_TRIP_NOT_FOUND, STAY_NOT_ESTABLISHMENT_STAFF
 */
export async function getManifest(
  db: Executor,
  principal: Principal,
  tripId: string,
): Promise<{ trip: TripWithCount; passengers: Passenger[] }> {
  const trip = await getTripForStaff(db, principal, tripId)
  const passengers = await findPassengers(db, trip.id)
  return { trip: { ...trip, passengers: passengers.length }, passengers }
}

/**
 * A trip for its operator's staff, locked until the caller's transaction ends: tickets issued for
 * it (checkpoints module) are counted against its seats under this lock.
 * @throws STAY_TRIP_NOT_FOUND, STAY_NOT_ESTABLISHMENT_STAFF
 */
export async function lockTripForStaff(
  tx: Executor,
  principal: Principal,
  tripId: string,
): Promise<Trip> {
  const trip = await lockTrip(tx, tripId)
  if (!trip) throw tripNotFound(tripId)
  assertDeclaringFor(principal, trip.establishmentId)
  return trip
}

/**
 * Declares on the trip's manifest, in the caller's transaction, a passenger whose identity the
 * caller has just checked (a ticket at boarding): the stay starts now and ends at arrival.
 * @throws STAY_TRIP_NOT_FOUND, STAY_NOT_ESTABLISHMENT_STAFF, STAY_TRIP_ENDED, and declareStays's
 */
export async function declareCheckedPassenger(
  tx: Executor,
  request: {
    principal: Principal
    tripId: string
    passenger: TypedGuest
    identity: DeclareContext['identity']
    now: Date
  },
): Promise<DeclaredStay> {
  const trip = await lockTripForStaff(tx, request.principal, request.tripId)
  if (trip.arrivalAt <= request.now) throw tripEnded(trip.id)
  const establishment = await getEstablishment(tx, trip.establishmentId)
  const ctx = {
    establishment,
    declarer: declarerActor(request.principal),
    now: request.now,
    identity: request.identity,
  }
  const [stay] = await declareStays(tx, ctx, {
    arrivalAt: request.now.toISOString(),
    expectedDepartureAt: trip.arrivalAt.toISOString(),
    tripId: trip.id,
    guests: [request.passenger],
  })
  return stay!
}
