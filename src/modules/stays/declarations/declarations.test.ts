import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import { describeOnEngines, refusalOf, assertRefusal, TODAY } from '../../../../test/kit/index.js'
import { seedPopulation, type Resident } from '../../population/index.js'
import {
  ADULT,
  BASE,
  CHILD,
  countDeclarations,
  declare,
  enrolPerson,
  identityRing,
  ISSUER,
  openDesk,
  pickPerson,
  typed,
  useStaysApp,
  type DeclaredBody,
  type Desk,
} from './declarations.test-support.js'
import { ensureStaysReference, purgeIdempotencyKeys } from '../index.js'
import type { PoliceDeclaration } from '../police/police-view.schemas.js'
import { composePassportMrz } from '../rooming-lists/rooming-list-mrz.js'

const now = () => new Date().toISOString()
const ddmmyyyy = (date: string) => date.slice(8, 10) + date.slice(5, 7) + date.slice(0, 4)

/** The text of the chip card's QR, as the card prints it. */
const cardQr = (r: Resident, name = r.fullName) =>
  `${r.personalNumber}||${name}|${ddmmyyyy(r.birthDate)}|${r.sex === 'M' ? 'Nam' : 'Nữ'}|12 Lê Lợi, Biên Hòa|01012022`

const passport = (overrides: Partial<Parameters<typeof composePassportMrz>[0]> = {}) =>
  composePassportMrz({
    fullName: 'SMITH, John Paul',
    nationality: 'USA',
    passportNumber: `X${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`,
    birthDate: '1980-05-02',
    sex: 'M',
    expiryDate: '2031-01-01',
    ...overrides,
  })!

