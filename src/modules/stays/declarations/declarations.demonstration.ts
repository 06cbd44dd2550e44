import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { createIdentityKeyRing, generateSigningKey } from '../../identity/index.js'
import { listResidentsOfUnit, type Resident } from '../../population/index.js'
import { checkOutStay } from './declarations-changes.js'
import { declareStays } from './declarations.service.js'
import type { DeclareContext } from './declarations.types.js'
import {
  DEMONSTRATION_ESTABLISHMENT_ID,
  demonstrationStaff,
  insertDemonstrationPlace,
} from '../establishments/establishments.demonstration.js'
import { findEstablishment } from '../establishments/establishments.queries.js'

/** Days of guests before today. */
export const DEMONSTRATION_DAYS = 21
const HOUR = 3_600_000
const DAY = 24 * HOUR
// Vietnam is UTC+7 all year: 01:00 UTC is 08:00 there.
const VIETNAM_MORNING_UTC_HOUR = 1

/** Besides the demonstration hotel, in two more communes: `commune` picks one of the guests'. */
const OTHER_PLACES = [
  {
    id: 'DEMO-KS-002',
    name: 'Nhà nghỉ Hoa Sen',
    typeCode: 'guest_house',
    capacity: 12,
    commune: 0,
  },
  {
    id: 'DEMO-KS-003',
    name: 'Khách sạn Sông Đồng Nai',
    typeCode: 'hotel_4_star',
    capacity: 80,
    commune: 0,
  },
  { id: 'DEMO-KS-004', name: 'Nhà trọ Bình An', typeCode: 'motel', capacity: 10, commune: 1 },
  {
    id: 'DEMO-KS-005',
    name: 'Khách sạn Đồi Thông',
    typeCode: 'hotel_1_2_star',
    capacity: 25,
    commune: 1,
  },
] as const

/** A small deterministic hash: the same sample and day give the same guests. */
function mix(...values: number[]): number {
  let h = 2166136261
  for (const v of values) h = Math.imul(h ^ v, 16777619) >>> 0
  return h
}

/** Living adults by number, the guests: at most `count`. */
async function guestPool(db: Executor, count: number, today: Date): Promise<Resident[]> {
  const adultBefore = `${today.getUTCFullYear() - 20}-01-01`
  const pool: Resident[] = []
  let after: string | undefined
  while (pool.length < count) {
    const page = await listResidentsOfUnit(db, '75', { after, limit: 200 })
    pool.push(...page.residents.filter((r) => r.status === 'resident' && r.birthDate < adultBefore))
    if (!page.next) break
    after = page.next
  }
  return pool.slice(0, count)
}

interface PlannedStay {
  place: string
  arrivalAt: Date
  declaredAt: Date
  departedAt: Date
}

/**
 * Arrivals of each place on each day, in time order: one to three a day, some declared late
 * (the next day), staying one to three nights; the last days' guests are still there.
 */
function planStays(places: readonly string[], today: Date): PlannedStay[] {
  const stays: PlannedStay[] = []
  const morning = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
  for (let day = DEMONSTRATION_DAYS; day >= 1; day--) {
    places.forEach((place, p) => {
      const arrivals = 1 + (mix(day, p) % 3)
      for (let a = 0; a < arrivals; a++) {
        const h = mix(day, p, a)
        const arrivalAt = new Date(
          morning - day * DAY + (VIETNAM_MORNING_UTC_HOUR + (h % 12)) * HOUR + (h % 60) * 60_000,
        )
        const late = h % 9 === 0
        stays.push({
          place,
          arrivalAt,
          declaredAt: new Date(arrivalAt.getTime() + (late ? 30 : 1) * HOUR),
          departedAt: new Date(arrivalAt.getTime() + (1 + (h % 3)) * DAY - 4 * HOUR),
        })
      }
    })
  }
  return stays.sort((x, y) => x.declaredAt.getTime() - y.declaredAt.getTime())
}

/**
 * Development only: three weeks of guests at the demonstration hotel and four other places in two
 * more communes, so that the tourism and public-order dashboards show something on a first start.
 * Declared and checked out by the module's own functions, as the places' staff would: deadlines,
 * late flags and outbox events are those of real declarations. Deterministic for a sample and a
 * day; made once, in one transaction.
 * @returns the number of declarations made now (0: made before, or no demonstration staff yet)
 */
export async function ensureDemonstrationStays(db: Executor, today = new Date()): Promise<number> {
  const staff = await demonstrationStaff(db)
  const home = await findEstablishment(db, DEMONSTRATION_ESTABLISHMENT_ID)
  if (!staff || !home || (await findEstablishment(db, OTHER_PLACES[0].id))) return 0
  const places = [DEMONSTRATION_ESTABLISHMENT_ID, ...OTHER_PLACES.map((p) => p.id)]
  const plan = planStays(places, today)
  const guests = await guestPool(db, plan.length, today)
  const communes = [...new Set(guests.map((g) => g.communeCode))].filter(
    (c) => c !== home.communeCode,
  )
  const identity: DeclareContext['identity'] = {
    keys: createIdentityKeyRing({ privateJwks: [await generateSigningKey()] }),
    issuer: 'demonstration',
  }
  // The places' staff, as the check-out asks who changes a declaration.
  const declarer: Principal = {
    kind: 'staff',
    accountId: staff.accountId,
    personalNumber: null,
    grants: places.map((id) => ({
      role: 'establishmentStaff',
      unitCodes: [],
      establishmentId: id,
    })),
    clientId: null,
  }
  return db.transaction(async (tx) => {
    for (const { commune, ...place } of OTHER_PLACES) {
      const communeCode = communes[commune] ?? home.communeCode
      await insertDemonstrationPlace(tx, { ...place, communeCode }, staff.accountId)
    }
    const now = new Date()
    // One guest each: nobody is still checked in elsewhere when they arrive.
    const stays = plan.slice(0, guests.length)
    for (const [i, stay] of stays.entries()) {
      const guest = guests[i]!
      const establishment = (await findEstablishment(tx, stay.place))!
      const [declared] = await declareStays(
        tx,
        {
          establishment,
          declarer: { accountId: staff.accountId, role: 'establishmentStaff' },
          now: stay.declaredAt,
          identity,
        },
        {
          arrivalAt: stay.arrivalAt.toISOString(),
          guests: [
            {
              personalNumber: guest.personalNumber,
              fullName: guest.fullName,
              birthDate: guest.birthDate,
            },
          ],
        },
      )
      if (stay.departedAt < now)
        await checkOutStay(
          tx,
          { principal: declarer, declarationId: declared!.id },
          { departedAt: stay.departedAt.toISOString() },
          now,
        )
    }
    return stays.length
  })
}
