import { randomUUID } from 'node:crypto'
import type { Principal } from '../../platform/auth/principal.js'
import type { Executor } from '../../platform/db/database.js'
import { recordEvent } from '../../platform/events/outbox.js'
import { vietnamDate } from '../../platform/time/vietnam.js'
import { deadlineUnder } from './deadline.js'
import {
  insertDeclarations,
  readDeclaringChecks,
  type DeclarationRecord,
  type NewDeclaration,
  type OpenStay,
} from './declarations.queries.js'
import { presentDeclared, type DeclaredResponse } from './declarations.presenters.js'
import type {
  DeclareContext,
  DeclaredStay,
  DeclareInput,
  GuestInput,
} from './declarations.types.js'
import { getEstablishmentForStaff } from './establishments.service.js'
import { lockEstablishment } from './establishments.queries.js'
import { identifyGuest, type IdentifiedGuest } from './guests.identify.js'
import { withIdempotency, type IdempotentOutcome, type IdempotentRequest } from './idempotency.js'
import {
  alreadyCheckedIn,
  arrivalInFuture,
  companionInvalid,
  departureBeforeArrival,
  establishmentFull,
  establishmentNotApproved,
  establishmentNotFound,
  guestRepeated,
} from './stays.errors.js'
import { raiseWatchListAlerts } from './watch-list.alerts.js'

/** A receptionist's clock may run a little ahead of ours; an arrival further ahead is a mistake. */
export const ARRIVAL_TOLERANCE_MS = 5 * 60_000
/**
 * Under this age a guest is a child (Luật Trẻ em 2016, Điều 1: "Trẻ em là người dưới 16 tuổi"):
 * the police are told when one stays without an accompanying adult. The Law on Residence sets no
 * age of its own for this.
 */
export const CHILD_AGE = 16
/** From this age a guest may accompany a child (Bộ luật Dân sự 2015, Điều 20: adulthood). */
export const ADULT_AGE = 18

type StayEventType = 'stays.declared' | 'stays.checked_out' | 'stays.extended' | 'stays.corrected'

/**
 * The event of a stay for the analytics module and the police's live view: facts, no names and
 * no personal or passport numbers.
 */
export async function recordStayEvent(
  tx: Executor,
  eventType: StayEventType,
  stay: DeclarationRecord,
  establishmentTypeCode: string,
): Promise<void> {
  await recordEvent(tx, {
    aggregateType: 'stay',
    aggregateId: stay.id,
    eventType,
    payload: {
      declarationId: stay.id,
      establishmentId: stay.establishmentId,
      establishmentTypeCode,
      communeCode: stay.communeCode,
      provinceCode: stay.provinceCode,
      guestKind: stay.guestKind,
      nationality: stay.nationality,
      birthYear: Number(stay.birthDate.slice(0, 4)),
      sex: stay.sex,
      arrivalAt: stay.arrivalAt.toISOString(),
      expectedDepartureAt: stay.expectedDepartureAt?.toISOString() ?? null,
      departedAt: stay.departedAt?.toISOString() ?? null,
      late: stay.late,
      tripId: stay.tripId,
    },
  })
}

/** Whole years from a birth date to a day, both 'YYYY-MM-DD'. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years
}

/** @throws STAY_ARRIVAL_IN_FUTURE, STAY_DEPARTURE_BEFORE_ARRIVAL */
function readTimes(input: DeclareInput, now: Date) {
  const arrivalAt = new Date(input.arrivalAt)
  if (arrivalAt.getTime() > now.getTime() + ARRIVAL_TOLERANCE_MS) throw arrivalInFuture()
  const expectedDepartureAt =
    input.expectedDepartureAt === undefined ? null : new Date(input.expectedDepartureAt)
  if (expectedDepartureAt && expectedDepartureAt <= arrivalAt)
    throw departureBeforeArrival('expectedDepartureAt')
  return { arrivalAt, expectedDepartureAt }
}

const personKey = (g: Pick<IdentifiedGuest, 'personalNumber' | 'nationality' | 'passportNumber'>) =>
  g.personalNumber ?? `${g.nationality}:${g.passportNumber}`

/** @throws STAY_GUEST_REPEATED naming the second mention of a person */
function assertEachOnce(guests: IdentifiedGuest[]): void {
  const seen = new Set<string>()
  for (const [index, guest] of guests.entries()) {
    const key = personKey(guest)
    if (seen.has(key)) throw guestRepeated(index)
    seen.add(key)
  }
}

/**
 * The flags of each guest's companionship: a child with no accompanying adult is declared, and
 * flagged for the police.
 * @throws STAY_COMPANION_INVALID when `accompaniedBy` names no other adult guest of the group
 */
function companionFlags(input: GuestInput[], guests: IdentifiedGuest[], day: string): string[][] {
  return input.map(({ accompaniedBy }, index) => {
    if (accompaniedBy !== undefined) {
      const companion = accompaniedBy === index ? undefined : guests[accompaniedBy]
      if (!companion || ageOn(companion.birthDate, day) < ADULT_AGE) throw companionInvalid(index)
      return []
    }
    return ageOn(guests[index]!.birthDate, day) < CHILD_AGE ? ['minor_unaccompanied'] : []
  })
}

const personKeysOf = (guests: IdentifiedGuest[]) => ({
  personalNumbers: guests.flatMap((g) => (g.personalNumber ? [g.personalNumber] : [])),
  passports: guests.flatMap((g) =>
    g.passportNumber ? [{ nationality: g.nationality, passportNumber: g.passportNumber }] : [],
  ),
})