describeOnEngines('declaring guests', (db) => {
  const app = useStaysApp(db)
  let desk: Desk
  let other: Desk

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 59, today: TODAY })
    await ensureStaysReference(db().db)
    desk = await openDesk(app(), db())
    other = await openDesk(app(), db())
  })

  /** Asserts a refusal's status and code, and that it wrote nothing and told no one's data. */
  async function refused(
    payload: Record<string, unknown>,
    expected: { status: number; code: string; guest?: number },
    secrets: string[] = [],
  ) {
    const before = await countDeclarations(db())
    const response = await declare(app(), desk, payload)
    assert.equal(response.statusCode, expected.status, response.body)
    const error = refusalOf(response)
    assert.equal(error.code, expected.code)
    if (expected.guest !== undefined) assert.equal(error.details?.guest, expected.guest)
    for (const secret of secrets) assert.ok(!response.body.includes(secret), 'no personal data')
    assert.equal(await countDeclarations(db()), before, 'nothing half-written')
    return error
  }

  it('declares a guest by the identity QR of their app, and only once per QR', async () => {
    const guest = await enrolPerson(app(), db(), { where: ADULT })
    const issued = await app().inject({
      method: 'POST',
      url: '/api/v1/identity/qr',
      headers: { cookie: guest.cookie },
    })
    const { token } = issued.json<{ token: string }>()
    const response = await declare(app(), desk, {
      arrivalAt: now(),
      guests: [{ identityQr: token, room: '201' }],
    })
    assert.equal(response.statusCode, 201, response.body)
    const stay = response.json<DeclaredBody>().declarations[0]!
    assert.equal(stay.method, 'identity_qr')
    assert.equal(stay.personalNumber, guest.personalNumber)
    assert.equal(stay.room, '201')
    assert.equal(stay.late, false)
    const replayed = await declare(app(), other, {
      arrivalAt: now(),
      guests: [{ identityQr: token }],
    })
    assertRefusal(replayed, { status: 409, code: 'STAY_QR_REPLAYED' })
  })

  it('refuses an expired identity QR, and leaves a refused QR usable', async () => {
    const guest = await pickPerson(db(), ADULT)
    const subject = {
      sub: guest.personalNumber,
      name: guest.fullName,
      bd: guest.birthDate,
      sex: guest.sex,
      lvl: 2,
    } as const
    const old = await identityRing.sign(subject, {
      issuer: ISSUER,
      now: new Date(Date.now() - 10 * 60_000),
    })
    await refused(
      { arrivalAt: now(), guests: [{ identityQr: old.token }] },
      { status: 422, code: 'STAY_QR_EXPIRED', guest: 0 },
      [guest.personalNumber, guest.fullName],
    )
    const fresh = await identityRing.sign(subject, { issuer: ISSUER })
    const future = new Date(Date.now() + 3_600_000).toISOString()
    await refused(
      { arrivalAt: future, guests: [{ identityQr: fresh.token }] },
      { status: 422, code: 'STAY_ARRIVAL_IN_FUTURE' },
    )
    // Refused after the QR was read: its use rolls back with the rest.
    const companion = await pickPerson(db(), ADULT)
    await refused(
      {
        arrivalAt: now(),
        guests: [{ identityQr: fresh.token }, { ...typed(companion), accompaniedBy: 1 }],
      },
      { status: 422, code: 'STAY_COMPANION_INVALID', guest: 1 },
    )
    const accepted = await declare(app(), desk, {
      arrivalAt: now(),
      guests: [{ identityQr: fresh.token }],
    })
    assert.equal(accepted.statusCode, 201, 'the refused request did not consume the QR')
  })

  it('checks a chip card QR against the registry', async () => {
    const guest = await pickPerson(db(), ADULT)
    const response = await declare(app(), desk, {
      arrivalAt: now(),
      guests: [{ cardQr: cardQr(guest) }],
    })
    assert.equal(response.statusCode, 201, response.body)
    const stay = response.json<DeclaredBody>().declarations[0]!
    assert.equal(stay.method, 'card_qr')
    assert.equal(stay.fullName, guest.fullName)
    const forged = await pickPerson(db(), ADULT)
    await refused(
      { arrivalAt: now(), guests: [{ cardQr: cardQr(forged, 'Trần Thị Giả') }] },
      { status: 422, code: 'STAY_CARD_MISMATCH', guest: 0 },
      [forged.personalNumber, 'Trần Thị Giả'],
    )
  })

  it('matches a typed number, name and birth date, the name folded', async () => {
    const guest = await pickPerson(db(), ADULT)
    const shouted = guest.fullName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase()
    const response = await declare(app(), desk, {
      arrivalAt: now(),
      guests: [{ ...typed(guest), fullName: shouted }],
    })
    assert.equal(response.statusCode, 201, response.body)
    assert.equal(response.json<DeclaredBody>().declarations[0]?.fullName, guest.fullName)
    const wrong = await pickPerson(db(), ADULT)
    const otherDay = wrong.birthDate.endsWith('01')
      ? `${wrong.birthDate.slice(0, 8)}02`
      : `${wrong.birthDate.slice(0, 8)}01`
    await refused(
      { arrivalAt: now(), guests: [{ ...typed(wrong), birthDate: otherDay }] },
      { status: 422, code: 'STAY_IDENTITY_MISMATCH', guest: 0 },
      [wrong.personalNumber, wrong.fullName],
    )
  })

  it('refuses a person the registry does not know, and one it records as deceased', async () => {
    const known = await pickPerson(db(), ADULT)
    const [free] = await db().query<{ n: string }>(
      `SELECT $1 || lpad(s::text, 6, '0') AS n FROM generate_series(0, 999999) s
        WHERE NOT EXISTS (SELECT 1 FROM residents WHERE personal_number = $1 || lpad(s::text, 6, '0'))
        LIMIT 1`,
      [known.personalNumber.slice(0, 6)],
    )
    await refused(
      { arrivalAt: now(), guests: [{ ...typed(known), personalNumber: free!.n }] },
      { status: 422, code: 'STAY_PERSON_UNKNOWN', guest: 0 },
      [free!.n, known.fullName],
    )
    const dead = await pickPerson(db(), `status = 'deceased'`)
    await refused(
      { arrivalAt: now(), guests: [typed(dead)] },
      { status: 422, code: 'STAY_PERSON_DECEASED', guest: 0 },
      [dead.personalNumber, dead.fullName],
    )
  })

  it('declares a foreign guest by passport MRZ, entry and visa', async () => {
    const mrz = passport()
    const response = await declare(app(), desk, {
      arrivalAt: now(),
      guests: [
        {
          passportMrz: mrz,
          entryDate: '2026-11-20',
          visaNumber: 'EV1234',
          visaExpiresOn: '2026-11-25',
        },
      ],
    })
    assert.equal(response.statusCode, 201, response.body)
    const stay = response.json<DeclaredBody>().declarations[0]!
    assert.equal(stay.guestKind, 'foreigner')
    assert.equal(stay.nationality, 'USA')
    assert.equal(stay.fullName, 'SMITH JOHN PAUL')
    assert.equal(stay.method, 'passport_mrz')
    assert.deepEqual(stay.flags, ['visa_expired'])
    const lines = mrz.split('\n')
    const misread = `${lines[0]}\n${lines[1]!.slice(0, 9)}${(Number(lines[1]![9]) + 1) % 10}${lines[1]!.slice(10)}`
    const error = await refused(
      { arrivalAt: now(), guests: [{ passportMrz: misread, entryDate: '2026-11-20' }] },
      { status: 422, code: 'STAY_MRZ_INVALID', guest: 0 },
    )
    assert.equal(error.details?.reason, 'MRZ_CHECK_DIGIT')
    await refused(
      {
        arrivalAt: now(),
        guests: [{ passportMrz: passport({ expiryDate: '2026-01-01' }), entryDate: '2025-12-20' }],
      },
      { status: 422, code: 'STAY_PASSPORT_EXPIRED', guest: 0 },
    )
  })

  it('declares a family in one step, the child linked to the adult, a lone child flagged', async () => {
    const [parent, child, lone] = [
      await pickPerson(db(), ADULT),
      await pickPerson(db(), CHILD),
      await pickPerson(db(), CHILD),
    ]
    const response = await declare(app(), desk, {
      arrivalAt: now(),
      guests: [
        { ...typed(parent), room: '305' },
        { ...typed(child), room: '305', accompaniedBy: 0 },
        { ...typed(lone), room: '306' },
      ],
    })
    assert.equal(response.statusCode, 201, response.body)
    const body = response.json<DeclaredBody>()
    const [adultStay, childStay, loneStay] = body.declarations as [
      PoliceDeclaration,
      PoliceDeclaration,
      PoliceDeclaration,
    ]
    assert.ok(body.groupId)
    assert.ok(body.declarations.every((d) => d.groupId === body.groupId))
    assert.equal(childStay.accompaniedBy, adultStay.id)
    assert.deepEqual(childStay.flags, [])
    assert.deepEqual(loneStay.flags, ['minor_unaccompanied'])
    const [a, b] = [await pickPerson(db(), CHILD), await pickPerson(db(), CHILD)]
    await refused(
      { arrivalAt: now(), guests: [typed(a), { ...typed(b), accompaniedBy: 0 }] },
      { status: 422, code: 'STAY_COMPANION_INVALID', guest: 1 },
    )
  })

  it('refuses a guest already checked in here, flags one with a stay open elsewhere', async () => {
    const guest = await pickPerson(db(), ADULT)
    assert.equal(
      (await declare(app(), desk, { arrivalAt: now(), guests: [typed(guest)] })).statusCode,
      201,
    )
    await refused(
      { arrivalAt: now(), guests: [typed(guest)] },
      { status: 409, code: 'STAY_ALREADY_CHECKED_IN', guest: 0 },
    )
    const moved = await declare(app(), other, { arrivalAt: now(), guests: [typed(guest)] })
    assert.equal(moved.statusCode, 201, moved.body)
    assert.deepEqual(moved.json<DeclaredBody>().declarations[0]?.flags, ['open_stay_elsewhere'])
  })

  it('refuses a full establishment and one the police have not approved', async () => {
    const small = await openDesk(app(), db(), { capacity: 2 })
    const [a, b, c] = [
      await pickPerson(db(), ADULT),
      await pickPerson(db(), ADULT),
      await pickPerson(db(), ADULT),
    ]
    assert.equal(
      (await declare(app(), small, { arrivalAt: now(), guests: [typed(a), typed(b)] })).statusCode,
      201,
    )
    const full = await declare(app(), small, { arrivalAt: now(), guests: [typed(c)] })
    assertRefusal(full, { status: 409, code: 'STAY_ESTABLISHMENT_FULL' })
    const pending = await openDesk(app(), db(), { status: 'pending' })
    const refusedHere = await declare(app(), pending, { arrivalAt: now(), guests: [typed(c)] })
    assertRefusal(refusedHere, { status: 409, code: 'STAY_ESTABLISHMENT_NOT_APPROVED' })
  })

  it('lets only the establishment’s own staff and software declare', async () => {
    const guest = await pickPerson(db(), ADULT)
    const payload = { arrivalAt: now(), guests: [typed(guest)] }
    const stranger = await app().inject({
      method: 'POST',
      url: `${BASE}/establishments/${desk.establishmentId}/declarations`,
      headers: { cookie: other.staff.cookie, 'idempotency-key': randomUUID() },
      payload,
    })
    assertRefusal(stranger, { status: 403, code: 'STAY_NOT_ESTABLISHMENT_STAFF' })
    const credentials = await app().inject({
      method: 'POST',
      url: `${BASE}/establishments/${desk.establishmentId}/credentials`,
      headers: { cookie: desk.owner.cookie },
    })
    assert.equal(credentials.statusCode, 200, credentials.body)
    const { clientId, clientSecret } = credentials.json<{
      clientId: string
      clientSecret: string
    }>()
    const token = await app().inject({
      method: 'POST',
      url: '/oidc/token',
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: 'grant_type=client_credentials&scope=stays.declare',
    })
    assert.equal(token.statusCode, 200, token.body)
    const bearer = `Bearer ${token.json<{ access_token: string }>().access_token}`
    const bySoftware = await app().inject({
      method: 'POST',
      url: `${BASE}/establishments/${desk.establishmentId}/declarations`,
      headers: { authorization: bearer, 'idempotency-key': randomUUID() },
      payload,
    })
    assert.equal(bySoftware.statusCode, 201, bySoftware.body)
    const [row] = await db().query<{ declared_by: string }>(
      'SELECT declared_by FROM stay_declarations WHERE id = $1',
      [bySoftware.json<DeclaredBody>().declarations[0]!.id],
    )
    assert.equal(row?.declared_by, clientId)
  })

  it('records one event per declaration, with no names or numbers', async () => {
    const guest = await pickPerson(db(), ADULT)
    const response = await declare(app(), desk, { arrivalAt: now(), guests: [typed(guest)] })
    const id = response.json<DeclaredBody>().declarations[0]!.id
    const events = await db().query<{ event_type: string; payload: Record<string, unknown> }>(
      `SELECT event_type, payload FROM outbox_events WHERE aggregate_type = 'stay' AND aggregate_id = $1`,
      [id],
    )
    assert.equal(events.length, 1)
    assert.equal(events[0]!.event_type, 'stays.declared')
    const payload = events[0]!.payload
    assert.deepEqual(Object.keys(payload).sort(), [
      'arrivalAt',
      'birthYear',
      'communeCode',
      'declarationId',
      'departedAt',
      'establishmentId',
      'establishmentTypeCode',
      'expectedDepartureAt',
      'guestKind',
      'late',
      'nationality',
      'provinceCode',
      'sex',
      'tripId',
    ])
    assert.equal(payload.birthYear, Number(guest.birthDate.slice(0, 4)))
    assert.equal(payload.establishmentTypeCode, 'hotel_3_star')
    const text = JSON.stringify(payload)
    assert.ok(!text.includes(guest.personalNumber) && !text.includes(guest.fullName))
  })

  it('requires an Idempotency-Key and answers a retry with the stored response', async () => {
    const guest = await pickPerson(db(), ADULT)
    const payload = { arrivalAt: now(), guests: [typed(guest)] }
    const missing = await declare(app(), desk, payload, {})
    assertRefusal(missing, { status: 400, code: 'STAY_IDEMPOTENCY_KEY_REQUIRED' })
    const key = { 'idempotency-key': randomUUID() }
    const first = await declare(app(), desk, payload, key)
    assert.equal(first.statusCode, 201, first.body)
    assert.equal(first.headers['idempotent-replayed'], undefined)
    const retry = await declare(app(), desk, payload, key)
    assert.equal(retry.statusCode, 201)
    assert.equal(retry.headers['idempotent-replayed'], 'true')
    assert.deepEqual(retry.json(), first.json(), 'the same declaration, the same ids')
    const changed = await declare(
      app(),
      desk,
      { ...payload, guests: [{ ...typed(guest), room: '9' }] },
      key,
    )
    assertRefusal(changed, { status: 422, code: 'STAY_IDEMPOTENCY_KEY_REUSED' })
    const stored = `SELECT count(*)::int AS n FROM stay_idempotency_keys WHERE key = $1`
    const kept = async () =>
      (await db().query<{ n: number }>(stored, [key['idempotency-key']]))[0]!.n
    await purgeIdempotencyKeys(db().db, new Date(Date.now() + 23 * 3_600_000))
    assert.equal(await kept(), 1, 'a day to retry')
    await purgeIdempotencyKeys(db().db, new Date(Date.now() + 25 * 3_600_000))
    assert.equal(await kept(), 0, 'then the stored answer, with its guests, is gone')
  })

  it('makes one declaration of 20 concurrent requests under one key', async () => {
    const guest = await pickPerson(db(), ADULT)
    const payload = { arrivalAt: now(), guests: [typed(guest)] }
    const key = { 'idempotency-key': randomUUID() }
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => declare(app(), desk, payload, key)),
    )
    assert.deepEqual(
      responses.map((r) => r.statusCode),
      responses.map(() => 201),
      responses.map((r) => r.body).join('\n'),
    )
    const ids = new Set(responses.map((r) => r.json<DeclaredBody>().declarations[0]!.id))
    assert.equal(ids.size, 1)
    assert.equal(responses.filter((r) => r.headers['idempotent-replayed'] !== 'true').length, 1)
    const [row] = await db().query<{ n: number }>(
      'SELECT count(*)::int AS n FROM stay_declarations WHERE personal_number = $1',
      [guest.personalNumber],
    )
    assert.equal(row?.n, 1)
  })
})
