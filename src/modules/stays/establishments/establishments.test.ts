import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import {
  enrol,
  pickResident,
  signInCookie,
  type Actor,
  useApp,
  describeOnEngines,
  refusalOf,
  TODAY,
} from '../../../../test/kit/index.js'
import { DEMONSTRATION_PASSWORD, ensureDemonstrationAccounts } from '../../identity/index.js'
import { ensurePlanReference, refreshKpis } from '../../plan/index.js'
import { seedPopulation } from '../../population/index.js'
import {
  approvedEstablishmentCounts,
  DEMONSTRATION_ESTABLISHMENT_ID,
  ensureDemonstrationEstablishment,
} from '../index.js'

interface EstablishmentBody {
  id: string
  status: string
  capacityUnit: string
  decisionReason: string | null
  ssoClientId: string | null
}
type Caller = Actor | { authorization: string } | undefined

const base = '/api/v1/stays'
describeOnEngines('establishments: registration, decision, staff and API credentials', (db) => {
  const app = useApp(db)
  let demonstrationStaff: string
  let owner: Actor
  let levelOne: Actor
  let police: Actor
  let otherPolice: Actor
  let provincialPolice: Actor
  let staffMember: Actor

  /** app.inject as a caller (a session, a bearer token or nobody), the status checked. */
  async function call(
    who: Caller,
    request: InjectOptions & { expect: number },
  ): Promise<LightMyRequestResponse> {
    const { expect, ...options } = request
    const headers = !who ? {} : 'cookie' in who ? { cookie: who.cookie } : who
    const response = await app().inject({ ...options, headers: { ...options.headers, ...headers } })
    assert.equal(response.statusCode, expect, `${JSON.stringify(options.url)}: ${response.body}`)
    return response
  }

  /** Registers under a fresh Idempotency-Key unless one is given (null: none at all). */
  const register = (
    who: Actor,
    body: Record<string, unknown>,
    expect = 201,
    key: string | null = randomUUID(),
  ) =>
    call(who, {
      method: 'POST',
      url: `${base}/establishments`,
      headers: key === null ? {} : { 'idempotency-key': key },
      payload: {
        name: 'Nhà nghỉ Hoa Mai',
        typeCode: 'guest_house',
        address: '12 Lê Lợi',
        communeCode: owner.communeCode,
        capacity: 12,
        ...body,
      },
      expect,
    })

  const decide = (who: Actor, id: string, payload: Record<string, unknown>, expect = 200) =>
    call(who, { method: 'POST', url: `${base}/establishments/${id}/decision`, payload, expect })

  const approved = async (body: Record<string, unknown> = {}): Promise<string> => {
    const { id } = (await register(owner, body)).json<EstablishmentBody>()
    await decide(police, id, { decision: 'approve' })
    return id
  }

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 9, today: TODAY })
    // First, while every resident is free: the demonstration accounts take theirs.
    const accounts = await ensureDemonstrationAccounts(db().db)
    demonstrationStaff = accounts.find((a) => a.who === 'establishmentStaff')!.personalNumber
    owner = await enrol(app(), db())
    await db().query(`UPDATE eid_accounts SET level = 2 WHERE id = $1`, [owner.accountId])
    const here = `commune_code = '${owner.communeCode}'`
    const elsewhere = `commune_code <> '${owner.communeCode}'`
    levelOne = await enrol(app(), db(), { where: here })
    staffMember = await enrol(app(), db(), { where: here })
    police = await enrol(app(), db(), { role: 'communePolice', where: here })
    const other = await pickResident(db(), elsewhere)
    otherPolice = await enrol(app(), db(), {
      role: 'communePolice',
      where: `commune_code = '${other.communeCode}'`,
    })
    provincialPolice = await enrol(app(), db(), { role: 'provincialPolice', unitCodes: ['75'] })
  })

  it('lists the establishment types to anyone, each with the unit of its capacity', async () => {
    const types = (
      await call(undefined, { method: 'GET', url: `${base}/establishment-types`, expect: 200 })
    ).json<{ code: string; capacityUnit: string }[]>()
    assert.equal(types.length, 12)
    const unitOf = Object.fromEntries(types.map((t) => [t.code, t.capacityUnit]))
    assert.deepEqual(
      [unitOf.hotel_5_star, unitOf.medical_facility, unitOf.coach_operator],
      ['room', 'bed', 'seat'],
    )
  })

  it('registers an establishment for an owner of eID level 2 only', async () => {
    const refused = await register(levelOne, {}, 403)
    assert.equal(refusalOf(refused).code, 'STAY_OWNER_LEVEL_2_REQUIRED')
    const created = (await register(owner, { typeCode: 'medical_facility', capacity: 80 })).json<
      EstablishmentBody & { communeCode: string; provinceCode: string }
    >()
    assert.equal(created.status, 'pending')
    assert.equal(created.capacityUnit, 'bed')
    assert.deepEqual([created.communeCode, created.provinceCode], [owner.communeCode, '75'])
    const mine = (
      await call(owner, { method: 'GET', url: `${base}/establishments/mine`, expect: 200 })
    ).json<EstablishmentBody[]>()
    assert.ok(mine.some((e) => e.id === created.id))
  })

  it('registers once per Idempotency-Key: a retry gets the first answer back', async () => {
    const countMine = async () =>
      (await call(owner, { method: 'GET', url: `${base}/establishments/mine`, expect: 200 })).json<
        EstablishmentBody[]
      >().length
    const before = await countMine()
    const key = randomUUID()
    const body = { name: 'Khách sạn Gửi Lại', typeCode: 'hotel_3_star', capacity: 30 }
    const first = await register(owner, body, 201, key)
    assert.equal(first.headers['idempotent-replayed'], undefined)
    const retried = await register(owner, body, 201, key)
    assert.equal(retried.headers['idempotent-replayed'], 'true')
    assert.deepEqual(retried.json(), first.json())
    assert.equal(await countMine(), before + 1)

    const reused = await register(owner, { ...body, capacity: 31 }, 422, key)
    assert.equal(refusalOf(reused).code, 'STAY_IDEMPOTENCY_KEY_REUSED')
    const keyless = await register(owner, body, 400, null)
    assert.equal(refusalOf(keyless).code, 'STAY_IDEMPOTENCY_KEY_REQUIRED')
    assert.equal(await countMine(), before + 1)
  })

  it('refuses an unknown type, a commune not in force and a capacity under one', async () => {
    assert.equal(
      refusalOf(await register(owner, { typeCode: 'castle' }, 422)).code,
      'STAY_ESTABLISHMENT_TYPE_UNKNOWN',
    )
    assert.equal(
      refusalOf(await register(owner, { communeCode: '99999' }, 422)).code,
      'STAY_COMMUNE_UNKNOWN',
    )
    const [abolished] = await db().query<{ code: string }>(
      `SELECT code FROM admin_units a WHERE level = 'commune' AND valid_to IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM admin_units b WHERE b.code = a.code AND b.valid_to IS NULL)
        LIMIT 1`,
    )
    assert.ok(abolished, 'the registry holds communes abolished in 2025')
    assert.equal(
      refusalOf(await register(owner, { communeCode: abolished.code }, 422)).code,
      'STAY_COMMUNE_UNKNOWN',
    )
    const empty = await register(owner, { capacity: 0 }, 400)
    assert.deepEqual(refusalOf<{ field: string }[]>(empty).details[0]?.field, 'capacity')
  })

  it('lets only the police of the place decide, once, and tells the owner the reason', async () => {
    const { id } = (await register(owner, {})).json<EstablishmentBody>()
    const listed = (status: string, who: Actor) =>
      call(who, { method: 'GET', url: `${base}/establishments?status=${status}`, expect: 200 })
    const ids = async (status: string, who: Actor) =>
      (await listed(status, who)).json<EstablishmentBody[]>().map((e) => e.id)
    assert.ok((await ids('pending', police)).includes(id))
    assert.ok((await ids('pending', provincialPolice)).includes(id))
    assert.ok(!(await ids('pending', otherPolice)).includes(id))

    const outside = await decide(otherPolice, id, { decision: 'approve' }, 403)
    assert.equal(refusalOf(outside).code, 'AUTH_OUTSIDE_JURISDICTION')
    const bare = await decide(police, id, { decision: 'refuse', reason: '  ' }, 422)
    assert.equal(refusalOf(bare).code, 'STAY_REFUSAL_REASON_REQUIRED')
    const reason = 'Chưa có giấy chứng nhận đủ điều kiện về an ninh, trật tự'
    const refused = (
      await decide(police, id, { decision: 'refuse', reason })
    ).json<EstablishmentBody>()
    assert.equal(refused.status, 'refused')
    const again = await decide(provincialPolice, id, { decision: 'approve' }, 409)
    assert.equal(refusalOf(again).code, 'STAY_ESTABLISHMENT_ALREADY_DECIDED')
    assert.ok((await ids('refused', police)).includes(id))

    const mine = (
      await call(owner, { method: 'GET', url: `${base}/establishments/mine`, expect: 200 })
    ).json<EstablishmentBody[]>()
    assert.equal(mine.find((e) => e.id === id)?.decisionReason, reason)
    const [message] = await db().query<{ body: string }>(
      `SELECT body FROM development_outbox ORDER BY id DESC LIMIT 1`,
    )
    assert.ok(message?.body.includes(reason), 'the owner is sent the reason')
    const [audit] = await db().query<{ subject: string; role: string }>(
      `SELECT subject_personal_number AS subject, actor_role AS role FROM audit_entries
        WHERE action = 'stays.establishment.decide' AND summary->>'establishmentId' = $1`,
      [id],
    )
    assert.deepEqual(audit, { subject: owner.personalNumber, role: 'communePolice' })
    const [event] = await db().query<{ payload: Record<string, unknown> }>(
      `SELECT payload FROM outbox_events
        WHERE event_type = 'stays.establishment_decided' AND aggregate_id = $1`,
      [id],
    )
    assert.deepEqual(event?.payload, {
      establishmentId: id,
      typeCode: 'guest_house',
      communeCode: owner.communeCode,
      status: 'refused',
      capacity: 12,
    })
  })

  it('lets the owner of an approved establishment name and revoke staff, bound to it alone', async () => {
    const pending = (await register(owner, {})).json<EstablishmentBody>().id
    const id = await approved()
    const other = await approved({ name: 'Nhà nghỉ Hoa Lan' })
    const name = (where: string, who: Actor, personalNumber: string, expect: number) =>
      call(who, {
        method: 'POST',
        url: `${base}/establishments/${where}/staff`,
        payload: { personalNumber },
        expect,
      })
    const readAs = (who: Actor, where: string, expect: number) =>
      call(who, { method: 'GET', url: `${base}/establishments/${where}`, expect })

    const early = await name(pending, owner, staffMember.personalNumber, 409)
    assert.equal(refusalOf(early).code, 'STAY_ESTABLISHMENT_NOT_APPROVED')
    assert.equal(
      refusalOf(await name(id, levelOne, staffMember.personalNumber, 403)).code,
      'STAY_NOT_ESTABLISHMENT_OWNER',
    )
    const stranger = await pickResident(db())
    assert.equal(
      refusalOf(await name(id, owner, stranger.personalNumber, 422)).code,
      'IDENTITY_GRANTEE_WITHOUT_ACCOUNT',
    )
    assert.equal(refusalOf(await readAs(staffMember, id, 403)).code, 'AUTH_FORBIDDEN')
    const { grantId } = (await name(id, owner, staffMember.personalNumber, 201)).json<{
      grantId: number
    }>()
    assert.equal(
      refusalOf(await name(id, owner, staffMember.personalNumber, 409)).code,
      'IDENTITY_GRANT_EXISTS',
    )

    const workplaces = async () =>
      (
        await call(staffMember, {
          method: 'GET',
          url: `${base}/establishments/workplaces`,
          expect: 200,
        })
      )
        .json<EstablishmentBody[]>()
        .map((e) => e.id)
    assert.deepEqual(await workplaces(), [id])
    assert.equal((await readAs(staffMember, id, 200)).json<EstablishmentBody>().id, id)
    assert.equal(
      refusalOf(await readAs(staffMember, other, 403)).code,
      'STAY_NOT_ESTABLISHMENT_STAFF',
    )
    const staff = (
      await call(owner, { method: 'GET', url: `${base}/establishments/${id}/staff`, expect: 200 })
    ).json<{ grantId: number; personalNumber: string }[]>()
    assert.deepEqual(
      staff.map((m) => [m.grantId, m.personalNumber]),
      [[grantId, staffMember.personalNumber]],
    )

    const revoke = (where: string, expect: number) =>
      call(owner, {
        method: 'DELETE',
        url: `${base}/establishments/${where}/staff/${grantId}`,
        expect,
      })
    assert.equal(refusalOf(await revoke(other, 404)).code, 'IDENTITY_GRANT_NOT_FOUND')
    await revoke(id, 204)
    assert.equal(refusalOf(await revoke(id, 409)).code, 'IDENTITY_GRANT_ALREADY_REVOKED')
    assert.equal(refusalOf(await readAs(staffMember, id, 403)).code, 'AUTH_FORBIDDEN')
    assert.deepEqual(await workplaces(), [])
    const [audits] = await db().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_entries
        WHERE action LIKE 'identity.staffGrant.%' AND summary->>'establishmentId' = $1
          AND actor_role = 'establishmentOwner' AND subject_personal_number = $2`,
      [id, staffMember.personalNumber],
    )
    assert.equal(audits?.n, 2)
  })

  it("gives an approved establishment's software one API client, its secret rotated on request", async () => {
    const id = await approved({ typeCode: 'hotel_4_star', capacity: 120 })
    const other = await approved({ name: 'Khách sạn khác' })
    const issue = (expect: number) =>
      call(owner, { method: 'POST', url: `${base}/establishments/${id}/credentials`, expect })
    const token = (clientId: string, secret: string) =>
      app().inject({
        method: 'POST',
        url: '/oidc/token',
        headers: {
          authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: 'grant_type=client_credentials&scope=stays.declare',
      })
    const first = (await issue(200)).json<{
      clientId: string
      clientSecret: string
      rotated: boolean
    }>()
    assert.equal(first.rotated, false)
    const granted = await token(first.clientId, first.clientSecret)
    assert.equal(granted.statusCode, 200, granted.body)
    const bearer = {
      authorization: `Bearer ${granted.json<{ access_token: string }>().access_token}`,
    }
    const own = await call(bearer, {
      method: 'GET',
      url: `${base}/establishments/${id}`,
      expect: 200,
    })
    assert.equal(own.json<EstablishmentBody>().ssoClientId, first.clientId)
    const foreign = await call(bearer, {
      method: 'GET',
      url: `${base}/establishments/${other}`,
      expect: 403,
    })
    assert.equal(refusalOf(foreign).code, 'STAY_NOT_ESTABLISHMENT_STAFF')
    await call(bearer, { method: 'GET', url: `${base}/establishments/mine`, expect: 403 })

    const second = (await issue(200)).json<{
      clientId: string
      clientSecret: string
      rotated: boolean
    }>()
    assert.deepEqual([second.clientId, second.rotated], [first.clientId, true])
    assert.notEqual(second.clientSecret, first.clientSecret)
    assert.equal((await token(first.clientId, first.clientSecret)).statusCode, 401)
    assert.equal((await token(second.clientId, second.clientSecret)).statusCode, 200)
    const pending = (await register(owner, {})).json<EstablishmentBody>().id
    await call(owner, {
      method: 'POST',
      url: `${base}/establishments/${pending}/credentials`,
      expect: 409,
    })
    await call(levelOne, {
      method: 'POST',
      url: `${base}/establishments/${id}/credentials`,
      expect: 403,
    })
  })

  it('counts approved establishments by type for the plan KPIs of models 9-12', async () => {
    await approved({ typeCode: 'coach_operator', capacity: 45 })
    const counts = await approvedEstablishmentCounts(db().db)
    const byType = Object.fromEntries(counts.map((c) => [c.typeCode, c.approved]))
    const [expected] = await db().query<{ coach: number }>(
      `SELECT count(*)::int AS coach FROM stay_establishments
        WHERE status = 'approved' AND type_code = 'coach_operator'`,
    )
    assert.ok(expected && expected.coach > 0)
    assert.equal(byType.coach_operator, expected.coach)
    assert.equal(byType.medical_facility, 0, 'the medical facility is still pending')
    await ensurePlanReference(db().db)
    const snapshots = await refreshKpis(db(), new Date())
    const model12 = snapshots.find((s) => s.kpiKey === 'model12.establishments')
    assert.equal(model12?.state, 'computed')
    assert.equal(model12.indicators?.[0]?.value, expected.coach)
    assert.deepEqual(model12.breakdown?.rows, [
      { unitCode: owner.communeCode, values: [expected.coach] },
    ])
  })

  it('gives each establishment a code people read, in the order registered, never its id', async () => {
    const first = (await register(owner, {})).json<EstablishmentBody & { code: string }>()
    const second = (await register(owner, {})).json<EstablishmentBody & { code: string }>()
    for (const e of [first, second]) assert.match(e.code, /^CS-\d{5}$/)
    assert.equal(Number(second.code.slice(3)), Number(first.code.slice(3)) + 1)
    const mine = (
      await call(owner, { method: 'GET', url: `${base}/establishments/mine`, expect: 200 })
    ).json<(EstablishmentBody & { code: string })[]>()
    assert.equal(mine.find((e) => e.id === second.id)?.code, second.code)
  })

  it('creates the demonstration hotel its demonstration staff member declares for', async () => {
    assert.equal(await ensureDemonstrationEstablishment(db().db), true)
    assert.equal(await ensureDemonstrationEstablishment(db().db), false)
    const cookie = await signInCookie(app(), demonstrationStaff, DEMONSTRATION_PASSWORD)
    const response = await app().inject({
      method: 'GET',
      url: `${base}/establishments/${DEMONSTRATION_ESTABLISHMENT_ID}`,
      headers: { cookie },
    })
    assert.equal(response.statusCode, 200, response.body)
    const hotel = response.json<EstablishmentBody & { code: string }>()
    assert.equal(hotel.status, 'approved')
    assert.equal(hotel.code, DEMONSTRATION_ESTABLISHMENT_ID, 'its readable id is its code')
  })
})
