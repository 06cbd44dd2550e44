import type { Principal } from '../../platform/auth/principal.js'
import type { Permission } from '../../platform/auth/roles.js'
import type { Executor } from '../../platform/db/database.js'
import { ACTING_ESTABLISHMENT, auditActor, recordAudit } from '../audit/index.js'
import { declareCheckedPassenger, lockTripForStaff } from '../stays/index.js'
import {
  readPresentedCode,
  type IdentityKeys,
  type PresentedIdentity,
} from '../verification/index.js'
import { checkpointsErrors } from './checkpoints.errors.js'
import type { TripKind } from './checkpoints.tables.js'
import { demographyOf } from './passage-rules.js'
import {
  countTickets,
  findHolders,
  findOtherTicket,
  insertTickets,
  lockTicket,
  markBoarded,
  type TicketRow,
} from './tickets.queries.js'
import { lockTrainTripFor } from './train-trips.service.js'

/** What the ticket code path needs of a trip, whoever keeps it. */
export interface TicketedTrip {
  id: string
  /** The coach operator (a stays establishment) or the railway operator that runs it. */
  operatorId: string
  seats: number
}

/** A kind of trip: how to lock one for a caller, and what boarding it does besides the ticket. */
interface TripLine<T extends TicketedTrip, B> {
  kind: TripKind
  /** The trip, locked until the transaction ends, if the caller acts for its operator. */
  lock: (tx: Executor, principal: Principal, tripId: string, permission: Permission) => Promise<T>
  onBoard: (
    tx: Executor,
    checker: { principal: Principal; ip: string; identity: IdentityKeys; now: Date },
    trip: T,
    presented: PresentedIdentity,
  ) => Promise<B>
}

/** Coach trips are the stays module's: boarding declares the passenger on its manifest. */
const coachLine: TripLine<TicketedTrip, { declarationId: string }> = {
  kind: 'coach',
  lock: async (tx, principal, tripId) => {
    const trip = await lockTripForStaff(tx, principal, tripId)
    return { id: trip.id, operatorId: trip.establishmentId, seats: trip.seats }
  },
  onBoard: async (tx, checker, trip, { personalNumber, fullName, birthDate }) => {
    const stay = await declareCheckedPassenger(tx, {
      principal: checker.principal,
      tripId: trip.id,
      passenger: { personalNumber, fullName, birthDate },
      identity: checker.identity,
      now: checker.now,
    })
    return { declarationId: stay.id }
  },
}

/** Train trips are kept here: boarding at the departure station is in the person's access log. */
const trainLine: TripLine<TicketedTrip & { fromSiteId: string }, { stationId: string }> = {
  kind: 'train',
  lock: (tx, principal, tripId, permission) => lockTrainTripFor(tx, principal, tripId, permission),
  onBoard: async (tx, checker, trip, presented) => {
    await recordAudit(tx, {
      actor: auditActor(checker.principal, 'checkpoints.tickets.check'),
      subjectPersonalNumber: presented.personalNumber,
      action: 'checkpoints.ticket.board',
      purpose: 'identity_verification',
      summary: { tripId: trip.id, [ACTING_ESTABLISHMENT]: trip.fromSiteId },
      sourceIp: checker.ip,
    })
    return { stationId: trip.fromSiteId }
  },
}

export interface IssueAnswer {
  tripId: string
  issued: TicketRow[]
  /** Those who held a ticket for the trip already: nothing new for them. */
  alreadyHeld: string[]
  seats: number
  sold: number
}

/**
 * Issues tickets for a trip to personal numbers, all or none: the trip's seats are counted under
 * its lock, so two requests cannot oversell it.
 */
async function issueOn<T extends TicketedTrip>(
  line: TripLine<T, unknown>,
  db: Executor,
  issuer: { principal: Principal; ip: string },
  request: { tripId: string; personalNumbers: string[] },
): Promise<IssueAnswer> {
  const bad = request.personalNumbers.findIndex((n) => !demographyOf(n))
  if (bad >= 0) throw checkpointsErrors.refuse('PERSONAL_NUMBER_INVALID', { index: bad })
  const wanted = [...new Set(request.personalNumbers)]
  return db.transaction(async (tx) => {
    const trip = await line.lock(tx, issuer.principal, request.tripId, 'checkpoints.tickets.issue')
    const held = await findHolders(tx, trip.id, wanted)
    const fresh = wanted.filter((n) => !held.has(n))
    const sold = await countTickets(tx, trip.id)
    if (sold + fresh.length > trip.seats)
      throw checkpointsErrors.refuse('TRIP_FULL', { seats: trip.seats, sold, asked: fresh.length })
    const issued = await insertTickets(
      tx,
      fresh.map((personalNumber) => ({
        tripId: trip.id,
        establishmentId: trip.operatorId,
        tripKind: line.kind,
        personalNumber,
        issuedBy: issuer.principal.clientId ?? issuer.principal.accountId,
      })),
    )
    await recordAudit(tx, {
      actor: auditActor(issuer.principal, 'checkpoints.tickets.issue'),
      subjectPersonalNumber: null,
      action: 'checkpoints.ticket.issue',
      purpose: null,
      summary: { tripId: trip.id, kind: line.kind, issued: issued.length, alreadyHeld: held.size },
      sourceIp: issuer.ip,
    })
    return {
      tripId: trip.id,
      issued,
      alreadyHeld: [...held],
      seats: trip.seats,
      sold: sold + issued.length,
    }
  })
}

