import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import {
  answerAs,
  assertRecordRoutesKnown,
  declareGuests,
  describeOnEngines,
  enrol,
  openEstablishment,
  pickGuests,
  seedTwoCommunes,
  sideCase,
  useApp,
  walkScopeCases,
  type Actor,
  type EstablishmentScene,
  type Guest,
  type ScopeCase,
  type Side,
} from './kit/index.js'

const STAYS = '/api/v1/stays'
const ESTABLISHMENTS = `${STAYS}/establishments`
const PURPOSE = 'residence_management'
const HOUR_MS = 3_600_000

/** An instant as a receptionist writes it in a rooming list: DD/MM/YYYY HH:mm, Vietnam time. */
function vietnamText(at: Date): string {
  const local = new Date(at.getTime() + 7 * HOUR_MS).toISOString()
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`
}

/** Both sides of the walk: the record inside the caller's reach and the one just outside. */
type Pair<T> = Record<Side, T>

describeOnEngines('every stays route, every establishment, every commune', (db) => {
  const app = useApp(db)
  /** Approved establishments, each with its owner, its commune's police and a receptionist. */
  let desks: Pair<EstablishmentScene>
  let coaches: Pair<EstablishmentScene>
  /** Establishments waiting for the police's decision. */
  let pending: Pair<string>
  /** Declared at each desk: three inside (one per change), one outside. */
  let declared: Pair<string[]>
  let trips: Pair<string>
  /** Guests not declared yet, for the inside requests that declare. */
  let arrivals: Guest[]
  /** Grants of two more receptionists inside, revoked by the walk; the outside desk's own. */
  let staffGrants: { inside: number[]; outside: number }
  /** A resident with an account that the inside owner names as staff. */
  let recruit: Actor

  const anHourAgo = () => new Date(Date.now() - HOUR_MS).toISOString()
  const inCommune = (code: string) => `status = 'resident' AND commune_code = '${code}'`

  before(async () => {
    const { inside, outside } = await seedTwoCommunes(db())
    const open = (communeCode: string, typeCode?: string) =>
      openEstablishment(app(), db(), {
        communeCode,
        ...(typeCode ? { typeCode, capacity: 45 } : {}),
      })
    desks = { inside: await open(inside.communeCode), outside: await open(outside.communeCode) }
    coaches = {
      inside: await open(inside.communeCode, 'coach_operator'),
      outside: await open(outside.communeCode, 'coach_operator'),
    }
    const register = async (communeCode: string): Promise<string> => {
      const owner = await enrol(app(), db(), { level: 2, where: inCommune(communeCode) })
      const payload = {
        name: 'Nhà nghỉ Hoa Lan',
        typeCode: 'guest_house',
        address: '3 Trần Phú',
        communeCode,
        capacity: 8,
      }
      const headers = { 'idempotency-key': randomUUID() }
      const registration = { method: 'POST' as const, url: ESTABLISHMENTS, headers, payload }
      return (await answerAs<{ id: string }>(app(), owner, registration, 201)).id
    }
    pending = {
      inside: await register(inside.communeCode),
      outside: await register(outside.communeCode),
    }
    declared = {
      inside: await declareGuests(app(), desks.inside, await pickGuests(db(), 3)),
      outside: await declareGuests(app(), desks.outside, await pickGuests(db(), 1)),
    }
    arrivals = await pickGuests(db(), 3)
    const openTrip = async (coach: EstablishmentScene) => {
      const trip = {
        route: 'Biên Hòa - Đà Lạt (QL20)',
        vehiclePlate: '60B-123.45',
        departureAt: anHourAgo(),
        arrivalAt: new Date(Date.now() + 6 * HOUR_MS).toISOString(),
        seats: 30,
      }
      const url = `${ESTABLISHMENTS}/${coach.id}/trips`
      const headers = { 'idempotency-key': randomUUID() }
      const opening = { method: 'POST' as const, url, headers, payload: trip }
      return (await answerAs<{ id: string }>(app(), coach.staff, opening, 201)).id
    }
    trips = { inside: await openTrip(coaches.inside), outside: await openTrip(coaches.outside) }

    const nameReceptionist = async (): Promise<number> => {
      const receptionist = await enrol(app(), db(), { where: inCommune(inside.communeCode) })
      const naming = {
        method: 'POST' as const,
        url: `${ESTABLISHMENTS}/${desks.inside.id}/staff`,
        payload: { personalNumber: receptionist.personalNumber },
      }
      return (await answerAs<{ grantId: number }>(app(), desks.inside.owner, naming, 201)).grantId
    }
    const [theirs] = await answerAs<{ grantId: number }[]>(
      app(),
      desks.outside.owner,
      { method: 'GET', url: `${ESTABLISHMENTS}/${desks.outside.id}/staff` },
      200,
    )
    staffGrants = {
      inside: [await nameReceptionist(), await nameReceptionist()],
      outside: theirs!.grantId,
    }
    recruit = await enrol(app(), db(), { where: inCommune(inside.communeCode) })
  })

  const owner = { role: 'owner' as const, as: () => desks.inside.owner }
  const staff = { role: 'establishmentStaff' as const, as: () => desks.inside.staff }
  const coachStaff = { role: 'establishmentStaff' as const, as: () => coaches.inside.staff }
  const police = { role: 'communePolice' as const, as: () => desks.inside.police }
  const NOT_OWNER = { status: 403, code: 'STAY_NOT_ESTABLISHMENT_OWNER' }
  const NOT_STAFF = { status: 403, code: 'STAY_NOT_ESTABLISHMENT_STAFF' }
  const OUTSIDE = { status: 403, code: 'AUTH_OUTSIDE_JURISDICTION' }
  const fresh = () => ({ 'idempotency-key': randomUUID() })
  /** A declaration of the side: the inside one numbered, for the change that uses it alone. */
  const declaration = (side: Side, n = 0) => declared[side][side === 'inside' ? n : 0]
  const desk = (side: Side) => `${ESTABLISHMENTS}/${desks[side].id}`
  const coach = (side: Side) => `${ESTABLISHMENTS}/${coaches[side].id}`

  const CASES: ScopeCase[] = [
    sideCase(
      'GET /api/v1/stays/establishments/:id',
      staff,
      (side) => ({ method: 'GET', url: desk(side) }),
      200,
      NOT_STAFF,
    ),
    sideCase(
      'POST /api/v1/stays/establishments/:id/decision',
      police,
      (side) => ({
        method: 'POST',
        url: `${ESTABLISHMENTS}/${pending[side]}/decision`,
        payload: { decision: 'approve' },
      }),
      200,
      OUTSIDE,
    ),
    sideCase(
      'GET /api/v1/stays/establishments/:id/staff',
      owner,
      (side) => ({ method: 'GET', url: `${desk(side)}/staff` }),
      200,
      NOT_OWNER,
    ),
    sideCase(
      'POST /api/v1/stays/establishments/:id/staff',
      owner,
      (side) => ({
        method: 'POST',
        url: `${desk(side)}/staff`,
        payload: { personalNumber: recruit.personalNumber },
      }),
      201,
      NOT_OWNER,
    ),
    sideCase(
      'DELETE /api/v1/stays/establishments/:id/staff/:grantId',
      owner,
      (side) => ({
        method: 'DELETE',
        url: `${desk(side)}/staff/${side === 'inside' ? staffGrants.inside[0] : staffGrants.outside}`,
      }),
      204,
      NOT_OWNER,
    ),
    {
      route: 'DELETE /api/v1/stays/establishments/:id/staff/:grantId',
      variant: "another establishment's grant through one's own",
      ...owner,
      inside: () => ({ method: 'DELETE', url: `${desk('inside')}/staff/${staffGrants.inside[1]}` }),
      allowed: 204,
      outside: () => ({ method: 'DELETE', url: `${desk('inside')}/staff/${staffGrants.outside}` }),
      refused: { status: 404, code: 'IDENTITY_GRANT_NOT_FOUND' },
    },
    sideCase(
      'POST /api/v1/stays/establishments/:id/credentials',
      owner,
      (side) => ({ method: 'POST', url: `${desk(side)}/credentials` }),
      200,
      NOT_OWNER,
    ),
    sideCase(
      'POST /api/v1/stays/establishments/:id/declarations',
      staff,
      (side) => ({
        method: 'POST',
        url: `${desk(side)}/declarations`,
        headers: fresh(),
        payload: { arrivalAt: anHourAgo(), guests: [arrivals[0]] },
      }),
      201,
      NOT_STAFF,
    ),
    sideCase(
      'GET /api/v1/stays/establishments/:id/guests',
      staff,
      (side) => ({ method: 'GET', url: `${desk(side)}/guests` }),
      200,
      NOT_STAFF,
    ),
    sideCase(
      'GET /api/v1/stays/establishments/:id/declarations',
      staff,
      (side) => ({ method: 'GET', url: `${desk(side)}/declarations` }),
      200,
      NOT_STAFF,
    ),
    sideCase(
      'GET /api/v1/stays/declarations/:id',
      police,
      (side) => ({
        method: 'GET',
        url: `${STAYS}/declarations/${declaration(side)}?purpose=${PURPOSE}`,
      }),
      200,
      OUTSIDE,
    ),
    {
      ...sideCase(
        'GET /api/v1/stays/declarations/:id',
        staff,
        (side) => ({
          method: 'GET',
          url: `${STAYS}/declarations/${declaration(side)}?purpose=${PURPOSE}`,
        }),
        200,
        OUTSIDE,
      ),
      variant: 'the declaring establishment',
    },
    sideCase(
      'POST /api/v1/stays/declarations/:id/check-out',
      staff,
      (side) => ({
        method: 'POST',
        url: `${STAYS}/declarations/${declaration(side, 0)}/check-out`,
        payload: {},
      }),
      200,
      NOT_STAFF,
    ),
    sideCase(
      'POST /api/v1/stays/declarations/:id/extension',
      staff,
      (side) => ({
        method: 'POST',
        url: `${STAYS}/declarations/${declaration(side, 1)}/extension`,
        payload: { expectedDepartureAt: new Date(Date.now() + 72 * HOUR_MS).toISOString() },
      }),
      200,
      NOT_STAFF,
    ),
    sideCase(
      'POST /api/v1/stays/declarations/:id/corrections',
      staff,
      (side) => ({
        method: 'POST',
        url: `${STAYS}/declarations/${declaration(side, 2)}/corrections`,
        payload: { reason: 'Đổi phòng / moved rooms', room: '204' },
      }),
      200,
      NOT_STAFF,
    ),
    sideCase(
      'POST /api/v1/stays/establishments/:id/trips',
      coachStaff,
      (side) => ({
        method: 'POST',
        url: `${coach(side)}/trips`,
        headers: fresh(),
        payload: {
          route: 'Biên Hòa - Phan Thiết (QL1)',
          vehiclePlate: '60B-678.90',
          departureAt: anHourAgo(),
          arrivalAt: new Date(Date.now() + 4 * HOUR_MS).toISOString(),
          seats: 16,
        },
      }),
      201,
      NOT_STAFF,
    ),
    sideCase(
      'GET /api/v1/stays/establishments/:id/trips',
      coachStaff,
      (side) => ({ method: 'GET', url: `${coach(side)}/trips` }),
      200,
      NOT_STAFF,
    ),
    sideCase(
      'POST /api/v1/stays/trips/:id/passengers',
      coachStaff,
      (side) => ({
        method: 'POST',
        url: `${STAYS}/trips/${trips[side]}/passengers`,
        headers: fresh(),
        payload: { guests: [{ ...arrivals[1], room: '12A' }] },
      }),
      201,
      NOT_STAFF,
    ),
    sideCase(
      'GET /api/v1/stays/trips/:id/manifest',
      coachStaff,
      (side) => ({ method: 'GET', url: `${STAYS}/trips/${trips[side]}/manifest` }),
      200,
      NOT_STAFF,
    ),
    sideCase(
      'POST /api/v1/stays/establishments/:id/rooming-lists',
      staff,
      (side) => {
        const guest = arrivals[2]!
        const [y, m, d] = guest.birthDate.split('-')
        return {
          method: 'POST',
          url: `${desk(side)}/rooming-lists`,
          headers: { ...fresh(), 'content-type': 'text/csv' },
          payload: `Personal number,Full name,Birth date,Arrival\n${guest.personalNumber},${guest.fullName},${d}/${m}/${y},${vietnamText(new Date(Date.now() - HOUR_MS))}\n`,
        }
      },
      200,
      NOT_STAFF,
    ),
  ]

  it('has a jurisdiction case for every stays route with a record in its URL', () => {
    assertRecordRoutesKnown(
      app(),
      CASES.map((c) => c.route),
      (route) => route.includes(' /api/v1/stays/') && !route.includes(' /api/v1/stays/police/'),
    )
  })

  walkScopeCases(app, CASES)
})
