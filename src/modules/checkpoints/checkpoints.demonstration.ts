import { exportJWK, generateKeyPair } from 'jose'
import type { Database, Executor } from '../../platform/db/database.js'
import { bindDemonstrationStaff, ensureDemonstrationAccounts } from '../identity/index.js'
import { provinceOfCommune, sampleAdults } from '../population/index.js'
import { DEMONSTRATION_COACH_ID, ensureDemonstrationCoachTrip } from '../stays/index.js'
import {
  type TripKind,
  checkpointCameraKeys,
  checkpointGates,
  checkpointOperators,
  checkpointSites,
} from './checkpoints.tables.js'
import { recordPassages, type SeenPassage } from './passages.service.js'
import { findOperator, findSite } from './sites.queries.js'
import { findHolders, insertTickets } from './tickets.queries.js'
import { insertTrainTrip, listTrainTripsOf } from './train-trips.queries.js'
import { vietnamDate, vietnamDays } from '../../platform/time/vietnam.js'

/** The same ids on every start, so that the staff grants can name the operator. */
export const DEMONSTRATION_OPERATOR_ID = 'd06d06d0-0000-4000-8000-000000000013'
export const DEMONSTRATION_SITE_ID = 'd06d06d0-0000-4000-8000-000000000014'
const GATES = [
  { id: 'd06d06d0-0000-4000-8000-000000000015', name: 'Cổng chính' },
  { id: 'd06d06d0-0000-4000-8000-000000000016', name: 'Cổng phụ bến thuyền' },
] as const
/** Two stations of the same operator, a gate each: today's train runs from the first. */
export const DEMONSTRATION_STATIONS = [
  {
    id: 'd06d06d0-0000-4000-8000-000000000017',
    name: 'Ga Biên Hòa (minh hoạ)',
    gateId: 'd06d06d0-0000-4000-8000-000000000018',
  },
  {
    id: 'd06d06d0-0000-4000-8000-000000000019',
    name: 'Ga Long Khánh (minh hoạ)',
    gateId: 'd06d06d0-0000-4000-8000-00000000001a',
  },
] as const
// Made by the operator's start-up, not by an account (as the operator's grants have no granter).
const OPERATOR_ACCOUNT = '00000000-0000-0000-0000-000000000000'
const HOUR = 3_600_000
const DAYS = 7

/** A week of visits: a few people a day through both gates, the last day's still inside. */
async function recordDemonstrationVisits(db: Executor, now: Date): Promise<void> {
  const people = await sampleAdults(db, 60)
  const seen: SeenPassage[] = []
  const morning = Math.floor(now.getTime() / (24 * HOUR)) * 24 * HOUR + HOUR // 08:00 in Vietnam
  people.forEach((person, i) => {
    const day = i % DAYS
    const entryAt = morning - day * 24 * HOUR + ((i * 37) % 8) * HOUR + ((i * 13) % 60) * 60_000
    if (entryAt >= now.getTime()) return
    const gateId = GATES[i % 2]!.id
    const passage = { method: 'camera' as const, personalNumber: person.personalNumber }
    seen.push({
      ...passage,
      gateId,
      direction: 'entry',
      occurredAt: new Date(entryAt),
      eventId: `demo-${i}-in`,
      recordedBy: null,
    })
    const exitAt = entryAt + (2 + (i % 3)) * HOUR
    if (day > 0 && exitAt < now.getTime())
      seen.push({
        ...passage,
        gateId: GATES[(i + 1) % 2]!.id,
        direction: 'exit',
        occurredAt: new Date(exitAt),
        eventId: `demo-${i}-out`,
        recordedBy: null,
      })
  })
  seen.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())
  const site = await findSite(db, DEMONSTRATION_SITE_ID)
  // Invented visits: no camera saw anyone, so nobody's access log gets an entry for them.
  if (site && seen.length > 0) await recordPassages(db, site, seen, () => [])
}

/**
 * Development only: a tourist site run by the demonstration operator in its staff member's
 * commune, with two gates, a camera system's key and a week of camera passages; the demonstration
 * operator staff and system accounts bound to it; and tickets on today's demonstration coach trip
 * for the two demonstration residents, so that the gate page, the dashboard and the ticket check
 * work out of the box. Idempotent: what exists is left as it is.
 */
