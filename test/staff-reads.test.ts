import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { seedPopulation } from '../src/modules/population/index.js'
import { deriveSsoSecrets, registerClient } from '../src/modules/sso/index.js'
import {
  accessLogOf,
  clientBearer,
  enrol,
  pickResident,
  type Actor,
  testConfig,
  useApp,
  describeOnEngines,
  TODAY,
} from './kit/index.js'

describeOnEngines('staff reads the person sees, by name', (db) => {
  const app = useApp(db)
  let person: Actor

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 17, today: TODAY })
    person = await enrol(app(), db())
  })

  it("a partner verifying a person's identity QR leaves an entry naming the partner", async () => {
    const partner = await registerClient(
      { db: db().db, secrets: deriveSsoSecrets(testConfig.SSO_SECRET), allowHttp: true },
      {
        name: 'Ngân hàng Thử nghiệm',
        kind: 'machine',
        authMethod: 'client_secret_basic',
        role: 'partnerSystem',
        agencyCode: 'NHNN',
        scopes: ['identity.links.record'],
      },
    )
    const issued = await app().inject({
      method: 'POST',
      url: '/api/v1/identity/qr',
      headers: { cookie: person.cookie },
    })
    const { token } = issued.json<{ token: string }>()
    const verified = await app().inject({
      method: 'POST',
      url: '/api/v1/identity/verify',
      headers: {
        authorization: await clientBearer(
          app(),
          { clientId: partner.clientId, secret: partner.clientSecret! },
          'identity.links.record',
        ),
      },
      payload: { token },
    })
    assert.equal(verified.statusCode, 200, verified.body)
    const [entry] = (await accessLogOf(app(), person.cookie)).filter(
      (e) => e.action === 'identity.token.verify',
    )
    assert.ok(entry, 'the verification is in the log')
    assert.equal(entry.viaSystemName, 'Ngân hàng Thử nghiệm')
    assert.equal(entry.actorAgency, 'NHNN')
    assert.equal(entry.actorAgencyName?.vi, 'Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Đồng Nai')
    assert.deepEqual(entry.actionLabel, {
      vi: 'Xác minh mã QR định danh của bạn',
      en: 'Verified your identity QR code',
    })
  })

  it("names the department officer's agency and the commune officer's commune", async () => {
    const department = await enrol(app(), db(), {
      role: 'departmentOfficer',
      unitCodes: ['75'],
      agencyCode: 'SYT',
    })
    const commune = await enrol(app(), db(), {
      role: 'communeOfficer',
      unitCodes: [person.communeCode],
    })
    for (const [officer, purpose] of [
      [department, 'health_care'],
      [commune, 'administrative_procedure'],
    ] as const) {
      const read = await app().inject({
        method: 'GET',
        url: `/api/v1/population/residents/${person.personalNumber}?purpose=${purpose}`,
        headers: { cookie: officer.cookie },
      })
      assert.equal(read.statusCode, 200, read.body)
    }
    const entries = await accessLogOf(app(), person.cookie)
    const byDepartment = entries.find((e) => e.actorRole === 'departmentOfficer')!
    assert.equal(byDepartment.actorAgency, 'SYT')
    assert.deepEqual(byDepartment.actorAgencyName, { vi: 'Sở Y tế', en: 'Department of Health' })
    const byCommune = entries.find((e) => e.actorRole === 'communeOfficer')!
    assert.equal(byCommune.actorUnitCode, person.communeCode)
    assert.ok(byCommune.actorUnitName, 'the commune by name')
    assert.deepEqual(byCommune.actionLabel, {
      vi: 'Xem thông tin cá nhân của bạn',
      en: 'Viewed your personal details',
    })
  })

  it('answers a number that does not exist as it answers a resident outside the units', async () => {
    const officer = await enrol(app(), db(), { role: 'communePolice' })
    const outside = await pickResident(db(), `commune_code <> '${officer.communeCode}'`)
    const [free] = await db().query<{ n: string }>(
      `SELECT '0750' || lpad(g::text, 8, '0') AS n FROM generate_series(90000000, 90000100) g
        WHERE NOT EXISTS (SELECT 1 FROM residents WHERE personal_number = '0750' || lpad(g::text, 8, '0'))
        LIMIT 1`,
    )
    const unknown = free!.n
    const withoutRequestId = (body: string) => {
      const parsed = JSON.parse(body) as { error: { requestId?: string } }
      delete parsed.error.requestId
      return JSON.stringify(parsed)
    }
    const probes: [string, string, 'GET' | 'POST'][] = [
      ['/api/v1/population/residents/:n?purpose=residence_management', 'record', 'GET'],
      [
        '/api/v1/population/residents/:n/household?purpose=residence_management',
        'household',
        'GET',
      ],
      [
        '/api/v1/population/residents/:n/movements?purpose=residence_management',
        'movements',
        'GET',
      ],
      ['/api/v1/identity/accounts/:n/level2', 'level 2', 'POST'],
    ]
    for (const [url, what, method] of probes) {
      const ask = (number: string) =>
        app().inject({
          method,
          url: url.replace(':n', number),
          headers: { cookie: officer.cookie },
          ...(method === 'POST' ? { payload: {} } : {}),
        })
      const missing = await ask(unknown)
      const elsewhere = await ask(outside.personalNumber)
      assert.equal(missing.statusCode, 404, `${what}: ${missing.body}`)
      assert.equal(elsewhere.statusCode, missing.statusCode, `${what}: ${elsewhere.body}`)
      assert.equal(withoutRequestId(elsewhere.body), withoutRequestId(missing.body), what)
    }
  })
})
