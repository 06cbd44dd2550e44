import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { enrol, PASSWORD } from '../../../test/actors.js'
import { useApp } from '../../../test/app.js'
import { describeOnEngines } from '../../../test/harness.js'
import { seedPopulation } from '../population/index.js'

const WRONG = 'sai mật khẩu rồi'
const NEW_PASSWORD = 'một mật khẩu mới dài'

describeOnEngines('sign-in throttling', (db) => {
  const app = useApp(db)
  const signInFrom = (ip: string, personalNumber: string, password: string) =>
    app().inject({
      method: 'POST',
      url: '/api/v1/identity/sessions',
      remoteAddress: ip,
      payload: { personalNumber, password },
    })
  const errorCode = (response: { json: () => unknown }) =>
    (response.json() as { error: { code: string } }).error.code
  const retryAfter = (response: { headers: Record<string, unknown> }) =>
    Number(response.headers['retry-after'])

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 12, today: '2026-11-27' })
  })

  it("delays the address that guesses, never the owner's sign-in from another one", async () => {
    const owner = await enrol(app(), db())
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) {
      const attempt = await signInFrom('10.1.0.1', owner.personalNumber, WRONG)
      statuses.push(attempt.statusCode)
      if (attempt.statusCode === 429) {
        assert.ok(retryAfter(attempt) >= 1, 'Retry-After says how long')
        assert.equal(errorCode(attempt), 'IDENTITY_TOO_MANY_ATTEMPTS')
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
    const messages = await app().inject({
      method: 'GET',
      url: '/api/v1/identity/development/messages',
    })
    const text = messages.json<{ messages: { body: string }[] }>().messages[0]?.body ?? ''
    const confirmed = await app().inject({
      method: 'POST',
      url: '/api/v1/identity/password-resets/confirm',
      remoteAddress: '10.2.1.1',
      payload: {
        personalNumber: owner.personalNumber,
        code: /(\d{6})/.exec(text)?.[1],
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
