import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { TODAY, describeOnEngines, enrol, useApp, type Actor } from '../../../test/kit/index.js'
import { AppError } from '../../platform/http/errors.js'
import { provinceOfCommune, seedPopulation } from '../population/index.js'
import { builtinHandler, type BuiltinCall } from './builtins.js'
import { exchangeClient } from './exchange.test-support.js'
import { schoolsConnectedKpi } from './index.js'

interface Person {
  personalNumber: string
  fullName: string
  birthDate: string
  sex: 'M' | 'F'
  status: string
}

/**
 * The services other modules build into the platform, answered under their names by the
 * exchange's registry as the gateway calls them: a consumer's question, its grant's attributes.
 */
describeOnEngines('exchange: services built into the platform by other modules', (db) => {
  const app = useApp(db)
  let person: Person
  let resident: Actor

  const ask = (name: string, call: Partial<BuiltinCall>) => {
    const handler = builtinHandler(name)
    assert.ok(handler, `${name} is registered`)
    return handler({
      method: 'POST',
      path: '',
      query: {},
      body: undefined,
      consumerCode: 'NHCSXH',
      purpose: 'checking',
      attributes: [],
      db: db().db,
      ...call,
    })
  }
  const refusedWith = (code: string, status: number) => (error: unknown) =>
    error instanceof AppError && error.code === code && error.status === status
  const question = (over: Partial<Person> = {}) => {
    const { personalNumber, fullName, birthDate } = { ...person, ...over }
    return { personalNumber, fullName, birthDate }
  }

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 31, today: TODAY })
    resident = await enrol(app(), db(), { level: 2 })
    const [row] = await db().query<Person>(
      `SELECT personal_number AS "personalNumber", full_name AS "fullName",
              birth_date::text AS "birthDate", sex, status
         FROM residents WHERE personal_number = $1`,
      [resident.personalNumber],
    )
    person = row!
  })

  it('tells the bank only the eligibility facts its grant names (model 20)', async () => {
    const answer = await ask('eligibility-facts', {
      body: question(),
      attributes: ['householdSize', 'age'],
    })
    const body = answer.body as Record<string, unknown>
    assert.equal(answer.status, 200)
    assert.equal(body.match, true)
    assert.ok(typeof body.householdSize === 'number' && body.householdSize >= 1)
    assert.ok(typeof body.age === 'number' && body.age >= 14)
    assert.equal(body.alive, undefined, 'alive is not in the grant')
    const other = await ask('eligibility-facts', {
      body: question({ birthDate: '1900-01-01' }),
      attributes: ['householdSize', 'age', 'alive'],
    })
    assert.deepEqual(other.body, { match: false })
    await assert.rejects(
      ask('eligibility-facts', { body: { personalNumber: 12 } }),
      refusedWith('POPULATION_CHECK_QUESTION_INVALID', 400),
    )
    await assert.rejects(
      ask('eligibility-facts', { method: 'GET', body: question() }),
      refusedWith('POPULATION_CHECK_QUESTION_INVALID', 400),
    )
  })

  it('checks a teacher or a student for a school, the role as the school gave it (model 31)', async () => {
    const teacher = await ask('school-identity-check', {
      body: { ...question({ fullName: person.fullName.toUpperCase() }), role: 'teacher' },
      attributes: ['age'],
    })
    assert.equal((teacher.body as { match: boolean }).match, true)
    assert.equal((teacher.body as { role: string }).role, 'teacher')
    const wrong = await ask('school-identity-check', {
      body: { ...question({ fullName: 'Nguyễn Văn Khác' }), role: 'student' },
    })
    assert.deepEqual(wrong.body, { match: false, role: 'student' })
    await assert.rejects(
      ask('school-identity-check', { body: { ...question(), role: 'principal' } }),
      refusedWith('POPULATION_CHECK_QUESTION_INVALID', 400),
    )
  })

  it("checks a chip card's QR against the registry for a partner", async () => {
    const [y, m, d] = person.birthDate.split('-')
    const sex = person.sex === 'M' ? 'Nam' : 'Nữ'
    const cardQr = `${person.personalNumber}||${person.fullName}|${d}${m}${y}|${sex}|Biên Hòa, Đồng Nai|01072024`
    const answer = await ask('card-qr-check', { body: { cardQr }, attributes: ['eidLevel'] })
    assert.deepEqual(
      { ...(answer.body as object), identity: undefined },
      { valid: true, match: true, eidLevel: 2, identity: undefined },
    )
    const forged = cardQr.replace(person.fullName, 'Nguyễn Văn Giả')
    assert.equal(
      ((await ask('card-qr-check', { body: { cardQr: forged } })).body as { match: boolean }).match,
      false,
    )
    const garbage = await ask('card-qr-check', { body: { cardQr: 'hello' } })
    assert.deepEqual(garbage.body, { valid: false, reason: 'CARD_QR_FORMAT' })
    await assert.rejects(
      ask('card-qr-check', { body: { qr: 'x' } }),
      refusedWith('IDENTITY_CHECK_QUESTION_INVALID', 400),
    )
  })

  it('verifies an identity QR for a partner, once when asked', async () => {
    const issued = await app().inject({
      method: 'POST',
      url: '/api/v1/identity/qr',
      headers: { cookie: resident.cookie },
    })
    assert.equal(issued.statusCode, 201, issued.body)
    const { token } = issued.json<{ token: string }>()
    const first = await ask('identity-qr-check', { body: { token, singleUse: true } })
    const body = first.body as { valid: boolean; identity: { personalNumber: string } }
    assert.equal(body.valid, true)
    assert.equal(body.identity.personalNumber, person.personalNumber)
    const again = await ask('identity-qr-check', { body: { token, singleUse: true } })
    assert.deepEqual(again.body, { valid: false, reason: 'IDENTITY_TOKEN_REPLAYED' })
    const tampered = await ask('identity-qr-check', {
      body: { token: `${token.slice(0, -4)}AAAA` },
    })
    assert.equal((tampered.body as { valid: boolean }).valid, false)
    await assert.rejects(
      ask('identity-qr-check', { body: { token: 5 } }),
      refusedWith('IDENTITY_CHECK_QUESTION_INVALID', 400),
    )
  })

  it("issues a document into a resident's vault under the member's code (models 32-34)", async () => {
    const issuance = {
      personalNumber: person.personalNumber,
      kind: 'judicial-record-certificate',
      fields: {
        certificateType: '1',
        certificateNumber: 'LLTP-000031',
        fullName: person.fullName,
        birthDate: person.birthDate,
        hasConvictions: false,
        purpose: 'Bổ sung hồ sơ xin việc',
      },
      issuedOn: TODAY,
    }
    const issued = await ask('vault-issuance', { consumerCode: 'STP', body: issuance })
    assert.equal(issued.status, 201)
    assert.equal((issued.body as { issuerAgency: string }).issuerAgency, 'STP')
    const vault = await app().inject({
      method: 'GET',
      url: '/api/v1/me/documents',
      headers: { cookie: resident.cookie },
    })
    assert.ok(vault.body.includes('judicial-record-certificate'), vault.body.slice(0, 200))
    await assert.rejects(
      ask('vault-issuance', { consumerCode: 'SYT', body: issuance }),
      refusedWith('DOCUMENT_KIND_NOT_ENTITLED', 403),
    )
    await assert.rejects(
      ask('vault-issuance', { consumerCode: 'STP', body: { ...issuance, fields: 'x' } }),
      refusedWith('DOCUMENT_ISSUE_BODY_INVALID', 400),
    )
    await assert.rejects(
      ask('vault-issuance', {
        consumerCode: 'STP',
        body: { ...issuance, personalNumber: '075999999999' },
      }),
      refusedWith('DOCUMENT_OWNER_UNKNOWN', 404),
    )
  })

  it('counts the schools connected: a school member with an approved grant (model 31)', async () => {
    const x = exchangeClient(app)
    const province = await provinceOfCommune(db().db, resident.communeCode)
    const admin = await enrol(app(), db(), { role: 'administrator', unitCodes: [province] })
    const officer = (agencyCode: string) =>
      enrol(app(), db(), { role: 'departmentOfficer', unitCodes: [province], agencyCode })
    const [police, school, other] = [
      await officer('CATINH'),
      await officer('THPTLQD'),
      await officer('THCSNT'),
    ]
    await x.member(admin, 'CATINH')
    await x.member(admin, 'THPTLQD', 'school')
    await x.member(admin, 'THCSNT', 'school')
    const service = await x.service(admin, {
      providerCode: 'CATINH',
      code: 'school-check',
      attributes: ['age'],
      purposes: [{ code: 'enrolment', name: 'Tuyển sinh', legalBasis: 'Luật Giáo dục 2019' }],
      target: { kind: 'builtin', name: 'school-identity-check' },
    })
    const before = await schoolsConnectedKpi(db().db, new Date())
    assert.equal(before.connected, 0)
    await x.grant(school, police, {
      consumerCode: 'THPTLQD',
      serviceId: service.id,
      purposes: ['enrolment'],
    })
    // Asked for and not yet approved: not connected.
    const asked = await x.call(other, 'POST', '/grants', {
      consumerCode: 'THCSNT',
      serviceId: service.id,
      purposes: ['enrolment'],
      attributes: [],
    })
    assert.equal(asked.statusCode, 201, asked.body)
    assert.equal((await schoolsConnectedKpi(db().db, new Date())).connected, 1)
  })
})