/**
 * Refuses a guest already staying here (or on this trip) without a check-out; flags one with an
 * open stay at another place, since people do move on without checking out.
 * @throws STAY_ALREADY_CHECKED_IN
 */
function openStayFlags(
  guests: IdentifiedGuest[],
  open: OpenStay[],
  place: { establishmentId: string; tripId: string | null },
): string[][] {
  return guests.map((guest, index) => {
    const theirs = open.filter((stay) => personKey(stay) === personKey(guest))
    const isHere = (stay: OpenStay) =>
      stay.establishmentId === place.establishmentId && stay.tripId === place.tripId
    if (theirs.some(isHere)) throw alreadyCheckedIn(index)
    const isElsewhere = theirs.some(
      (stay) => stay.tripId === null && stay.establishmentId !== place.establishmentId,
    )
    return isElsewhere ? ['open_stay_elsewhere'] : []
  })
}

/**
 * Declares one guest or a group arriving together, in the caller's transaction: each guest
 * identified (an identity QR consumed), checked against the place's capacity (not for a coach
 * trip, whose seats the caller checks) and against open stays, written with its deadline, its
 * event and any watch-list alert. The establishment's row stays locked until the transaction
 * ends, so that concurrent declarations of one place cannot overfill it or declare a guest twice.
 * @returns the declarations, in the order of `input.guests`
 * @throws STAY_ESTABLISHMENT_NOT_APPROVED, STAY_ESTABLISHMENT_FULL, STAY_ALREADY_CHECKED_IN,
 *   STAY_ARRIVAL_IN_FUTURE, STAY_DEPARTURE_BEFORE_ARRIVAL, STAY_GUEST_REPEATED,
 *   STAY_COMPANION_INVALID, and identifyGuest's codes; one about a guest names its index in
 *   `details.guest`
 */
export async function declareStays(
  tx: Executor,
  ctx: DeclareContext,
  input: DeclareInput,
): Promise<DeclaredStay[]> {
  const { arrivalAt, expectedDepartureAt } = readTimes(input, ctx.now)
  const establishment = await lockEstablishment(tx, ctx.establishment.id)
  if (!establishment) throw establishmentNotFound(ctx.establishment.id)
  if (establishment.status !== 'approved') throw establishmentNotApproved(establishment.status)
  const arrivalDay = vietnamDate(arrivalAt)
  const guests: IdentifiedGuest[] = []
  for (const [index, guest] of input.guests.entries())
    guests.push(await identifyGuest(tx, guest, { ctx, guest: index, arrivalDay }))
  assertEachOnce(guests)
  const companions = companionFlags(input.guests, guests, arrivalDay)
  const tripId = input.tripId ?? null
  const checks = await readDeclaringChecks(tx, {
    establishmentId: establishment.id,
    people: personKeysOf(guests),
    arrivalDay,
  })
  if (tripId === null && checks.occupied + guests.length > establishment.capacity)
    throw establishmentFull(establishment.capacity, checks.occupied)
  const place = { establishmentId: establishment.id, tripId }
  const elsewhere = openStayFlags(guests, checks.openStays, place)
  const deadlineAt = deadlineUnder(checks.rule, arrivalAt)
  const ids = guests.map(() => randomUUID())
  const groupId = guests.length > 1 ? randomUUID() : null
  const rows: NewDeclaration[] = guests.map(({ flags, method, ...guest }, index) => {
    const companion = input.guests[index]!.accompaniedBy
    return {
      ...guest,
      id: ids[index],
      establishmentId: establishment.id,
      communeCode: establishment.communeCode,
      provinceCode: establishment.provinceCode,
      room: input.guests[index]!.room ?? null,
      arrivalAt,
      expectedDepartureAt,
      declaredAt: ctx.now,
      deadlineAt,
      late: ctx.now > deadlineAt,
      method: input.method ?? method,
      groupId,
      accompaniedBy: companion === undefined ? null : ids[companion],
      tripId,
      flags: [...flags, ...companions[index]!, ...elsewhere[index]!],
      declaredBy: ctx.declaredBy,
    }
  })
  const declared = await insertDeclarations(tx, rows)
  for (const stay of declared)
    await recordStayEvent(tx, 'stays.declared', stay, establishment.typeCode)
  await raiseWatchListAlerts(tx, declared)
  return declared
}

export interface DeclareRequest {
  principal: Principal
  establishmentId: string
  input: DeclareInput
  idempotency: IdempotentRequest
  identity: DeclareContext['identity']
}

/** Who declares: the establishment's machine client, else the staff member's account. */
export const declarerOf = (principal: Principal): string =>
  principal.clientId ?? principal.accountId

/**
 * An establishment's staff (or its own software) declares guests, once per Idempotency-Key.
 * @throws STAY_ESTABLISHMENT_NOT_FOUND, STAY_NOT_ESTABLISHMENT_STAFF, STAY_IDEMPOTENCY_KEY_REUSED,
 *   and declareStays's codes
 */
export async function declareGuests(
  db: Executor,
  request: DeclareRequest,
): Promise<IdempotentOutcome<DeclaredResponse>> {
  const { principal, establishmentId, input, idempotency, identity } = request
  const establishment = await getEstablishmentForStaff(db, principal, establishmentId)
  return withIdempotency(db, idempotency, async (tx) => {
    const ctx = { establishment, declaredBy: declarerOf(principal), now: new Date(), identity }
    return { status: 201, body: presentDeclared(await declareStays(tx, ctx, input), establishment) }
  })
}
