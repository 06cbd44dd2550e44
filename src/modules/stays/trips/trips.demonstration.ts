import type { Database } from '../../../platform/db/database.js'
import { bindDemonstrationStaff } from '../../identity/index.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { vietnamDayStart } from '../deadline.js'
import {
  DEMONSTRATION_ESTABLISHMENT_ID,
  demonstrationStaff,
  insertDemonstrationPlace,
} from '../establishments/establishments.demonstration.js'
import { findEstablishment } from '../establishments/establishments.queries.js'
import { findTripsOfEstablishment, insertTrip } from './trips.queries.js'

/** The demonstration coach operator, beside the demonstration hotel, with the same staff member. */
export const DEMONSTRATION_COACH_ID = 'DEMO-NX-001'
const HOUR = 3_600_000

/**
 * Development only: a coach operator owned and staffed by the demonstration staff member (a
 * second grant beside the hotel's) and one trip departing each Vietnam day at 06:00 for 36 hours,
 * so that ticket checks can be tried whenever the platform starts.
 * @returns today's trip's id, or undefined when there is no demonstration staff member yet
 */
export async function ensureDemonstrationCoachTrip(
  database: Database,
  now = new Date(),
): Promise<string | undefined> {
  const { db } = database
  const staff = await demonstrationStaff(db)
  if (!staff || !(await findEstablishment(db, DEMONSTRATION_ESTABLISHMENT_ID))) return undefined
  if (!(await findEstablishment(db, DEMONSTRATION_COACH_ID)))
    await insertDemonstrationPlace(
      db,
      {
        id: DEMONSTRATION_COACH_ID,
        name: 'Nhà xe Minh Hoạ',
        typeCode: 'coach_operator',
        communeCode: staff.communeCode,
        capacity: 45,
      },
      staff.accountId,
    )
  await bindDemonstrationStaff(database, 'establishmentStaff', DEMONSTRATION_COACH_ID)
  const today = vietnamDate(now)
  const departureAt = new Date(vietnamDayStart(today).getTime() + 6 * HOUR)
  const [trip] = await findTripsOfEstablishment(db, DEMONSTRATION_COACH_ID, {
    from: departureAt,
    to: new Date(departureAt.getTime() + HOUR),
    limit: 1,
  })
  if (trip) return trip.id
  return (
    await insertTrip(db, {
      establishmentId: DEMONSTRATION_COACH_ID,
      route: 'Biên Hòa - Hà Nội (QL1A)',
      vehiclePlate: '60B-123.45',
      departureAt,
      arrivalAt: new Date(departureAt.getTime() + 36 * HOUR),
      seats: 45,
      createdBy: staff.accountId,
    })
  ).id
}
