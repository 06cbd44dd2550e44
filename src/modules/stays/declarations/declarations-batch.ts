import { randomUUID } from 'node:crypto'
import type { Executor } from '../../../platform/db/database.js'
import { insertJsonRowsTogether } from '../../../platform/db/json-rows.js'
import { eventsInsert } from '../../../platform/events/outbox.js'
import { AppError } from '../../../platform/http/errors.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { consumeIdentityTokens, releaseIdentityTokens } from '../../identity/index.js'
import { ACTING_ESTABLISHMENT, recordAudits, type AuditActor } from '../../audit/index.js'
import { getResidentsByNumbers } from '../../population/index.js'
import { deadlineUnder } from '../deadline.js'
import {
  declarationsInsert,
  readDeclaringChecks,
  type DeclaringChecks,
  type DeclarationRecord,
  type OpenStay,
} from './declarations.queries.js'
import { stayEventOf } from './declarations.events.js'
import type {
  DeclareContext,
  DeclaredStay,
  DeclareInput,
  Establishment,
  GuestInput,
} from './declarations.types.js'
import type { EstablishmentRow } from '../establishments/establishments.queries.js'
import { lockEstablishments } from '../establishments/establishments.queries.js'
import {
  completeGuest,
  readGuest,
  type IdentifiedGuest,
  type ReadGuest,
} from './guests-identify.js'
import {
  alreadyCheckedIn,
  arrivalInFuture,
  companionInvalid,
  departureBeforeArrival,
  establishmentFull,
  establishmentNotApproved,
  establishmentNotFound,
  guestRepeated,
  qrReplayed,
} from '../stays.errors.js'
import { raiseWatchListAlerts } from '../watch-list/watch-list-alerts.js'

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

/** One declaration of a batch: a guest or a group, at one establishment. */
export interface Declaring {
  establishmentId: string
  declarer: AuditActor
  now: Date
  identity: DeclareContext['identity']
  input: DeclareInput
}

export type DeclaringResult =
  { ok: true; stays: DeclaredStay[]; establishment: Establishment } | { ok: false; error: AppError }

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

/**
 * Refuses a guest already staying here (or on this trip) without a check-out; flags one with an
 * open stay at another place, since people do move on without checking out.
 * @throws STAY_ALREADY_CHECKED_IN
 */