/**
 * Boarding by the chip card or identity QR: the person's ticket for this trip is marked used,
 * with what boarding the trip's kind does besides, together or not at all.
 */
async function boardOn<T extends TicketedTrip, B>(
  line: TripLine<T, B>,
  db: Executor,
  checker: { principal: Principal; ip: string; identity: IdentityKeys; now: Date },
  request: { tripId: string; code: string },
): Promise<{ ticket: TicketRow; fullName: string } & B> {
  return db.transaction(async (tx) => {
    const trip = await line.lock(tx, checker.principal, request.tripId, 'checkpoints.tickets.check')
    const read = await readPresentedCode(tx, checker.identity, request.code, `trip:${trip.id}`)
    if (read.result !== 'match')
      throw checkpointsErrors.refuse('IDENTITY_MISMATCH', { result: read.result })
    const { personalNumber, fullName } = read.presented
    const ticket = await lockTicket(tx, trip.id, personalNumber)
    if (!ticket) {
      const other = await findOtherTicket(tx, {
        tripId: trip.id,
        establishmentId: trip.operatorId,
        personalNumber,
      })
      if (other) throw checkpointsErrors.refuse('TICKET_OTHER_TRIP', { tripId: other.tripId })
      throw checkpointsErrors.refuse('NO_TICKET')
    }
    if (ticket.boardedAt)
      throw checkpointsErrors.refuse('ALREADY_BOARDED', { at: ticket.boardedAt.toISOString() })
    const boarded = await markBoarded(tx, ticket.id, checker.now)
    const extra = await line.onBoard(tx, checker, trip, read.presented)
    return { ticket: boarded, fullName, ...extra }
  })
}

type Issuer = { principal: Principal; ip: string }
type Checker = { principal: Principal; ip: string; identity: IdentityKeys; now: Date }
type TicketRequest = { tripId: string; personalNumbers: string[] }
type BoardRequest = { tripId: string; code: string }

/**
 * Tickets for a coach trip (the stays module's).
 * @throws CHECKPOINTS_PERSONAL_NUMBER_INVALID, CHECKPOINTS_TRIP_FULL, STAY_TRIP_NOT_FOUND,
 *   STAY_NOT_ESTABLISHMENT_STAFF
 */
export const issueTickets = (db: Executor, issuer: Issuer, request: TicketRequest) =>
  issueOn(coachLine, db, issuer, request)

/**
 * Tickets for a train trip.
 * @throws CHECKPOINTS_PERSONAL_NUMBER_INVALID, CHECKPOINTS_TRIP_FULL,
 *   CHECKPOINTS_TRAIN_TRIP_NOT_FOUND, CHECKPOINTS_NOT_YOUR_TRIP
 */
export const issueTrainTickets = (db: Executor, issuer: Issuer, request: TicketRequest) =>
  issueOn(trainLine, db, issuer, request)

/**
 * Boarding a coach: the passenger is declared on the trip's manifest.
 * @throws CHECKPOINTS_IDENTITY_MISMATCH, CHECKPOINTS_NO_TICKET, CHECKPOINTS_TICKET_OTHER_TRIP,
 *   CHECKPOINTS_ALREADY_BOARDED, STAY_TRIP_NOT_FOUND, STAY_NOT_ESTABLISHMENT_STAFF,
 *   STAY_TRIP_ENDED, and readPresentedCode's (VERIFICATION_*)
 */
export const boardWithTicket = (db: Executor, checker: Checker, request: BoardRequest) =>
  boardOn(coachLine, db, checker, request)

/**
 * Boarding a train at its departure station's gate.
 * @throws CHECKPOINTS_IDENTITY_MISMATCH, CHECKPOINTS_NO_TICKET, CHECKPOINTS_TICKET_OTHER_TRIP,
 *   CHECKPOINTS_ALREADY_BOARDED, CHECKPOINTS_TRAIN_TRIP_NOT_FOUND, CHECKPOINTS_NOT_YOUR_TRIP,
 *   and readPresentedCode's (VERIFICATION_*)
 */
export const boardTrain = (db: Executor, checker: Checker, request: BoardRequest) =>
  boardOn(trainLine, db, checker, request)
