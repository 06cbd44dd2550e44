import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import type { LightMyRequestResponse } from 'fastify'
import {
  accessLogOf,
  assertRefusal,
  describeOnEngines,
  enrol,
  lastSentCode,
  pickResident,
  testConfig,
  TODAY,
  useApp,
  type Actor,
} from '../../../../test/kit/index.js'
import type { Database } from '../../../platform/db/database.js'
import { getResident, seedPopulation } from '../../population/index.js'
import { createIdentityKeyRing, generateSigningKey } from '../index.js'

const KEY = await generateSigningKey()
/** The app's identity-token ring, so a test can sign what a resident's phone would show. */
const ring = createIdentityKeyRing({ privateJwks: [KEY] })
const ISSUER = testConfig.PUBLIC_URL
const SIGN_IN = '/api/v1/kiosk/sign-in'
const VERIFY = '/api/v1/kiosk/sign-in/verify'

interface Challenge {
  challengeId: string
  phoneHint: string
  expiresAt: string
}

/** The identity QR of a resident of the registry, with or without an account, as signed at `now`. */
async function tokenFor(database: Database, personalNumber: string, now = new Date()) {
  const resident = await getResident(database.db, personalNumber)
  const subject = {
    sub: personalNumber,
    name: resident.fullName,
    bd: resident.birthDate,
    sex: resident.sex,
    lvl: 1,
  } as const
  return (await ring.sign(subject, { issuer: ISSUER, now })).token
}

const cookieOf = (response: LightMyRequestResponse): string => {
  const cookie = response.cookies.find((c) => c.name === 'cds_session')
  assert.ok(cookie, 'a session cookie')
  return `cds_session=${cookie.value}`
}

