import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import {
  enrol,
  lastSentCode,
  pickResident,
  signInCookie,
  PASSWORD,
  testConfig,
  useApp,
  describeOnEngines,
  refusalOf,
  assertRefusal,
  TODAY,
} from '../../../test/kit/index.js'
import { getResident, seedPopulation } from '../population/index.js'
import { currentTotp, verifyIdentityToken, type PublicJwks } from './index.js'

const NEW_PASSWORD = 'một mật khẩu mới dài'

describeOnEngines('eID accounts, sign-in and level 2', (db) => {
  const app = useApp(db)
  const post = (url: string, payload: object, cookie?: string) =>
    app().inject({
      method: 'POST',
      url: `/api/v1/identity${url}`,
      payload,
      ...(cookie ? { headers: { cookie } } : {}),
    })
  const lastCode = () => lastSentCode(app())
  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 11, today: TODAY })
  })

  it('registers a level-1 account only for details that match the registry', async () => {
    const { personalNumber } = await pickResident(db())
    const resident = await getResident(db().db, personalNumber)
    const details = {
      personalNumber,
      fullName: resident.fullName.toUpperCase(),
      birthDate: resident.birthDate,
      phone: '0987654321',
    }
    for (const wrong of [
      { birthDate: '1900-01-01' },
      { fullName: 'Ai Đó Khác' },
      { personalNumber: '075090000000' },
    ]) {
      const refused = await post('/registrations', { ...details, ...wrong })
      assertRefusal(refused, { status: 422, code: 'IDENTITY_REGISTRY_MISMATCH' })
    }
    assert.equal((await post('/registrations', details)).statusCode, 202)
    const code = await lastCode()
    assert.match(code, /^\d{6}$/)
    const wrongCode = await post('/registrations/confirm', {
      personalNumber,
      code: code === '000000' ? '111111' : '000000',
      password: PASSWORD,
    })
    assert.equal(refusalOf(wrongCode).code, 'IDENTITY_CODE_INVALID')
    const weak = await post('/registrations/confirm', { personalNumber, code, password: 'ngắn' })
    assert.equal(refusalOf(weak).code, 'IDENTITY_PASSWORD_WEAK')
    assert.equal(
      (await post('/registrations/confirm', { personalNumber, code, password: PASSWORD }))
        .statusCode,
      201,
    )
    const replay = await post('/registrations/confirm', {
      personalNumber,
      code,
      password: PASSWORD,
    })
    assert.equal(replay.statusCode, 409)
    const cookie = await signInCookie(app(), personalNumber)
    const me = await app().inject({
      method: 'GET',
      url: '/api/v1/identity/me',
      headers: { cookie },
    })
    assert.equal(me.statusCode, 200)
    assert.deepEqual(me.json<{ level: number; conditions: object }>().level, 1)
    // What the account may do, so that a page can say what a form needs before it is filled.
    assert.deepEqual(me.json<{ permissions: string[] }>().permissions, ['me.read', 'me.manage'])
    assert.equal(
      refusalOf(await post('/registrations', details)).code,
      'IDENTITY_ALREADY_REGISTERED',
    )
  })

  it('tells a person who already has an account so, and points to recovery, changing nothing', async () => {
    const holder = await enrol(app(), db())
    await db().query('UPDATE eid_accounts SET level = 2 WHERE id = $1', [holder.accountId])
    const resident = await getResident(db().db, holder.personalNumber)
    const messagesBefore = await lastCode()
    const again = await post('/registrations', {
      personalNumber: holder.personalNumber,
      fullName: resident.fullName,
      birthDate: resident.birthDate,
      phone: '0911000222',
    })
    const error = assertRefusal<{ recovery: string }>(again, {
      status: 409,
      code: 'IDENTITY_ALREADY_REGISTERED',
    })
    assert.equal(error.details.recovery, 'password-reset')
    assert.equal(await lastCode(), messagesBefore, 'no code goes out')
    const [account] = await db().query<{ level: number; phone: string; status: string; n: string }>(
      `SELECT level, phone, status, (SELECT count(*) FROM eid_accounts b
          WHERE b.personal_number = a.personal_number)::text AS n
         FROM eid_accounts a WHERE id = $1`,
      [holder.accountId],
    )
    assert.deepEqual(account, { level: 2, phone: '0912345678', status: 'active', n: '1' })
    const reset = await post('/password-resets', {
      personalNumber: holder.personalNumber,
      phone: '0912345678',
    })
    assert.equal(reset.statusCode, 202, 'the recovery it points to works')
  })

  it('asks for the second factor once TOTP is on, and accepts a recovery code once', async () => {
    const actor = await enrol(app(), db())
    const setup = (await post('/totp', {}, actor.cookie)).json<{
      secret: string
      otpauthUri: string
    }>()
    assert.match(setup.otpauthUri, /^otpauth:\/\/totp\//)
    // One clock reading for the whole test: a slow run must not cross into the next 30 s step
    // between the confirmation and its replay, where "the current code" would be a new one.
    const confirmedAt = Date.now()
    const confirmCode = currentTotp(setup.secret, confirmedAt)
    const confirmed = await post('/totp/confirm', { code: confirmCode }, actor.cookie)
    assert.equal(confirmed.statusCode, 200)
    const { recoveryCodes } = confirmed.json<{ recoveryCodes: string[] }>()
    assert.equal(recoveryCodes.length, 10)

    const pending = await signInCookie(app(), actor.personalNumber)
    const me = () =>
      app().inject({ method: 'GET', url: '/api/v1/identity/me', headers: { cookie: pending } })
    assert.equal((await me()).statusCode, 401, 'no access before the second factor')
    assert.equal(
      (await post('/sessions/second-factor', { code: '000000' }, pending)).statusCode,
      401,
    )
    // The code that confirmed the setup is spent; the authenticator's next one is good, once.
    const replayed = await post('/sessions/second-factor', { code: confirmCode }, pending)
    assert.equal(replayed.statusCode, 401, 'a TOTP code is good only once')
    const next = currentTotp(setup.secret, confirmedAt + 30_000)
    assert.equal((await post('/sessions/second-factor', { code: next }, pending)).statusCode, 200)
    assert.equal((await me()).statusCode, 200)
    const replay = await signInCookie(app(), actor.personalNumber)
    assert.equal((await post('/sessions/second-factor', { code: next }, replay)).statusCode, 401)

    const other = await signInCookie(app(), actor.personalNumber)
    assert.equal(
      (await post('/sessions/second-factor', { code: recoveryCodes[0]! }, other)).statusCode,
      200,
    )
    const again = await signInCookie(app(), actor.personalNumber)
    assert.equal(
      (await post('/sessions/second-factor', { code: recoveryCodes[0]! }, again)).statusCode,
      401,
      'a recovery code works once',
    )
  })

  it('slows down guessing after five failures with 429 and Retry-After, without locking others out', async () => {
    const actor = await enrol(app(), db())
    const bystander = await enrol(app(), db())
    const attempt = (password: string) =>
      post('/sessions', { personalNumber: actor.personalNumber, password })
    for (let i = 0; i < 5; i++) assert.equal((await attempt('sai mật khẩu rồi')).statusCode, 401)
    // After five failures even the right password waits: guessing is slowed, not the owner.
    const delayed = await attempt(PASSWORD)
    assert.equal(delayed.statusCode, 429)
    assert.ok(Number(delayed.headers['retry-after']) >= 1)
    assert.equal(refusalOf(delayed).code, 'IDENTITY_TOO_MANY_ATTEMPTS')
    assert.ok(
      await signInCookie(app(), bystander.personalNumber),
      'another account signs in as usual',
    )
  })

  it('resets a password through the phone and ends every session', async () => {
    const actor = await enrol(app(), db())
    assert.equal(
      (
        await post('/password-resets', {
          personalNumber: actor.personalNumber,
          phone: '0900000000',
        })
      ).statusCode,
      202,
    )
    assert.equal(
      (
        await post('/password-resets', {
          personalNumber: actor.personalNumber,
          phone: '0912345678',
        })
      ).statusCode,
      202,
    )
    const code = await lastCode()
    const done = await post('/password-resets/confirm', {
      personalNumber: actor.personalNumber,
      code,
      password: NEW_PASSWORD,
    })
    assert.equal(done.statusCode, 200)
    const old = await app().inject({
      method: 'GET',
      url: '/api/v1/identity/me',
      headers: { cookie: actor.cookie },
    })
    assert.equal(old.statusCode, 401, 'the old session has ended')
    assert.ok(await signInCookie(app(), actor.personalNumber, NEW_PASSWORD))
  })

  it('lets the commune police raise an account to level 2 inside their commune only', async () => {
    const holder = await enrol(app(), db())
    const police = await enrol(app(), db(), {
      role: 'communePolice',
      unitCodes: [holder.communeCode],
    })
    const elsewhere = await enrol(app(), db(), {
      role: 'communePolice',
      where: `commune_code <> '${holder.communeCode}'`,
    })
    const raise = (cookie: string) => post(`/accounts/${holder.personalNumber}/level2`, {}, cookie)
    // Outside the commune, answered as a number that does not exist (issue 17 item 4).
    const refused = await raise(elsewhere.cookie)
    assertRefusal(refused, { status: 404, code: 'POPULATION_RESIDENT_NOT_FOUND' })
    const raised = await raise(police.cookie)
    assert.equal(raised.statusCode, 200)
    assert.equal(raised.json<{ level: number }>().level, 2)
    assert.equal(refusalOf(await raise(police.cookie)).code, 'IDENTITY_ALREADY_LEVEL_2')
    const [row] = await db().query<{ level2_by: string }>(
      'SELECT level2_by FROM eid_accounts WHERE id = $1',
      [holder.accountId],
    )
    assert.equal(row?.level2_by, police.accountId)
  })

  it('issues an identity QR that verifies offline with the published keys and online once', async () => {
    const actor = await enrol(app(), db())
    const issued = await app().inject({
      method: 'POST',
      url: '/api/v1/identity/qr',
      headers: { cookie: actor.cookie },
    })
    assert.equal(issued.statusCode, 201)
    const { token } = issued.json<{ token: string }>()
    const jwks = (
      await app().inject({ method: 'GET', url: '/api/v1/identity/keys' })
    ).json<PublicJwks>()
    const offline = verifyIdentityToken(token, { jwks, issuer: testConfig.PUBLIC_URL })
    assert.ok(offline.valid && offline.claims.sub === actor.personalNumber)

    const verify = (body: object) => post('/verify', body)
    const first = await verify({ token, singleUse: true, verifier: 'Khách sạn Thử' })
    assert.equal(first.statusCode, 200)
    assert.equal(
      first.json<{ identity: { personalNumber: string } }>().identity.personalNumber,
      actor.personalNumber,
    )
    const replay = await verify({ token, singleUse: true })
    assertRefusal(replay, { status: 409, code: 'IDENTITY_TOKEN_REPLAYED' })
    assert.equal(
      (await verify({ token })).statusCode,
      200,
      'a verifier not asking for single use still reads it',
    )
    const [head, payload, signature] = token.split('.')
    const forged = `${head}.${payload}.${signature!.slice(0, -4)}AAAA`
    assert.equal(refusalOf(await verify({ token: forged })).code, 'IDENTITY_TOKEN_SIGNATURE')
    assert.equal(
      (await app().inject({ method: 'POST', url: '/api/v1/identity/qr' })).statusCode,
      401,
    )
  })
})
