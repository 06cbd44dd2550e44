import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import {
  TODAY,
  accessLogOf,
  assertRefusal,
  describeOnEngines,
  enrol,
  useListeningApp,
  type Actor,
} from '../../../test/kit/index.js'
import { provinceOfCommune, seedPopulation } from '../population/index.js'
import { exchangeClient, memberSystemToken } from './exchange.test-support.js'

interface Person {
  personalNumber: string
  fullName: string
  birthDate: string
  sex: 'M' | 'F'
}

/**
 * The services built into the platform, called as members' systems call them: through the
 * gateway's /x/{provider}/{service}, with a token of openid-client, a purpose and a grant. A
 * granted member gets only its grant's attributes, a member without a grant is refused before
 * the service, bad input is refused in the platform's envelope, and what a check released
 * appears in the resident's access log as the calling member.
 */
describeOnEngines('exchange: built-in services through the gateway', (db) => {
  const served = useListeningApp(db)
  const app = () => served().app
  const x = exchangeClient(app)
  let resident: Actor
  let person: Person
  let hospital: string
  let school: string
  let justice: string
  let bank: string

  const call = (token: string, path: string, purpose: string, payload: unknown) =>
    app().inject({
      method: 'POST',
      url: `/x/${path}`,
      headers: { authorization: `Bearer ${token}`, 'x-purpose': purpose },
      payload: payload as object,
    })
  const ok = async (token: string, path: string, purpose: string, payload: unknown) => {
    const response = await call(token, path, purpose, payload)
    assert.ok(response.statusCode < 300, `${path}: ${response.statusCode} ${response.body}`)
    return response.json<Record<string, unknown>>()
  }
  const refused = async (
    response: Awaited<ReturnType<typeof call>>,
    expected: { status: number; code: string },
  ) => {
    const refusal = assertRefusal(response, expected)
    assert.ok(refusal.requestId, 'the envelope names the request')
  }
  const question = () => ({
    personalNumber: person.personalNumber,
    fullName: person.fullName,
    birthDate: person.birthDate,
  })
  const cardQr = () => {
    const [y, m, d] = person.birthDate.split('-')
    const sex = person.sex === 'M' ? 'Nam' : 'Nữ'
    return `${person.personalNumber}||${person.fullName}|${d}${m}${y}|${sex}|Biên Hòa, Đồng Nai|01072024`
  }
  const identityQr = async () => {
    const issued = await app().inject({
      method: 'POST',
      url: '/api/v1/identity/qr',
      headers: { cookie: resident.cookie },
    })
    assert.equal(issued.statusCode, 201, issued.body)
    return issued.json<{ token: string }>().token
  }
  const checksSeen = async () =>
    (await accessLogOf(app(), resident.cookie)).filter((e) => e.action === 'exchange.builtin.check')

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 33, today: TODAY })
    resident = await enrol(app(), db(), { level: 2 })
    person = (
      await db().query<Person>(
        `SELECT personal_number AS "personalNumber", full_name AS "fullName",
                birth_date::text AS "birthDate", sex
           FROM residents WHERE personal_number = $1`,
        [resident.personalNumber],
      )
    )[0]!
    const province = await provinceOfCommune(db().db, resident.communeCode)
    const admin = await enrol(app(), db(), { role: 'administrator', unitCodes: [province] })
    const officer = (agencyCode: string) =>
      enrol(app(), db(), { role: 'departmentOfficer', unitCodes: [province], agencyCode })
    const codes = ['CATINH', 'STTTT', 'BVDKDN', 'THPTLQD', 'STP', 'NHCSXH'] as const
    const officers: Record<string, Actor> = {}
    for (const code of codes) {
      officers[code] = await officer(code)
      await x.member(admin, code, code === 'THPTLQD' ? 'school' : 'agency')
    }
    const checking = [
      {
        code: 'identity_verification',
        name: 'Xác minh danh tính',
        legalBasis: 'Luật Căn cước 2023',
      },
    ]
    const builtin = async (
      providerCode: string,
      code: string,
      name: string,
      attributes: string[],
      purposes = checking,
    ) =>
      x.service(admin, {
        providerCode,
        code,
        attributes,
        purposes,
        target: { kind: 'builtin', name },
      })
    const services = {
      residents: await builtin('CATINH', 'residents', 'resident-verification', [
        'eidLevel',
        'alive',
        'communeCode',
      ]),
      card: await builtin('CATINH', 'card-check', 'card-qr-check', ['eidLevel', 'alive']),
      token: await builtin('CATINH', 'qr-check', 'identity-qr-check', []),
      school: await builtin(
        'CATINH',
        'school-check',
        'school-identity-check',
        ['age', 'alive', 'communeCode'],
        [{ code: 'enrolment', name: 'Tuyển sinh', legalBasis: 'Luật Giáo dục 2019' }],
      ),
      vault: await builtin(
        'STTTT',
        'vault',
        'vault-issuance',
        [],
        [{ code: 'issuance', name: 'Cấp giấy tờ', legalBasis: 'Luật Giao dịch điện tử 2023' }],
      ),
    }
    const police = officers.CATINH!
    const grant = (
      consumerCode: string,
      serviceId: string,
      attributes: string[],
      purposes: string[],
    ) =>
      x.grant(officers[consumerCode]!, serviceId === services.vault.id ? officers.STTTT! : police, {
        consumerCode,
        serviceId,
        attributes,
        purposes,
      })
    await grant('BVDKDN', services.residents.id, ['communeCode'], ['identity_verification'])
    await grant('BVDKDN', services.card.id, ['eidLevel'], ['identity_verification'])
    await grant('BVDKDN', services.token.id, [], ['identity_verification'])
    await grant('THPTLQD', services.school.id, ['age'], ['enrolment'])
    await grant('STP', services.vault.id, [], ['issuance'])
    hospital = await memberSystemToken(served(), admin, 'BVDKDN')
    school = await memberSystemToken(served(), admin, 'THPTLQD')
    justice = await memberSystemToken(served(), admin, 'STP')
    bank = await memberSystemToken(served(), admin, 'NHCSXH')
  })

  it('verifies a resident: only the granted commune, a stranger refused, bad input refused', async () => {
    const before = (await checksSeen()).length
    const answer = await ok(hospital, 'CATINH/residents', 'identity_verification', question())
    assert.deepEqual(answer, { match: true, communeCode: resident.communeCode })
    const none = await ok(hospital, 'CATINH/residents', 'identity_verification', {
      ...question(),
      birthDate: '1900-01-01',
    })
    assert.deepEqual(none, { match: false })
    await refused(await call(bank, 'CATINH/residents', 'identity_verification', question()), {
      status: 403,
      code: 'EXCHANGE_NO_GRANT',
    })
    await refused(
      await call(hospital, 'CATINH/residents', 'identity_verification', { personalNumber: 'x' }),
      { status: 400, code: 'EXCHANGE_BUILTIN_BODY_INVALID' },
    )
    // The match is in the resident's log as the hospital; no match and refusals are not.
    const seen = await checksSeen()
    assert.equal(seen.length, before + 1)
    assert.equal(seen[0]!.actorAgency, 'BVDKDN')
    assert.equal(seen[0]!.actorAgencyName?.vi, 'Thành viên BVDKDN')
    assert.ok(seen[0]!.actionLabel?.vi)
  })

  it('checks a chip card QR: the granted eID level, not whether alive', async () => {
    const before = (await checksSeen()).length
    const answer = await ok(hospital, 'CATINH/card-check', 'identity_verification', {
      cardQr: cardQr(),
    })
    assert.equal(answer.valid, true)
    assert.equal(answer.match, true)
    assert.equal(answer.eidLevel, 2)
    assert.equal(answer.alive, undefined, 'alive is not in the grant')
    await refused(
      await call(bank, 'CATINH/card-check', 'identity_verification', { cardQr: cardQr() }),
      { status: 403, code: 'EXCHANGE_NO_GRANT' },
    )
    await refused(
      await call(hospital, 'CATINH/card-check', 'identity_verification', { qr: cardQr() }),
      { status: 400, code: 'IDENTITY_CHECK_QUESTION_INVALID' },
    )
    const seen = await checksSeen()
    assert.equal(seen.length, before + 1)
    assert.equal(seen[0]!.actorAgency, 'BVDKDN')
  })

  it('verifies an identity QR once, for the granted member only', async () => {
    const before = (await checksSeen()).length
    const token = await identityQr()
    await refused(
      await call(bank, 'CATINH/qr-check', 'identity_verification', { token, singleUse: true }),
      { status: 403, code: 'EXCHANGE_NO_GRANT' },
    )
    const first = await ok(hospital, 'CATINH/qr-check', 'identity_verification', {
      token,
      singleUse: true,
    })
    assert.equal(first.valid, true)
    assert.equal(
      (first.identity as { personalNumber: string }).personalNumber,
      resident.personalNumber,
    )
    const again = await ok(hospital, 'CATINH/qr-check', 'identity_verification', {
      token,
      singleUse: true,
    })
    assert.deepEqual(again, { valid: false, reason: 'IDENTITY_TOKEN_REPLAYED' })
    await refused(await call(hospital, 'CATINH/qr-check', 'identity_verification', { token: 5 }), {
      status: 400,
      code: 'IDENTITY_CHECK_QUESTION_INVALID',
    })
    assert.equal((await checksSeen()).length, before + 1)
  })

  it('checks a student for a school: the granted age only, under its stated purpose', async () => {
    const answer = await ok(school, 'CATINH/school-check', 'enrolment', {
      ...question(),
      role: 'student',
    })
    assert.equal(answer.match, true)
    assert.equal(answer.role, 'student')
    assert.equal(typeof answer.age, 'number')
    assert.equal(answer.alive, undefined)
    assert.equal(answer.communeCode, undefined)
    await refused(
      await call(hospital, 'CATINH/school-check', 'enrolment', { ...question(), role: 'student' }),
      { status: 403, code: 'EXCHANGE_NO_GRANT' },
    )
    await refused(
      await call(school, 'CATINH/school-check', 'enrolment', { ...question(), role: 'principal' }),
      { status: 400, code: 'POPULATION_CHECK_QUESTION_INVALID' },
    )
    const seen = await checksSeen()
    assert.equal(seen[0]!.actorAgency, 'THPTLQD')
  })

  it("issues into the resident's vault for the granted agency only", async () => {
    const issuance = {
      personalNumber: person.personalNumber,
      kind: 'judicial-record-certificate',
      fields: {
        certificateType: '1',
        certificateNumber: 'LLTP-000033',
        fullName: person.fullName,
        birthDate: person.birthDate,
        hasConvictions: false,
        purpose: 'Bổ sung hồ sơ xin việc',
      },
      issuedOn: TODAY,
    }
    const issued = await call(justice, 'STTTT/vault', 'issuance', issuance)
    assert.equal(issued.statusCode, 201, issued.body)
    assert.equal(issued.json<{ issuerAgency: string }>().issuerAgency, 'STP')
    await refused(await call(bank, 'STTTT/vault', 'issuance', issuance), {
      status: 403,
      code: 'EXCHANGE_NO_GRANT',
    })
    await refused(await call(justice, 'STTTT/vault', 'issuance', { ...issuance, fields: 'x' }), {
      status: 400,
      code: 'DOCUMENT_ISSUE_BODY_INVALID',
    })
    const vault = await app().inject({
      method: 'GET',
      url: '/api/v1/me/documents',
      headers: { cookie: resident.cookie },
    })
    assert.ok(vault.body.includes('LLTP-000033') || vault.body.includes('judicial-record'))
  })
})