function openStayFlags(
  guests: IdentifiedGuest[],
  open: readonly OpenStay[],
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

/** The rule in force on a Vietnam calendar day: the latest valid from that day or before. */
const ruleOn = (rules: DeclaringChecks['rules'], day: string) =>
  rules.find((rule) => rule.validFrom <= day)

/** A declaration whose documents are read and whose establishment is locked and approved. */
interface Read {
  index: number
  item: Declaring
  establishment: EstablishmentRow
  times: ReturnType<typeof readTimes>
  arrivalDay: string
  read: ReadGuest[]
  guests: IdentifiedGuest[]
}

/**
 * What is shared by a batch while its declarations are checked one after another, in order: a
 * place's occupancy and the open stays grow with each declaration accepted before.
 */
interface Ledger {
  occupied: Map<string, number>
  openStays: OpenStay[]
  rules: DeclaringChecks['rules']
}

/** The rows of one declaration, checked against the ledger, which it then joins. */
function rowsOf(declaration: Read, ledger: Ledger): DeclarationRecord[] {
  const { item, establishment, times, arrivalDay, guests } = declaration
  const { input } = item
  assertEachOnce(guests)
  const companions = companionFlags(input.guests, guests, arrivalDay)
  const tripId = input.tripId ?? null
  const occupied = ledger.occupied.get(establishment.id) ?? 0
  if (tripId === null && occupied + guests.length > establishment.capacity)
    throw establishmentFull(establishment.capacity, occupied)
  const place = { establishmentId: establishment.id, tripId }
  const elsewhere = openStayFlags(guests, ledger.openStays, place)
  const deadlineAt = deadlineUnder(ruleOn(ledger.rules, arrivalDay), times.arrivalAt)
  const ids = guests.map(() => randomUUID())
  const groupId = guests.length > 1 ? randomUUID() : null
  const rows = guests.map(({ flags, method, ...guest }, index): DeclarationRecord => {
    const companion = input.guests[index]!.accompaniedBy
    return {
      ...guest,
      id: ids[index]!,
      establishmentId: establishment.id,
      communeCode: establishment.communeCode,
      provinceCode: establishment.provinceCode,
      room: input.guests[index]!.room ?? null,
      arrivalAt: times.arrivalAt,
      expectedDepartureAt: times.expectedDepartureAt,
      departedAt: null,
      declaredAt: item.now,
      deadlineAt,
      late: item.now > deadlineAt,
      method: input.method ?? method,
      groupId,
      accompaniedBy: companion === undefined ? null : ids[companion]!,
      tripId,
      flags: [...flags, ...companions[index]!, ...elsewhere[index]!],
      declaredBy: item.declarer.clientId ?? item.declarer.accountId,
      revision: 1,
    }
  })
  if (tripId === null) ledger.occupied.set(establishment.id, occupied + guests.length)
  for (const guest of guests) ledger.openStays.push({ ...place, ...guest })
  return rows
}

/**
 * A declaration shows the establishment each guest's registry entry (name, birth date, whether
 * alive) and hands their stay to the police: each citizen sees it in "who viewed my data". The
 * entries commit with the declaration, so a refused one leaves none.
 */
const declaredEntries = (declaration: Read, rows: DeclarationRecord[]) =>
  rows.flatMap((row) =>
    row.personalNumber === null
      ? []
      : [
          {
            actor: declaration.item.declarer,
            subjectPersonalNumber: row.personalNumber,
            action: 'stays.guest.declare',
            purpose: 'residence_management',
            summary: {
              declarationId: row.id,
              method: row.method,
              [ACTING_ESTABLISHMENT]: declaration.establishment.id,
            },
            sourceIp: null,
          },
        ],
  )

/** Runs `step`, turning a refusal (an AppError) into that declaration's result. */
function settle<T>(results: DeclaringResult[], index: number, step: () => T): T | undefined {
  try {
    return step()
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    results[index] = { ok: false, error }
    return undefined
  }
}

/** Reads each declaration's times and documents, offline. */
function readAll(items: Declaring[], results: DeclaringResult[]) {
  return items.flatMap((item, index) => {
    const read = settle(results, index, () => {
      const times = readTimes(item.input, item.now)
      const arrivalDay = vietnamDate(times.arrivalAt)
      const ctx = { now: item.now, identity: item.identity }
      const read = item.input.guests.map((guest, g) =>
        readGuest(guest, { ctx, guest: g, arrivalDay }),
      )
      return { times, arrivalDay, read }
    })
    return read ? [{ index, item, ...read }] : []
  })
}

/** Pairs each declaration with its establishment, locked; refuses one not there or not approved. */
async function lockTheirEstablishments(
  tx: Executor,
  declarations: ReturnType<typeof readAll>,
  results: DeclaringResult[],
) {
  const ids = [...new Set(declarations.map((d) => d.item.establishmentId))].sort()
  const locked = new Map((await lockEstablishments(tx, ids)).map((e) => [e.id, e]))
  return declarations.flatMap((declaration) => {
    const establishment = settle(results, declaration.index, () => {
      const found = locked.get(declaration.item.establishmentId)
      if (!found) throw establishmentNotFound(declaration.item.establishmentId)
      if (found.status !== 'approved') throw establishmentNotApproved(found.status)
      return found
    })
    return establishment ? [{ ...declaration, establishment }] : []
  })
}

/** Identifies every guest against the registry, in one query for the whole batch. */
async function identifyAll(
  tx: Executor,
  declarations: Awaited<ReturnType<typeof lockTheirEstablishments>>,
  results: DeclaringResult[],
): Promise<Read[]> {
  const numbers = declarations.flatMap((d) =>
    d.read.flatMap((r) => ('pending' in r ? [r.pending.personalNumber] : [])),
  )
  const residents = await getResidentsByNumbers(tx, numbers)
  return declarations.flatMap((declaration) => {
    const guests = settle(results, declaration.index, () =>
      declaration.read.map((read, g) => completeGuest(read, residents, g)),
    )
    return guests ? [{ ...declaration, guests }] : []
  })
}

const tokensOf = (declaration: Read) =>
  declaration.read.flatMap((read, guest) =>
    'pending' in read && read.pending.token ? [{ guest, claims: read.pending.token }] : [],
  )

/**
 * Consumes every identity QR of the batch in one statement. A declaration with a QR used before
 * (or earlier in this batch) is refused, and the QRs it consumed are given back.
 */
async function consumeQrs(
  tx: Executor,
  declarations: Read[],
  results: DeclaringResult[],
): Promise<Read[]> {
  const uses = declarations.flatMap((d) =>
    tokensOf(d).map((t) => ({ claims: t.claims, verifier: d.establishment.id })),
  )
  if (uses.length === 0) return declarations
  const firstUses = await consumeIdentityTokens(tx, uses)
  const released: string[] = []
  const kept = declarations.filter((declaration) => {
    const tokens = tokensOf(declaration)
    const replayed = tokens.find((t) => !firstUses.has(t.claims.jti))
    for (const t of tokens) firstUses.delete(t.claims.jti)
    if (!replayed) return true
    results[declaration.index] = { ok: false, error: qrReplayed(replayed.guest) }
    released.push(...tokens.filter((t) => t !== replayed).map((t) => t.claims.jti))
    return false
  })
  // Only this batch's own first uses: a replayed QR's row belongs to its first declaration.
  await releaseIdentityTokens(tx, released)
  return kept
}

/**
 * Declares a batch of guests or groups in the caller's transaction, one statement per step for
 * the whole batch: establishments locked (in id order, until the transaction ends, so that
 * concurrent declarations of one place cannot overfill it or declare a guest twice), guests
 * identified against the registry, QRs consumed, capacity and open stays checked (each
 * declaration after those before it in the batch), then the declarations, their events and any
 * watch-list alerts written. A refused declaration writes nothing; the others go on.
 * @returns per declaration, its stays in the order of its guests, or the refusal: the codes of
 *   declareStays
 * @throws what the database throws: then the caller's transaction is lost, for every declaration
 */
export async function declareMany(tx: Executor, items: Declaring[]): Promise<DeclaringResult[]> {
  const results: DeclaringResult[] = []
  const locked = await lockTheirEstablishments(tx, readAll(items, results), results)
  const identified = await identifyAll(tx, locked, results)
  const consumed = await consumeQrs(tx, identified, results)
  if (consumed.length === 0) return results
  const checks = await readDeclaringChecks(tx, {
    establishmentIds: [...new Set(consumed.map((d) => d.establishment.id))],
    people: {
      personalNumbers: consumed.flatMap((d) => d.guests.flatMap((g) => g.personalNumber ?? [])),
      passports: consumed.flatMap((d) =>
        d.guests.flatMap((g) =>
          g.passportNumber
            ? [{ nationality: g.nationality, passportNumber: g.passportNumber }]
            : [],
        ),
      ),
    },
    listed: consumed.flatMap((d) => d.guests),
  })
  const ledger: Ledger = { ...checks, openStays: [...checks.openStays] }
  const accepted = consumed.flatMap((declaration) => {
    const rows = settle(results, declaration.index, () => rowsOf(declaration, ledger))
    return rows ? [{ declaration, rows }] : []
  })
  const refusedLate = consumed.filter((d) => results[d.index] !== undefined)
  await releaseIdentityTokens(
    tx,
    refusedLate.flatMap((d) => tokensOf(d).map((t) => t.claims.jti)),
  )
  if (accepted.length === 0) return results
  const written = accepted.flatMap((a) => a.rows)
  const events = accepted.flatMap(({ declaration, rows }) =>
    rows.map((row) => stayEventOf('stays.declared', row, declaration.establishment.typeCode)),
  )
  await insertJsonRowsTogether(tx, [declarationsInsert(written), eventsInsert(events)])
  await recordAudits(
    tx,
    accepted.flatMap(({ declaration, rows }) => declaredEntries(declaration, rows)),
  )
  await raiseWatchListAlerts(tx, written, checks.watchEntries)
  for (const { declaration, rows } of accepted)
    results[declaration.index] = { ok: true, stays: rows, establishment: declaration.establishment }
  return results
}
