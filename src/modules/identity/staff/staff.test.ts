import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import {
  enrol,
  pickResident,
  type Actor,
  useApp,
  describeOnEngines,
  refusalOf,
  assertRefusal,
  TODAY,
} from '../../../../test/kit/index.js'
import { seedPopulation } from '../../population/index.js'
import { ROLE_BINDINGS, type StaffGrant } from '../index.js'

type GrantJson = Omit<StaffGrant, 'grantedAt' | 'revokedAt'> & {
  grantedAt: string
  revokedAt: string | null
}
interface Page {
  grants: GrantJson[]
  next: number | null
}

const STAFF = '/api/v1/identity/staff/grants'

describeOnEngines('staff grants', (db) => {
  const app = useApp(db)
  let communeA: string
  let communeB: string
  /** Administrator of commune A only. */
  let admin: Actor
  /** Administrator of the whole province. */
  let provincial: Actor

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 13, today: TODAY })
    communeA = (await pickResident(db())).communeCode
    communeB = (await pickResident(db(), `commune_code <> '${communeA}'`)).communeCode
    admin = await enrol(app(), db(), { role: 'administrator', unitCodes: [communeA] })
    provincial = await enrol(app(), db(), { role: 'administrator', unitCodes: ['75'] })
  })

  const grant = (actor: Actor, payload: object) =>
    app().inject({ method: 'POST', url: STAFF, payload, headers: { cookie: actor.cookie } })
  const revoke = (actor: Actor, id: number, reason: string) =>
    app().inject({
      method: 'POST',
      url: `${STAFF}/${id}/revocation`,
      payload: { reason },
      headers: { cookie: actor.cookie },
    })
  const list = async (actor: Actor, query = ''): Promise<Page> => {
    const response = await app().inject({
      method: 'GET',
      url: `${STAFF}?${query}`,
      headers: { cookie: actor.cookie },
    })
    assert.equal(response.statusCode, 200, response.body)
    return response.json<Page>()
  }
  const readResident = (actor: Actor, personalNumber: string) =>
    app().inject({
      method: 'GET',
      url: `/api/v1/population/residents/${personalNumber}?purpose=residence_management`,
      headers: { cookie: actor.cookie },
    })
  const auditOf = (grantId: number) =>
    db().query<{ action: string; actor_role: string; subject: string; summary: object }>(
      `SELECT action, actor_role, subject_personal_number AS subject, summary FROM audit_entries
        WHERE summary->>'grantId' = $1 ORDER BY seq`,
      [String(grantId)],
    )
  const newOfficerGrant = async (unit: string, by = admin) => {
    const officer = await enrol(app(), db())
    const response = await grant(by, {
      personalNumber: officer.personalNumber,
      role: 'communeOfficer',
      unitCodes: [unit],
    })
    assert.equal(response.statusCode, 201, response.body)
    return { officer, grant: response.json<GrantJson>() }
  }

  it('grants a role in the administrator’s commune, audited, and the officer reads at once', async () => {
    const resident = await pickResident(db(), `commune_code = '${communeA}'`)
    const officer = await enrol(app(), db())
    assert.equal(
      refusalOf(await readResident(officer, resident.personalNumber)).code,
      'AUTH_FORBIDDEN',
    )

    const payload = {
      personalNumber: officer.personalNumber,
      role: 'communeOfficer',
      unitCodes: [communeA],
    }
    const response = await grant(admin, payload)
    assert.equal(response.statusCode, 201, response.body)
    const created = response.json<GrantJson>()
    assert.deepEqual(
      { ...created, id: 0, grantedAt: '' },
      {
        id: 0,
        personalNumber: officer.personalNumber,
        role: 'communeOfficer',
        unitCodes: [communeA],
        establishmentId: null,
        agencyCode: null,
        grantedAt: '',
        grantedBy: admin.personalNumber,
        revokedAt: null,
      },
    )
    assert.equal((await readResident(officer, resident.personalNumber)).statusCode, 200)

    const [entry] = await auditOf(created.id)
    assert.equal(entry?.action, 'identity.staffGrant.create')
    assert.equal(entry.actor_role, 'administrator')
    assert.equal(entry.subject, officer.personalNumber)
    assert.deepEqual(entry.summary, {
      grantId: created.id,
      role: 'communeOfficer',
      units: communeA,
      establishmentId: null,
      agencyCode: null,
    })
    const again = await grant(admin, payload)
    assertRefusal(again, { status: 409, code: 'IDENTITY_GRANT_EXISTS' })
  })

  it('lists grants by role and unit, newest first, page by page, within the jurisdiction', async () => {
    const inA = (await newOfficerGrant(communeA)).grant
    const inB = (await newOfficerGrant(communeB, provincial)).grant

    const mine = await list(admin, 'role=communeOfficer')
    assert.ok(mine.grants.some((g) => g.id === inA.id))
    assert.ok(!mine.grants.some((g) => g.id === inB.id), 'commune B is not the admin’s')
    assert.ok(mine.grants.every((g) => g.role === 'communeOfficer'))

    const inUnitB = await list(provincial, `unit=${communeB}`)
    assert.deepEqual(
      inUnitB.grants.map((g) => g.id),
      [inB.id],
    )
    const everything = await list(provincial)
    assert.ok(
      everything.grants.some((g) => g.id === inA.id),
      'the province covers commune A',
    )

    const nowhere = await enrol(app(), db(), { role: 'administrator', unitCodes: [] })
    assert.deepEqual(await list(nowhere), { grants: [], next: null })

    const first = await list(provincial, 'limit=1')
    assert.equal(first.grants.length, 1)
    assert.ok(first.next !== null)
    const second = await list(provincial, `limit=1&after=${first.next}`)
    assert.ok(second.grants[0]!.id < first.grants[0]!.id)
  })

  it('revokes a grant: kept with its time, audited with who and why, access gone at once', async () => {
    const { officer, grant: given } = await newOfficerGrant(communeA)
    const resident = await pickResident(db(), `commune_code = '${communeA}'`)
    assert.equal((await readResident(officer, resident.personalNumber)).statusCode, 200)

    const blank = await revoke(admin, given.id, '   ')
    assert.equal(refusalOf(blank).code, 'IDENTITY_REVOKE_REASON_REQUIRED')
    const response = await revoke(admin, given.id, 'Chuyển công tác')
    assert.equal(response.statusCode, 200, response.body)
    assert.ok(response.json<GrantJson>().revokedAt)
    assert.equal(
      refusalOf(await readResident(officer, resident.personalNumber)).code,
      'AUTH_FORBIDDEN',
    )

    const again = await revoke(admin, given.id, 'Chuyển công tác')
    assertRefusal(again, { status: 409, code: 'IDENTITY_GRANT_ALREADY_REVOKED' })
    assert.ok(!(await list(admin)).grants.some((g) => g.id === given.id))
    const history = await list(admin, 'status=revoked')
    assert.ok(history.grants.some((g) => g.id === given.id && g.revokedAt !== null))

    const entries = await auditOf(given.id)
    assert.deepEqual(
      entries.map((e) => e.action),
      ['identity.staffGrant.create', 'identity.staffGrant.revoke'],
    )
    assert.deepEqual(entries[1]!.summary, {
      grantId: given.id,
      role: 'communeOfficer',
      reason: 'Chuyển công tác',
    })
    const missing = await revoke(admin, 2_000_000_000, 'không có')
    assertRefusal(missing, { status: 404, code: 'IDENTITY_GRANT_NOT_FOUND' })
  })

  it('refuses grants and revocations outside the administrator’s jurisdiction', async () => {
    const someone = await enrol(app(), db())
    for (const unitCodes of [[communeB], ['75'], [communeA, communeB]]) {
      const refused = await grant(admin, {
        personalNumber: someone.personalNumber,
        role: 'communeOfficer',
        unitCodes,
      })
      assert.equal(refused.statusCode, 403, JSON.stringify(unitCodes))
      assert.equal(refusalOf(refused).code, 'AUTH_OUTSIDE_JURISDICTION')
    }
    const inB = (await newOfficerGrant(communeB, provincial)).grant
    const refused = await revoke(admin, inB.id, 'không thuộc địa bàn')
    assert.equal(refusalOf(refused).code, 'AUTH_OUTSIDE_JURISDICTION')
  })

  it('refuses any grant to oneself, so no administrator raises their own powers', async () => {
    for (const [role, unitCodes] of [
      ['administrator', ['75']],
      ['administrator', [communeA]],
      ['communePolice', [communeA]],
    ] as const) {
      const refused = await grant(admin, { personalNumber: admin.personalNumber, role, unitCodes })
      assertRefusal(refused, { status: 403, code: 'IDENTITY_GRANT_TO_SELF' })
    }
  })

  it('refuses unknown units, residents without an account and bindings unfit for the role', async () => {
    const someone = await enrol(app(), db())
    const base = { personalNumber: someone.personalNumber, unitCodes: [communeA] }
    const unknown = await grant(admin, { ...base, role: 'communeOfficer', unitCodes: ['99999'] })
    assertRefusal(unknown, { status: 422, code: 'IDENTITY_GRANT_UNIT_UNKNOWN' })

    const withoutAccount = await pickResident(db(), `commune_code = '${communeA}'`)
    const noAccount = await grant(admin, {
      ...base,
      personalNumber: withoutAccount.personalNumber,
      role: 'communeOfficer',
    })
    assertRefusal(noAccount, { status: 422, code: 'IDENTITY_GRANTEE_WITHOUT_ACCOUNT' })

    assert.equal(ROLE_BINDINGS.establishmentStaff, 'establishment')
    for (const payload of [
      { ...base, role: 'establishmentStaff' },
      { ...base, role: 'communeOfficer', agencyCode: 'SO-YTE' },
      { ...base, role: 'departmentOfficer', establishmentId: 'KS-001' },
    ]) {
      const refused = await grant(admin, payload)
      assert.equal(refused.statusCode, 422, JSON.stringify(payload))
      assert.equal(refusalOf(refused).code, 'IDENTITY_GRANT_BINDING_INVALID')
    }
    const hotel = await grant(admin, {
      ...base,
      role: 'establishmentStaff',
      establishmentId: 'KS-001',
    })
    assert.equal(hotel.statusCode, 201, hotel.body)
    assert.equal(hotel.json<GrantJson>().establishmentId, 'KS-001')
  })

  it('answers only administrators', async () => {
    const officer = (await newOfficerGrant(communeA)).officer
    const refused = await grant(officer, {
      personalNumber: admin.personalNumber,
      role: 'administrator',
      unitCodes: ['75'],
    })
    assertRefusal(refused, { status: 403, code: 'AUTH_FORBIDDEN' })
  })
})
