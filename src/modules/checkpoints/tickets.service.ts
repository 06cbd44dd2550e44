import type { Principal } from '../../platform/auth/principal.js'
import type { Executor } from '../../platform/db/database.js'
import { auditActor, recordAudit } from '../audit/index.js'
import { declareCheckedPassenger, lockTripForStaff } from '../stays/index.js'
import { readPresentedCode, type IdentityKeys } from '../verification/index.js'
import { checkpointsErrors } from './checkpoints.errors.js'
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

export interface IssueAnswer {
  tripId: string
  issued: TicketRow[]
  /** Those who held a ticket for the trip already: nothing new for them. */
  alreadyHeld: string[]
  seats: number
  sold: number
}

/**
 * Issues tickets for a coach trip to personal numbers, all or none: the trip's seats are counted
 * under its lock, so two requests cannot oversell it.
 * @throws CHECKPOINTS_PERSONAL_NUMBER_INVALID, CHECKPOINTS_TRIP_FULL, STAY_TRIP_NOT_FOUND,
 *   STAY_NOT_ESTABLISHMENT_STAFF
 */
export async function issueTickets(
  db: Executor,
  issuer: { principal: Principal; ip: string },
  request: { tripId: string; personalNumbers: string[] },
): Promise<IssueAnswer> {
  const bad = request.personalNumbers.findIndex((n) => !demographyOf(n))
  if (bad >= 0) throw checkpointsErrors.refuse('PERSONAL_NUMBER_INVALID', { index: bad })
  const wanted = [...new Set(request.personalNumbers)]
  return db.transaction(async (tx) => {
    const trip = await lockTripForStaff(tx, issuer.principal, request.tripId)
    const held = await findHolders(tx, trip.id, wanted)
    const fresh = wanted.filter((n) => !held.has(n))
    const sold = await countTickets(tx, trip.id)
    if (sold + fresh.length > trip.seats)
      throw checkpointsErrors.refuse('TRIP_FULL', { seats: trip.seats, sold, asked: fresh.length })
    const issued = await insertTickets(
      tx,
      fresh.map((personalNumber) => ({
        tripId: trip.id,
        establishmentId: trip.establishmentId,
        personalNumber,
        issuedBy: issuer.principal.clientId ?? issuer.principal.accountId,
      })),
    )
    await recordAudit(tx, {
      actor: auditActor(issuer.principal, 'checkpoints.tickets.issue'),
      subjectPersonalNumber: null,
      action: 'checkpoints.ticket.issue',
      purpose: null,
      summary: { tripId: trip.id, issued: issued.length, alreadyHeld: held.size },
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

export interface BoardingAnswer {
  ticket: TicketRow
  fullName: string
  declarationId: string
}

/**
 * Boarding by the chip card or identity QR: the person's ticket for this trip is marked used and
 * the passenger declared on the trip's manifest, together or not at all.
 * @throws CHECKPOINTS_IDENTITY_MISMATCH, CHECKPOINTS_NO_TICKET, CHECKPOINTS_TICKET_OTHER_TRIP,
 *   CHECKPOINTS_ALREADY_BOARDED, STAY_TRIP_NOT_FOUND, STAY_NOT_ESTABLISHMENT_STAFF,
 *   STAY_TRIP_ENDED, and readPresentedCode's (VERIFICATION_*)
 */
export async function boardWithTicket(
  db: Executor,
  checker: { principal: Principal; ip: string; identity: IdentityKeys; now: Date },
  request: { tripId: string; code: string },
): Promise<BoardingAnswer> {
  return db.transaction(async (tx) => {
    const trip = await lockTripForStaff(tx, checker.principal, request.tripId)
    const read = await readPresentedCode(tx, checker.identity, request.code, `trip:${trip.id}`)
    if (read.result !== 'match')
      throw checkpointsErrors.refuse('IDENTITY_MISMATCH', { result: read.result })
    const { personalNumber, fullName, birthDate } = read.presented
    const ticket = await lockTicket(tx, trip.id, personalNumber)
    if (!ticket) {
      const other = await findOtherTicket(tx, {
        tripId: trip.id,
        establishmentId: trip.establishmentId,
        personalNumber,
      })
      if (other) throw checkpointsErrors.refuse('TICKET_OTHER_TRIP', { tripId: other.tripId })
      throw checkpointsErrors.refuse('NO_TICKET')
    }
    if (ticket.boardedAt)
      throw checkpointsErrors.refuse('ALREADY_BOARDED', { at: ticket.boardedAt.toISOString() })
    const boarded = await markBoarded(tx, ticket.id, checker.now)
    const stay = await declareCheckedPassenger(tx, {
      principal: checker.principal,
      tripId: trip.id,
      passenger: { personalNumber, fullName, birthDate },
      identity: checker.identity,
      now: checker.now,
    })
    return { ticket: boarded, fullName, declarationId: stay.id }
  })
}