describeOnEngines('kiosk sign-in with the identity QR and a code by SMS', (db) => {
  const app = useApp(db, { IDENTITY_TOKEN_KEYS: JSON.stringify([KEY]) })
  let kioskNumber = 0
  /** Each test stands at a kiosk of its own, so the per-kiosk throttle of one leaves the others. */
  const kiosk = () => `10.20.0.${++kioskNumber}`

  const post = (url: string, payload: object, ip: string) =>
    app().inject({ method: 'POST', url, payload, remoteAddress: ip })
  const startWith = (identityToken: string, ip: string) => post(SIGN_IN, { identityToken }, ip)
  const answer = (challengeId: string, code: string, ip: string) =>
    post(VERIFY, { challengeId, code }, ip)
  const me = (cookie: string) =>
    app().inject({ method: 'GET', url: '/api/v1/identity/me', headers: { cookie } })
  /** The resident's QR as their app asks for it (POST /identity/qr with their own session). */
  const qrOf = async (actor: Actor): Promise<string> => {
    const issued = await app().inject({
      method: 'POST',
      url: '/api/v1/identity/qr',
      headers: { cookie: actor.cookie },
    })
    assert.equal(issued.statusCode, 201, issued.body)
    return issued.json<{ token: string }>().token
  }
  const challengeOf = async (actor: Actor, ip: string): Promise<Challenge> => {
    const started = await startWith(await qrOf(actor), ip)
    assert.equal(started.statusCode, 201, started.body)
    return started.json<Challenge>()
  }

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 19, today: TODAY })
  })

  it('sends a code to the phone, and the code opens a kiosk session that signs out', async () => {
    const resident = await enrol(app(), db())
    const ip = kiosk()
    const started = await startWith(await qrOf(resident), ip)
    assert.equal(started.statusCode, 201, started.body)
    const challenge = started.json<Challenge>()
    assert.equal(challenge.phoneHint, '678', 'the last three digits of 0912345678, no more')
    assert.ok(!started.body.includes('0912345'), 'the rest of the number stays out')
    const [sms] = await db().query<{ recipient: string; body: string }>(
      'SELECT recipient, body FROM development_outbox ORDER BY id DESC LIMIT 1',
    )
    assert.ok(sms, 'a message was sent')
    assert.equal(sms.recipient, '0912345678')
    assert.match(sms.body, /^Công Dân Số: mã đăng nhập ki-ốt .* \/ Your kiosk sign-in code/)
    const minutes = (Date.parse(challenge.expiresAt) - Date.now()) / 60_000
    assert.ok(minutes > 4 && minutes <= 5, `the code lives 5 minutes, not ${minutes}`)

    const signedIn = await answer(challenge.challengeId, await lastSentCode(app()), ip)
    assert.equal(signedIn.statusCode, 200, signedIn.body)
    const body = signedIn.json<{ channel: string; person: { personalNumber: string } }>()
    assert.equal(body.channel, 'kiosk')
    assert.equal(body.person.personalNumber, resident.personalNumber)
    const kioskCookie = cookieOf(signedIn)

    const mine = await me(kioskCookie)
    assert.equal(mine.statusCode, 200, mine.body)
    assert.equal(mine.json<{ channel: string }>().channel, 'kiosk', 'the principal is at a kiosk')
    assert.equal((await me(resident.cookie)).json<{ channel: string }>().channel, 'web')
    const sessions = await app().inject({
      method: 'GET',
      url: '/api/v1/me/sessions',
      headers: { cookie: resident.cookie },
    })
    const channels = sessions.json<{ channel: string }[]>().map((s) => s.channel)
    assert.deepEqual(channels.sort(), ['kiosk', 'web'])
    const seen = await accessLogOf(app(), resident.cookie)
    assert.ok(
      seen.some((e) => e.action === 'identity.kiosk.signIn'),
      'the sign-in is audited',
    )

    const signedOut = await app().inject({
      method: 'DELETE',
      url: '/api/v1/identity/sessions/current',
      headers: { cookie: kioskCookie },
    })
    assert.equal(signedOut.statusCode, 200, signedOut.body)
    const cleared = signedOut.cookies.find((c) => c.name === 'cds_session')
    assert.ok(cleared && cleared.value === '' && cleared.expires! <= new Date(), 'cookie cleared')
    assert.equal((await me(kioskCookie)).statusCode, 401, 'the kiosk session is over')
    assert.equal((await me(resident.cookie)).statusCode, 200, 'the phone stays signed in')
  })

  it('counts wrong codes: the fifth closes the challenge, even for the right code', async () => {
    const resident = await enrol(app(), db())
    const ip = kiosk()
    const { challengeId } = await challengeOf(resident, ip)
    const code = await lastSentCode(app())
    const wrong = code === '000000' ? '111111' : '000000'
    const left: unknown[] = []
    for (let i = 0; i < 5; i++) {
      const refused = assertRefusal(await answer(challengeId, wrong, ip), {
        status: 422,
        code: 'IDENTITY_CODE_INVALID',
      })
      left.push(refused.details?.attemptsLeft)
    }
    assert.deepEqual(left, [4, 3, 2, 1, 0])
    assertRefusal(await answer(challengeId, code, ip), {
      status: 409,
      code: 'IDENTITY_KIOSK_CHALLENGE_CLOSED',
    })
    assertRefusal(await answer(crypto.randomUUID(), code, ip), {
      status: 404,
      code: 'IDENTITY_KIOSK_CHALLENGE_NOT_FOUND',
    })
  })

  it('refuses an expired code, and a code once used', async () => {
    const resident = await enrol(app(), db())
    const ip = kiosk()
    const { challengeId } = await challengeOf(resident, ip)
    const code = await lastSentCode(app())
    await db().query(
      `UPDATE one_time_codes SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [challengeId],
    )
    assertRefusal(await answer(challengeId, code, ip), {
      status: 422,
      code: 'IDENTITY_CODE_EXPIRED',
    })

    const fresh = await challengeOf(resident, ip)
    const freshCode = await lastSentCode(app())
    assert.equal((await answer(fresh.challengeId, freshCode, ip)).statusCode, 200)
    assertRefusal(await answer(fresh.challengeId, freshCode, ip), {
      status: 409,
      code: 'IDENTITY_KIOSK_CHALLENGE_CLOSED',
    })
  })

  it('refuses a used, an expired and a forged identity QR', async () => {
    const resident = await enrol(app(), db())
    const ip = kiosk()
    const token = await qrOf(resident)
    assert.equal((await startWith(token, ip)).statusCode, 201)
    assertRefusal(await startWith(token, ip), { status: 409, code: 'IDENTITY_TOKEN_REPLAYED' })

    const anHourAgo = new Date(Date.now() - 3_600_000)
    const expired = await tokenFor(db(), resident.personalNumber, anHourAgo)
    assertRefusal(await startWith(expired, ip), { status: 422, code: 'IDENTITY_TOKEN_EXPIRED' })
    const other = createIdentityKeyRing({ privateJwks: [await generateSigningKey()] })
    const person = await getResident(db().db, resident.personalNumber)
    const subject = {
      name: person.fullName,
      bd: person.birthDate,
      sex: person.sex,
      lvl: 2,
    } as const
    const forged = await other.sign(
      { sub: resident.personalNumber, ...subject },
      { issuer: ISSUER },
    )
    assertRefusal(await startWith(forged.token, ip), {
      status: 422,
      code: 'IDENTITY_TOKEN_SIGNATURE',
    })
    assertRefusal(await startWith('not a token', ip), {
      status: 422,
      code: 'IDENTITY_TOKEN_MALFORMED',
    })
  })

  it('sends a person without an account, or without a verified phone, to the counter', async () => {
    const ip = kiosk()
    const stranger = await pickResident(db())
    const refused = assertRefusal(
      await startWith(await tokenFor(db(), stranger.personalNumber), ip),
      { status: 404, code: 'IDENTITY_KIOSK_NO_ACCOUNT' },
    )
    assert.match(refused.message, /quầy tiếp nhận.* \/ .*reception counter/)

    const unverified = await enrol(app(), db())
    await db().query(
      'UPDATE eid_accounts SET phone_verified_at = NULL WHERE personal_number = $1',
      [unverified.personalNumber],
    )
    assertRefusal(await startWith(await tokenFor(db(), unverified.personalNumber), ip), {
      status: 422,
      code: 'IDENTITY_KIOSK_NO_PHONE',
    })
  })

  it('throttles one person across kiosks, and one kiosk across people', async () => {
    const resident = await enrol(app(), db())
    for (let i = 0; i < 5; i++) await challengeOf(resident, kiosk())
    const held = await qrOf(resident)
    assertRefusal(await startWith(held, kiosk()), {
      status: 429,
      code: 'IDENTITY_TOO_MANY_ATTEMPTS',
    })
    const { jti } = JSON.parse(Buffer.from(held.split('.')[1]!, 'base64url').toString()) as {
      jti: string
    }
    const [use] = await db().query(
      'SELECT 1 FROM identity_token_uses WHERE verifier = $1 AND jti = $2',
      ['kiosk', jti],
    )
    assert.equal(use, undefined, 'a throttled person keeps their QR')

    const busy = kiosk()
    for (let i = 0; i < 30; i++) await startWith(`garbage-${i}`, busy)
    const throttled = assertRefusal(await startWith('garbage', busy), {
      status: 429,
      code: 'IDENTITY_TOO_MANY_ATTEMPTS',
    })
    assert.ok(throttled.details?.retryAfterSeconds, 'it says how long to wait')
    const someone = await enrol(app(), db())
    assert.equal(
      (await startWith(await qrOf(someone), kiosk())).statusCode,
      201,
      'other kiosks work',
    )
  })

  it('opens a resident-only session that slides while it is used', async () => {
    const officer = await enrol(app(), db(), { role: 'communeOfficer' })
    const ip = kiosk()
    const { challengeId } = await challengeOf(officer, ip)
    const signedIn = await answer(challengeId, await lastSentCode(app()), ip)
    const kioskCookie = cookieOf(signedIn)
    const permissionsAt = async (cookie: string) =>
      (await me(cookie)).json<{ permissions: string[] }>().permissions
    const atKiosk = await permissionsAt(kioskCookie)
    const atDesk = await permissionsAt(officer.cookie)
    assert.ok(atDesk.length > atKiosk.length, 'the officer’s grants stay off the kiosk')
    assert.ok(atKiosk.includes('me.read'))

    const expiry = async () => {
      const [row] = await db().query<{ expires_at: Date }>(
        `SELECT expires_at FROM sessions WHERE channel = 'kiosk' AND account_id = $1`,
        [officer.accountId],
      )
      return new Date(row!.expires_at).getTime()
    }
    await db().query(
      `UPDATE sessions SET expires_at = now() + interval '2 minutes' WHERE channel = 'kiosk' AND account_id = $1`,
      [officer.accountId],
    )
    assert.equal((await me(kioskCookie)).statusCode, 200)
    const minutesLeft = ((await expiry()) - Date.now()) / 60_000
    assert.ok(minutesLeft > 9 && minutesLeft <= 10, `slid to 10 minutes, not ${minutesLeft}`)
  })
})
