import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { CompactSign, exportJWK, generateKeyPair } from 'jose'
import {
  accessLogOf,
  assertRefusal,
  describeOnEngines,
  enrol,
  seedTwoCommunes,
  useApp,
  type Actor,
  type TwoCommunes,
} from '../../../test/kit/index.js'
import {
  API,
  call,
  cardQrOf,
  identityQrOf,
  openPartner,
  type PartnerDesk,
} from './verification.test-support.js'
import { verificationKpi } from './index.js'
import { vietnamDate } from '../../platform/time/vietnam.js'

interface CheckAnswer {
  check: {
    id: string
    result: string
    method: string
    eidLevel: number | null
    flag: string | null
  }
  presented: { fullName: string } | null
}

describeOnEngines('identity checks at partners', (db) => {
  const app = useApp(db)
  let places: TwoCommunes
  let admin: Actor
  let hospital: PartnerDesk
  let notary: PartnerDesk
  let person: Actor

  before(async () => {
    places = await seedTwoCommunes(db())
    const here = places.inside.communeCode
    admin = await enrol(app(), db(), { role: 'administrator', unitCodes: [here] })
    hospital = await openPartner(app(), db(), admin, { kind: 'hospital', communeCode: here })
    notary = await openPartner(app(), db(), admin, { kind: 'notary', communeCode: here })
    person = await enrol(app(), db(), { level: 2, where: `commune_code = '${here}'` })
  })

  const check = (desk: PartnerDesk, payload: unknown, status: number) =>
    call<CheckAnswer>(
      app(),
      desk.staff,
      { method: 'POST', url: `${API}/checks`, payload: payload as object },
      status,
    )

  it('registers partners only inside the administrator’s units, with sound input', async () => {
    const post = (payload: unknown) =>
      app().inject({
        method: 'POST',
        url: `${API}/partners`,
        payload: payload as object,
        headers: { cookie: admin.cookie },
      })
    const good = {
      kind: 'pawnshop',
      name: 'Tiệm cầm đồ An Bình',
      communeCode: places.inside.communeCode,
    }
    assert.equal((await post(good)).statusCode, 201)
    assertRefusal(await post({ ...good, kind: 'bank' }), { status: 400, code: 'REQUEST_INVALID' })
    assertRefusal(await post({ ...good, name: '  ' }), { status: 400, code: 'REQUEST_INVALID' })
    assertRefusal(await post({ ...good, communeCode: 123 }), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
    assertRefusal(await post({ ...good, communeCode: '99999' }), {
      status: 422,
      code: 'VERIFICATION_UNIT_UNKNOWN',
    })
    assertRefusal(await post({ ...good, communeCode: places.outside.communeCode }), {
      status: 403,
      code: 'AUTH_OUTSIDE_JURISDICTION',
    })
    const list = await call<{ partners: { id: string }[] }>(
      app(),
      admin,
      { method: 'GET', url: `${API}/partners` },
      200,
    )
    assert.ok(list.partners.some((p) => p.id === hospital.id))
  })

  it('names staff only of a known partner, of a resident with an account', async () => {
    const post = (id: string, payload: unknown) =>
      app().inject({
        method: 'POST',
        url: `${API}/partners/${id}/staff`,
        payload: payload as object,
        headers: { cookie: admin.cookie },
      })
    assertRefusal(await post('not-a-uuid', { personalNumber: person.personalNumber }), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
    assertRefusal(await post(crypto.randomUUID(), { personalNumber: person.personalNumber }), {
      status: 404,
      code: 'VERIFICATION_PARTNER_NOT_FOUND',
    })
    assertRefusal(await post(hospital.id, { personalNumber: '12' }), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
    assertRefusal(await post(hospital.id, { personalNumber: hospital.staff.personalNumber }), {
      status: 409,
      code: 'IDENTITY_GRANT_EXISTS',
    })
  })

  it('checks an identity QR against the registry, once, with the eID level', async () => {
    const token = await identityQrOf(app(), person)
    const answer = await check(hospital, { code: token, purpose: 'medicalCheckIn' }, 201)
    assert.equal(answer.check.result, 'match')
    assert.equal(answer.check.method, 'identityQr')
    assert.equal(answer.check.eidLevel, 2)
    const replay = await app().inject({
      method: 'POST',
      url: `${API}/checks`,
      payload: { code: token, purpose: 'medicalCheckIn' },
      headers: { cookie: hospital.staff.cookie },
    })
    assertRefusal(replay, { status: 409, code: 'VERIFICATION_TOKEN_REPLAYED' })
  })

  it('checks a chip card QR: match, mismatch (altered name), not found', async () => {
    const code = await cardQrOf(db(), person.personalNumber)
    const match = await check(notary, { code, purpose: 'notarisation' }, 201)
    assert.equal(match.check.result, 'match')
    assert.equal(match.check.eidLevel, 2)
    const altered = await cardQrOf(db(), person.personalNumber, { fullName: 'Nguyễn Văn Giả' })
    assert.equal(
      (await check(notary, { code: altered, purpose: 'notarisation' }, 201)).check.result,
      'mismatch',
    )
    const [row] = await db().query<{ n: string }>(
      `SELECT lpad((max(personal_number)::bigint + 1)::text, 12, '0') AS n FROM residents`,
    )
    const unknown = code.replace(person.personalNumber, row!.n)
    const read = await app().inject({
      method: 'POST',
      url: `${API}/checks`,
      payload: { code: unknown, purpose: 'notarisation' },
      headers: { cookie: notary.staff.cookie },
    })
    // A number no card carries is refused as unreadable; one the registry lacks is not found.
    if (read.statusCode === 201) assert.equal(read.json<CheckAnswer>().check.result, 'notFound')
    else assertRefusal(read, { status: 422, code: 'VERIFICATION_CODE_UNREADABLE' })
  })

  it('refuses bad input to a check with a 4xx', async () => {
    const post = (payload: unknown) =>
      app().inject({
        method: 'POST',
        url: `${API}/checks`,
        payload: payload as object,
        headers: { cookie: hospital.staff.cookie },
      })
    assertRefusal(await post({ code: 'rác', purpose: 'medicalCheckIn' }), {
      status: 422,
      code: 'VERIFICATION_CODE_UNREADABLE',
    })
    assertRefusal(await post({ code: 'a.b.c', purpose: 'medicalCheckIn' }), {
      status: 422,
      code: 'VERIFICATION_TOKEN_REFUSED',
    })
    assertRefusal(await post({ code: 'x', purpose: 'notarisation' }), {
      status: 422,
      code: 'VERIFICATION_PURPOSE_NOT_FOR_KIND',
    })
    assertRefusal(await post({ code: '', purpose: 'medicalCheckIn' }), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
    assertRefusal(await post({ code: 'x' }), { status: 400, code: 'REQUEST_INVALID' })
    assertRefusal(await post({ code: 'x', purpose: 'x', extra: 1 }), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
    assertRefusal(await post({ code: 'x'.repeat(5000), purpose: 'medicalCheckIn' }), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
  })

  it('shows a partner its own checks only, with filters', async () => {
    const mine = await call<{ checks: { id: string; purpose: string; result: string }[] }>(
      app(),
      notary.staff,
      { method: 'GET', url: `${API}/checks?result=mismatch` },
      200,
    )
    assert.ok(mine.checks.length >= 1)
    assert.ok(mine.checks.every((c) => c.result === 'mismatch' && c.purpose === 'notarisation'))
    const hospitals = await call<{ checks: { id: string }[] }>(
      app(),
      hospital.staff,
      { method: 'GET', url: `${API}/checks` },
      200,
    )
    const other = mine.checks[0]!.id
    assert.ok(!hospitals.checks.some((c) => c.id === other))
    const read = (who: Actor, id: string) =>
      app().inject({ method: 'GET', url: `${API}/checks/${id}`, headers: { cookie: who.cookie } })
    assertRefusal(await read(hospital.staff, other), {
      status: 404,
      code: 'VERIFICATION_CHECK_NOT_FOUND',
    })
    assert.equal((await read(notary.staff, other)).statusCode, 200)
    assertRefusal(await read(notary.staff, 'x'), { status: 400, code: 'REQUEST_INVALID' })
    const badFilter = await app().inject({
      method: 'GET',
      url: `${API}/checks?result=maybe&limit=0`,
      headers: { cookie: notary.staff.cookie },
    })
    assertRefusal(badFilter, { status: 400, code: 'REQUEST_INVALID' })
    const today = new Date().toISOString().slice(0, 10)
    const byDay = await call<{ checks: unknown[] }>(
      app(),
      notary.staff,
      { method: 'GET', url: `${API}/checks?from=2020-01-01&to=${today}` },
      200,
    )
    assert.ok(byDay.checks.length >= mine.checks.length)
  })

  it('names the partner in the person’s access log', async () => {
    const log = await accessLogOf(app(), person.cookie)
    const checks = log.filter((e) => e.action === 'verification.check.record')
    assert.ok(checks.length >= 2)
    const names = new Set(checks.map((e) => e.actorEstablishmentName))
    assert.ok(names.has('Đối tác hospital') && names.has('Đối tác notary'), [...names].join())
    assert.equal(checks[0]!.actorRole, 'partnerStaff')
  })

  it('refuses a staff grant bound to no partner, and residents', async () => {
    const unbound = await enrol(app(), db(), { role: 'partnerStaff' })
    const answer = await app().inject({
      method: 'GET',
      url: `${API}/partner`,
      headers: { cookie: unbound.cookie },
    })
    assertRefusal(answer, { status: 404, code: 'VERIFICATION_NO_PARTNER' })
    const resident = await app().inject({
      method: 'POST',
      url: `${API}/checks`,
      payload: { code: 'x', purpose: 'medicalCheckIn' },
      headers: { cookie: person.cookie },
    })
    assertRefusal(resident, { status: 403, code: 'AUTH_FORBIDDEN' })
    const mine = await call<{ partner: { id: string }; purposes: string[] }>(
      app(),
      hospital.staff,
      { method: 'GET', url: `${API}/partner` },
      200,
    )
    assert.equal(mine.partner.id, hospital.id)
    assert.deepEqual(mine.purposes, ['medicalCheckIn'])
  })

  it('accepts a kiosk attestation once, fresh, from a registered key only', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true })
    const jwk = await exportJWK(publicKey)
    const device = await call<{ id: string }>(
      app(),
      hospital.staff,
      { method: 'POST', url: `${API}/devices`, payload: { name: 'Ki-ốt sảnh A', publicJwk: jwk } },
      201,
    )
    const sign = async (
      payload: Record<string, unknown>,
      key: CryptoKey = privateKey,
      kid: string = device.id,
    ) =>
      new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
        .setProtectedHeader({ alg: 'ES256', kid })
        .sign(key)
    const now = Math.floor(Date.now() / 1000)
    const body = (nonce: string, extra: Record<string, unknown> = {}) => ({
      sub: person.personalNumber,
      match: true,
      iat: now,
      nonce,
      ...extra,
    })
    const post = (attestation: string) =>
      app().inject({ method: 'POST', url: `${API}/kiosk/check-ins`, payload: { attestation } })
    const first = await sign(body('nonce-0000000000000001'))
    const accepted = await post(first)
    assert.equal(accepted.statusCode, 201, accepted.body)
    assert.equal(accepted.json<CheckAnswer>().check.method, 'kioskBiometric')
    assert.equal(accepted.json<CheckAnswer>().check.result, 'match')
    assertRefusal(await post(first), { status: 409, code: 'VERIFICATION_ATTESTATION_REPLAYED' })
    const stale = await sign(body('nonce-0000000000000002', { iat: now - 3600 }))
    assertRefusal(await post(stale), { status: 422, code: 'VERIFICATION_ATTESTATION_STALE' })
    const other = await generateKeyPair('ES256')
    const forged = await sign(body('nonce-0000000000000003'), other.privateKey)
    assertRefusal(await post(forged), { status: 401, code: 'VERIFICATION_ATTESTATION_SIGNATURE' })
    const unknown = await sign(body('nonce-0000000000000004'), privateKey, crypto.randomUUID())
    assertRefusal(await post(unknown), {
      status: 401,
      code: 'VERIFICATION_ATTESTATION_KEY_UNKNOWN',
    })
    const noNonce = await sign(body('short'))
    assertRefusal(await post(noNonce), { status: 400, code: 'VERIFICATION_ATTESTATION_MALFORMED' })
    assertRefusal(await post('not a jws'), {
      status: 400,
      code: 'VERIFICATION_ATTESTATION_MALFORMED',
    })
    const missing = await app().inject({
      method: 'POST',
      url: `${API}/kiosk/check-ins`,
      payload: {},
    })
    assertRefusal(missing, { status: 400, code: 'REQUEST_INVALID' })
    // A revoked key signs no more.
    const revoke = (id: string, who = hospital.staff) =>
      app().inject({
        method: 'DELETE',
        url: `${API}/devices/${id}`,
        headers: { cookie: who.cookie },
      })
    assertRefusal(await revoke(device.id, notary.staff), {
      status: 404,
      code: 'VERIFICATION_DEVICE_NOT_FOUND',
    })
    assert.equal((await revoke(device.id)).statusCode, 204)
    assertRefusal(await revoke(device.id), { status: 404, code: 'VERIFICATION_DEVICE_NOT_FOUND' })
    const after = await sign(body('nonce-0000000000000005'))
    assertRefusal(await post(after), { status: 401, code: 'VERIFICATION_ATTESTATION_KEY_UNKNOWN' })
    const devices = await call<{ devices: { revokedAt: string | null }[] }>(
      app(),
      hospital.staff,
      { method: 'GET', url: `${API}/devices` },
      200,
    )
    assert.ok(devices.devices[0]!.revokedAt)
  })

  it('registers kiosk keys only for hospitals, only public EC P-256 keys', async () => {
    const post = (who: Actor, publicJwk: unknown) =>
      app().inject({
        method: 'POST',
        url: `${API}/devices`,
        payload: { name: 'Ki-ốt', publicJwk } as object,
        headers: { cookie: who.cookie },
      })
    const { privateKey } = await generateKeyPair('ES256', { extractable: true })
    const secret = await exportJWK(privateKey)
    assertRefusal(await post(hospital.staff, secret), {
      status: 422,
      code: 'VERIFICATION_DEVICE_KEY_INVALID',
    })
    assertRefusal(await post(hospital.staff, { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }), {
      status: 422,
      code: 'VERIFICATION_DEVICE_KEY_INVALID',
    })
    assertRefusal(await post(hospital.staff, 'key'), { status: 400, code: 'REQUEST_INVALID' })
    const { publicKey } = await generateKeyPair('ES256', { extractable: true })
    assertRefusal(await post(notary.staff, await exportJWK(publicKey)), {
      status: 403,
      code: 'VERIFICATION_KIOSK_NOT_HOSPITAL',
    })
  })

  it('counts partners onboarded and checks made by kind, for the plan’s KPIs', async () => {
    const today = vietnamDate()
    const period = { from: today, to: today }
    const hospitals = await verificationKpi(db().db, ['hospital'], period)
    assert.equal(hospitals.partners, 1)
    assert.equal(hospitals.checks, 2)
    const kiosks = await verificationKpi(db().db, ['hospital'], period, { channel: 'kiosk' })
    assert.deepEqual(kiosks, { partners: 1, checks: 1, matched: 1, flagged: 0 })
    const notaries = await verificationKpi(db().db, ['notary'], period)
    assert.ok(notaries.flagged >= 1)
    const none = await verificationKpi(db().db, ['school'], period)
    assert.deepEqual(none, { partners: 0, checks: 0, matched: 0, flagged: 0 })
  })
})