export async function ensureDemonstrationCheckpoints(
  database: Database,
  now = new Date(),
): Promise<void> {
  const { db } = database
  const communeCode = (
    await bindDemonstrationStaff(database, 'operatorStaff', DEMONSTRATION_OPERATOR_ID)
  )?.communeCode
  await bindDemonstrationStaff(database, 'operatorSystem', DEMONSTRATION_OPERATOR_ID)
  if (communeCode && !(await findOperator(db, DEMONSTRATION_OPERATOR_ID)))
    await db.transaction(async (tx) => {
      await tx.insert(checkpointOperators).values({
        id: DEMONSTRATION_OPERATOR_ID,
        name: 'Công ty Du lịch Minh Hoạ',
        communeCode,
        createdBy: OPERATOR_ACCOUNT,
      })
      await tx.insert(checkpointSites).values({
        id: DEMONSTRATION_SITE_ID,
        operatorId: DEMONSTRATION_OPERATOR_ID,
        kind: 'touristSite',
        name: 'Khu du lịch sinh thái Minh Hoạ',
        communeCode,
        provinceCode: await provinceOfCommune(tx, communeCode),
      })
      await tx
        .insert(checkpointGates)
        .values(GATES.map((g) => ({ ...g, siteId: DEMONSTRATION_SITE_ID })))
      // The camera system's private half is not kept: its batches are tried in the tests.
      const { publicKey } = await generateKeyPair('ES256', { extractable: true })
      await tx.insert(checkpointCameraKeys).values({
        siteId: DEMONSTRATION_SITE_ID,
        name: 'Camera AI cổng chính',
        publicJwk: { ...(await exportJWK(publicKey)) },
      })
      await recordDemonstrationVisits(tx, now)
    })
  if (communeCode && !(await findSite(db, DEMONSTRATION_STATIONS[0].id)))
    await db.transaction(async (tx) => {
      const provinceCode = await provinceOfCommune(tx, communeCode)
      for (const station of DEMONSTRATION_STATIONS) {
        await tx.insert(checkpointSites).values({
          id: station.id,
          operatorId: DEMONSTRATION_OPERATOR_ID,
          kind: 'railwayStation',
          name: station.name,
          communeCode,
          provinceCode,
        })
        await tx
          .insert(checkpointGates)
          .values({ id: station.gateId, siteId: station.id, name: 'Cổng soát vé' })
      }
    })
  await ensureDemonstrationTrain(database, now)
  const tripId = await ensureDemonstrationCoachTrip(database, now)
  if (tripId)
    await ticketResidents(database, { tripId, operatorId: DEMONSTRATION_COACH_ID, kind: 'coach' })
}

/** A ticket on the trip for each demonstration resident who holds none yet. */
async function ticketResidents(
  database: Database,
  trip: { tripId: string; operatorId: string; kind: TripKind },
): Promise<void> {
  const { db } = database
  const residents = (await ensureDemonstrationAccounts(db))
    .filter((a) => !a.role)
    .map((a) => a.personalNumber)
  const held = await findHolders(db, trip.tripId, residents)
  const fresh = residents.filter((n) => !held.has(n))
  if (fresh.length > 0)
    await insertTickets(
      db,
      fresh.map((personalNumber) => ({
        tripId: trip.tripId,
        establishmentId: trip.operatorId,
        tripKind: trip.kind,
        personalNumber,
        issuedBy: OPERATOR_ACCOUNT,
      })),
    )
}

/** Today's 18:00 (Vietnam) train between the two stations, with tickets for the demo residents. */
async function ensureDemonstrationTrain(database: Database, now: Date): Promise<void> {
  const { db } = database
  if (!(await findSite(db, DEMONSTRATION_STATIONS[0].id))) return
  const today = vietnamDate(now)
  const departureAt = new Date(vietnamDays({ from: today, to: today }).from.getTime() + 18 * HOUR)
  const trips = await listTrainTripsOf(db, [DEMONSTRATION_OPERATOR_ID], 50)
  const trip =
    trips.find((t) => t.departureAt.getTime() === departureAt.getTime()) ??
    (await insertTrainTrip(db, {
      operatorId: DEMONSTRATION_OPERATOR_ID,
      trainNumber: 'SE4',
      fromSiteId: DEMONSTRATION_STATIONS[0].id,
      toSiteId: DEMONSTRATION_STATIONS[1].id,
      departureAt,
      seats: 300,
      createdBy: OPERATOR_ACCOUNT,
    }))
  await ticketResidents(database, {
    tripId: trip.id,
    operatorId: DEMONSTRATION_OPERATOR_ID,
    kind: 'train',
  })
}
