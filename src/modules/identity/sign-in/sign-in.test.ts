import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import {
  enrol,
  lastSentCode,
  PASSWORD,
  useApp,
  describeOnEngines,
  refusalOf,
  TODAY,
} from '../../../../test/kit/index.js'
import { seedPopulation } from '../../population/index.js'

const WRONG = 'sai mật khẩu rồi'
const NEW_PASSWORD = 'một mật khẩu mới dài'

describeOnEngines('sign-in throttling', (db) => {
  const app = useApp(db)
  const signInFrom = (
    ip: string,
    personalNumber: string,
    password: string,
    extra: { cookie?: string; phoneCode?: string } = {},
  ) =>
    app().inject({
      method: 'POST',
      url: '/api/v1/identity/sessions',
      remoteAddress: ip,
      payload: {
        personalNumber,
        password,
        ...(extra.phoneCode ? { phoneCode: extra.phoneCode } : {}),
      },
      ...(extra.cookie ? { headers: { cookie: extra.cookie } } : {}),
    })
  const deviceCookie = (response: { cookies: { name: string; value: string }[] }) => {
    const cookie = response.cookies.find((c) => c.name === 'cds_device')
    return cookie ? `cds_device=${cookie.value}` : undefined
  }
  const lastCode = () => lastSentCode(app())
  const retryAfter = (response: { headers: Record<string, unknown> }) =>
    Number(response.headers['retry-after'])

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 12, today: TODAY })
  })

  it("delays the address that guesses, never the owner's sign-in from another one", async () => {
    const owner = await enrol(app(), db())
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) {
      const attempt = await signInFrom('10.1.0.1', owner.personalNumber, WRONG)
      statuses.push(attempt.statusCode)
      if (attempt.statusCode === 429) {
        assert.ok(retryAfter(attempt) >= 1, 'Retry-After says how long')
        assert.equal(refusalOf(attempt).code, 'IDENTITY_TOO_MANY_ATTEMPTS')
      }
    }
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429, 429])
    const guessedRight = await signInFrom('10.1.0.1', owner.personalNumber, PASSWORD)
    assert.equal(guessedRight.statusCode, 429, 'the guessing address waits even when it is right')

    const ownerIn = await signInFrom('10.1.0.2', owner.personalNumber, PASSWORD)
    assert.equal(ownerIn.statusCode, 200, 'the owner elsewhere signs in at once')
  })

  it('counts an IPv6 client by its /64, which it could otherwise walk through', async () => {
    const owner = await enrol(app(), db())
    for (let i = 1; i <= 5; i++)
      assert.equal(
        (await signInFrom(`2001:db8:1:2::${i}`, owner.personalNumber, WRONG)).statusCode,
        401,
      )
    const sameNetwork = await signInFrom('2001:db8:1:2:ffff::9', owner.personalNumber, WRONG)
    assert.equal(sameNetwork.statusCode, 429)
    const otherNetwork = await signInFrom('2001:db8:1:3::1', owner.personalNumber, PASSWORD)
    assert.equal(otherNetwork.statusCode, 200)
  })

  it('locks the account at the hourly cap across addresses, until a reset by phone', async () => {
    const owner = await enrol(app(), db())
    const bystander = await enrol(app(), db())
    // Twenty failures from five addresses, each below the threshold of its own delay.
    for (let ip = 1; ip <= 5; ip++)
      for (let i = 0; i < 4; i++)
        assert.equal(
          (await signInFrom(`10.2.0.${ip}`, owner.personalNumber, WRONG)).statusCode,
          401,
        )
    const locked = await signInFrom('10.2.1.1', owner.personalNumber, PASSWORD)
    assert.equal(locked.statusCode, 429, 'at the cap even the owner with the password waits')
    assert.ok(retryAfter(locked) >= 900, 'until the hour is over, 15 minutes at least')
    assert.equal(
      (await signInFrom('10.2.0.1', bystander.personalNumber, PASSWORD)).statusCode,
      200,
      'other accounts are untouched, even from the guessing addresses',
    )

    const reset = await app().inject({
      method: 'POST',
      url: '/api/v1/identity/password-resets',
      remoteAddress: '10.2.1.1',
      payload: { personalNumber: owner.personalNumber, phone: '0912345678' },
    })
    assert.equal(reset.statusCode, 202)
    const confirmed = await app().inject({
      method: 'POST',
      url: '/api/v1/identity/password-resets/confirm',
      remoteAddress: '10.2.1.1',
      payload: {
        personalNumber: owner.personalNumber,
        code: await lastCode(),
        password: NEW_PASSWORD,
      },
    })
    assert.equal(confirmed.statusCode, 200)
    const back = await signInFrom('10.2.1.1', owner.personalNumber, NEW_PASSWORD)
    assert.equal(back.statusCode, 200, 'the reset lifts the lock')
    assert.equal(
      (await signInFrom('10.2.1.1', owner.personalNumber, WRONG)).statusCode,
      401,
      'and the count starts afresh',
    )
  })

  it('lets the owner in from a known device at once, and from a new one with a phone code', async () => {
    const owner = await enrol(app(), db())
    const earlier = await signInFrom('10.5.9.1', owner.personalNumber, PASSWORD)
    const known = deviceCookie(earlier)
    assert.ok(known, 'a sign-in leaves a device cookie')
    const attack = (ip: number) => signInFrom(`10.5.0.${ip}`, owner.personalNumber, WRONG)
    for (let round = 0; round < 5; round++) await Promise.all([1, 2, 3, 4].map((ip) => attack(ip)))
    const stranger = await signInFrom('10.5.1.1', owner.personalNumber, PASSWORD)
    assert.equal(stranger.statusCode, 429, 'twenty failures from four addresses lock the account')
    assert.equal(refusalOf(stranger).code, 'IDENTITY_ACCOUNT_LOCKED')

    const [ownerIn, ...attackers] = await Promise.all([
      signInFrom('10.5.9.2', owner.personalNumber, PASSWORD, { cookie: known }),
      ...[1, 2, 3, 4].map((ip) => signInFrom(`10.5.2.${ip}`, owner.personalNumber, PASSWORD)),
    ])
    assert.equal(ownerIn.statusCode, 200, 'the known device is not held by the lock')
    for (const attacker of attackers) assert.equal(attacker.statusCode, 429)
    const forged = `${known.slice(0, -4)}AAAA`
    const withForgery = await signInFrom('10.5.3.1', owner.personalNumber, PASSWORD, {
      cookie: forged,
    })
    assert.equal(withForgery.statusCode, 429, 'a forged device cookie is an unknown device')

    const noCode = await signInFrom('10.5.4.1', owner.personalNumber, PASSWORD, {
      phoneCode: '000000',
    })
    assert.equal(noCode.statusCode, 422, 'a phone code that was never sent does not open the lock')
    const asked = await app().inject({
      method: 'POST',
      url: '/api/v1/identity/sign-in-codes',
      remoteAddress: '10.5.4.1',
      payload: { personalNumber: owner.personalNumber, phone: '0912345678' },
    })
    assert.equal(asked.statusCode, 202)
    const phoneCode = await lastCode()
    const newDevice = await signInFrom('10.5.4.1', owner.personalNumber, PASSWORD, { phoneCode })
    assert.equal(newDevice.statusCode, 200, 'the phone code lets the owner in from a new device')
    const remembered = deviceCookie(newDevice)
    assert.ok(remembered, 'and the new device is known from then on')
    const again = await signInFrom('10.5.4.1', owner.personalNumber, PASSWORD, {
      cookie: remembered,
    })
    assert.equal(again.statusCode, 200)
    const replayed = await signInFrom('10.5.5.1', owner.personalNumber, PASSWORD, { phoneCode })
    assert.equal(replayed.statusCode, 422, 'a phone code serves once')
    assert.equal(
      (await signInFrom('10.5.6.1', owner.personalNumber, PASSWORD)).statusCode,
      429,
      'attackers without the phone stay locked out',
    )
  })

  it('locks out a device cookie that keeps failing, like any unknown device', async () => {
    const owner = await enrol(app(), db())
    const known = deviceCookie(await signInFrom('10.6.9.1', owner.personalNumber, PASSWORD))
    for (let ip = 1; ip <= 5; ip++)
      for (let i = 0; i < 4; i++) await signInFrom(`10.6.0.${ip}`, owner.personalNumber, WRONG)
    for (let ip = 1; ip <= 5; ip++)
      for (let i = 0; i < 2; i++)
        await signInFrom(`10.6.1.${ip}`, owner.personalNumber, WRONG, { cookie: known })
    const stolen = await signInFrom('10.6.2.1', owner.personalNumber, PASSWORD, { cookie: known })
    assert.equal(stolen.statusCode, 429, 'ten failures with one device cookie spend its trust')
  })

  it('stops one address guessing across many accounts', async () => {
    const owner = await enrol(app(), db())
    for (let i = 0; i < 30; i++) {
      const unknown = `0750900${String(90_000 + i)}`
      assert.equal((await signInFrom('10.3.0.1', unknown, WRONG)).statusCode, 401)
    }
    const blocked = await signInFrom('10.3.0.1', owner.personalNumber, PASSWORD)
    assert.equal(blocked.statusCode, 429)
    assert.ok(retryAfter(blocked) >= 1)
    assert.equal((await signInFrom('10.3.0.2', owner.personalNumber, PASSWORD)).statusCode, 200)
  })
})
