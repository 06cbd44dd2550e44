import { it } from 'node:test'
import assert from 'node:assert/strict'
import { asc, eq } from 'drizzle-orm'
import { describeOnEngines } from '../../../../test/kit/index.js'
import { identityTokenUses } from '../identity.tables.js'
import {
  consumeIdentityToken,
  purgeExpiredTokenUses,
  TOKEN_USE_RETENTION_SECONDS,
} from './identity-token.queries.js'

const NOW = new Date('2025-06-15T03:00:00Z')
const exp = (secondsFromNow: number): number => NOW.getTime() / 1000 + secondsFromNow

describeOnEngines('identity token single use', (get) => {
  it('accepts the first presentation and refuses the replay, whichever verifier sees it', async () => {
    const { db } = get()
    const claims = { jti: 'jti-hotel-then-hospital', exp: exp(120) }
    assert.equal(await consumeIdentityToken(db, claims, 'hotel-75001'), 'first-use')
    assert.equal(await consumeIdentityToken(db, claims, 'hospital-75002'), 'replayed')
    assert.equal(await consumeIdentityToken(db, claims, 'hotel-75001'), 'replayed')
    assert.equal(await consumeIdentityToken(db, claims, null), 'replayed')
    const rows = await db
      .select()
      .from(identityTokenUses)
      .where(eq(identityTokenUses.jti, claims.jti))
    // The first verifier is the one on record; replays change nothing.
    assert.equal(rows.length, 1)
    assert.equal(rows[0]!.verifier, 'hotel-75001')
    assert.equal(rows[0]!.expiresAt.getTime(), claims.exp * 1000)
  })

  it('treats different tokens independently', async () => {
    const { db } = get()
    assert.equal(await consumeIdentityToken(db, { jti: 'jti-a', exp: exp(60) }, null), 'first-use')
    assert.equal(await consumeIdentityToken(db, { jti: 'jti-b', exp: exp(60) }, null), 'first-use')
  })

  it('lets exactly one of two racing verifiers win', async () => {
    const { db } = get()
    const claims = { jti: 'jti-race', exp: exp(120) }
    const outcomes = await Promise.all([
      consumeIdentityToken(db, claims, 'hotel-75001'),
      consumeIdentityToken(db, claims, 'hospital-75002'),
    ])
    assert.deepEqual(outcomes.sort(), ['first-use', 'replayed'])
  })

  it('purges only uses whose token expired beyond the retention margin', async () => {
    const { db } = get()
    await db.delete(identityTokenUses)
    const margin = TOKEN_USE_RETENTION_SECONDS
    await consumeIdentityToken(db, { jti: 'long-gone', exp: exp(-margin - 60) }, null)
    await consumeIdentityToken(db, { jti: 'just-expired', exp: exp(-10) }, null)
    await consumeIdentityToken(db, { jti: 'live', exp: exp(60) }, null)
    assert.equal(await purgeExpiredTokenUses(db, NOW), 1)
    const left = await db
      .select({ jti: identityTokenUses.jti })
      .from(identityTokenUses)
      .orderBy(asc(identityTokenUses.jti))
    assert.deepEqual(
      left.map((r) => r.jti),
      ['just-expired', 'live'],
    )
    // A replay of a token just past its expiry still finds its row.
    assert.equal(
      await consumeIdentityToken(db, { jti: 'just-expired', exp: exp(-10) }, null),
      'replayed',
    )
    assert.equal(await purgeExpiredTokenUses(db, NOW), 0)
  })
})
