import type { Principal } from '../../platform/auth/principal.js'
import type { Permission } from '../../platform/auth/roles.js'
import type { Executor } from '../../platform/db/database.js'
import { auditActor, recordAudit } from '../audit/index.js'
import { checkpointsErrors } from './checkpoints.errors.js'
import { operatorsOf, siteFor } from './site-access.js'
import { findSite, type SiteRow } from './sites.queries.js'
import {
  countTicketsOf,
  findTrainTrip,
  insertTrainTrip,
  listStations,
  listTrainTripsOf,
  type TicketCounts,
  type TrainTripRow,
} from './train-trips.queries.js'

const ISSUE = 'checkpoints.tickets.issue'

/** @throws CHECKPOINTS_NOT_RAILWAY_STATION */
function assertStation(site: SiteRow, field: string): void {
  if (site.kind !== 'railwayStation')
    throw checkpointsErrors.refuse('NOT_RAILWAY_STATION', { field })
}

/**
 * A train trip from one of the operator's stations to another station (any operator's).
 * @throws CHECKPOINTS_SITE_NOT_FOUND, CHECKPOINTS_NOT_YOUR_SITE, CHECKPOINTS_NOT_RAILWAY_STATION,
 *   CHECKPOINTS_TRAIN_TRIP_INVALID
 */
export async function createTrainTrip(
  db: Executor,
  caller: { principal: Principal; ip: string },
  request: {
    trainNumber: string
    fromSiteId: string
    toSiteId: string
    departureAt: string
    seats: number
  },
): Promise<TrainTripRow> {
  const departureAt = new Date(request.departureAt)
  if (Number.isNaN(departureAt.getTime()))
    throw checkpointsErrors.refuse('TRAIN_TRIP_INVALID', { field: 'departureAt' })
  if (request.fromSiteId === request.toSiteId)
    throw checkpointsErrors.refuse('TRAIN_TRIP_INVALID', { field: 'toSiteId' })
  const from = await siteFor(db, caller.principal, ISSUE, request.fromSiteId)
  assertStation(from, 'fromSiteId')
  const to = await findSite(db, request.toSiteId)
  if (!to) throw checkpointsErrors.refuse('SITE_NOT_FOUND')
  assertStation(to, 'toSiteId')
  return db.transaction(async (tx) => {
    const trip = await insertTrainTrip(tx, {
      operatorId: from.operatorId,
      trainNumber: request.trainNumber,
      fromSiteId: from.id,
      toSiteId: to.id,
      departureAt,
      seats: request.seats,
      createdBy: caller.principal.clientId ?? caller.principal.accountId,
    })
    await recordAudit(tx, {
      actor: auditActor(caller.principal, ISSUE, from),
      subjectPersonalNumber: null,
      action: 'checkpoints.trainTrip.create',
      purpose: null,
      summary: { tripId: trip.id, trainNumber: trip.trainNumber, seats: trip.seats },
      sourceIp: caller.ip,
    })
    return trip
  })
}

/**
 * A train trip locked for its operator's staff or systems acting with the permission.
 * @throws CHECKPOINTS_TRAIN_TRIP_NOT_FOUND, CHECKPOINTS_NOT_YOUR_TRIP
 */
export async function lockTrainTripFor(
  tx: Executor,
  principal: Principal,
  tripId: string,
  permission: Permission,
): Promise<TrainTripRow & { operatorId: string }> {
  const trip = await findTrainTrip(tx, tripId, true)
  if (!trip) throw checkpointsErrors.refuse('TRAIN_TRIP_NOT_FOUND')
  if (!operatorsOf(principal, permission).includes(trip.operatorId))
    throw checkpointsErrors.refuse('NOT_YOUR_TRIP')
  return trip
}

/**
 * A train trip with its tickets sold and boarded, for its operator.
 * @throws CHECKPOINTS_TRAIN_TRIP_NOT_FOUND, CHECKPOINTS_NOT_YOUR_TRIP
 */
export async function getTrainTrip(
  db: Executor,
  principal: Principal,
  tripId: string,
): Promise<TrainTripRow & TicketCounts> {
  const trip = await findTrainTrip(db, tripId)
  if (!trip) throw checkpointsErrors.refuse('TRAIN_TRIP_NOT_FOUND')
  if (!operatorsOf(principal, 'checkpoints.tickets.check').includes(trip.operatorId))
    throw checkpointsErrors.refuse('NOT_YOUR_TRIP')
  const counts = await countTicketsOf(db, [trip.id])
  return { ...trip, ...(counts.get(trip.id) ?? { sold: 0, boarded: 0 }) }
}

/** The caller's operators' train trips, latest departure first, with tickets sold and boarded. */
export async function listTrainTrips(
  db: Executor,
  principal: Principal,
  limit: number,
): Promise<(TrainTripRow & TicketCounts)[]> {
  const trips = await listTrainTripsOf(
    db,
    operatorsOf(principal, 'checkpoints.tickets.check'),
    limit,
  )
  const counts = await countTicketsOf(
    db,
    trips.map((t) => t.id),
  )
  return trips.map((t) => ({ ...t, ...(counts.get(t.id) ?? { sold: 0, boarded: 0 }) }))
}

/** The railway stations, each marked when one of the caller's operators runs it. */
export async function stationsFor(
  db: Executor,
  principal: Principal,
): Promise<{ id: string; name: string; communeCode: string; own: boolean }[]> {
  const mine = new Set(operatorsOf(principal, ISSUE))
  return (await listStations(db)).map(({ operatorId, ...station }) => ({
    ...station,
    own: mine.has(operatorId),
  }))
}
