import { createHmac, createPrivateKey, sign as signBytes, type JsonWebKey } from 'node:crypto'
import { before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JWK } from 'jose'
import { AppError } from '../../../platform/http/errors.js'
import {
  type IdentityClaims,
  type IdentitySubject,
  type IdentityTokenReason,
  type IdentityTokenResult,
} from './identity-token-claims.js'
import { generateSigningKey, type PublicJwks } from '../../../platform/crypto/signing-keys.js'
import { createIdentityKeyRing, type IdentityKeyRing } from './identity-token-ring.js'
import { verifyIdentityToken } from './identity-token-verify.js'

const ISSUER = 'https://congdanso.dongnai.gov.vn'
const NOW = new Date('2025-06-15T03:00:00Z')
const IAT = NOW.getTime() / 1000
const SUBJECT: IdentitySubject = {
  sub: '075085001234',
  name: 'Nguyễn Văn An',
  bd: '1985-01-01',
  sex: 'M',
  lvl: 2,
}

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')
const segments = (token: string): [string, string, string] => token.split('.') as never

/** A JWS assembled by hand with node:crypto, independent of the code under test. */
function craft(header: object, payload: unknown, key: JWK): string {
  const input = `${b64(header)}.${b64(payload)}`
  const privateKey = createPrivateKey({ key: key as JsonWebKey, format: 'jwk' })
  const signature = signBytes('sha256', Buffer.from(input), {
    key: privateKey,
    dsaEncoding: 'ieee-p1363',
  })
  return `${input}.${signature.toString('base64url')}`
}

function claimsAt(iat: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { jti: 'test-jti', iat, exp: iat + 120, iss: ISSUER, ...SUBJECT, ...extra }
}

function reasonOf(result: IdentityTokenResult): IdentityTokenReason | 'valid' {
  if (result.valid) return 'valid'
  assert.match(result.message, /^\S.* \/ \S.*$/, 'message should be "Vietnamese / English"')
  return result.reason
}

describe('identity token', () => {
  let key: JWK
  let otherKey: JWK
  let ring: IdentityKeyRing
  let jwks: PublicJwks
  let token: string
  let header: { alg: string; typ: string; kid: string }
  const check = (t: string, now = NOW, issuer = ISSUER): IdentityTokenReason | 'valid' =>
    reasonOf(verifyIdentityToken(t, { jwks, issuer, now }))

  before(async () => {
    key = await generateSigningKey()
    otherKey = await generateSigningKey()
    ring = createIdentityKeyRing({ privateJwks: [key] })
    jwks = ring.publicJwks()
    token = (await ring.sign(SUBJECT, { issuer: ISSUER, now: NOW })).token
    header = { alg: 'ES256', typ: 'cds-id+jwt', kid: key.kid! }
  })

  describe('round trip', () => {
    it('verifies offline to exactly the claims signed', async () => {
      const signed = await ring.sign(SUBJECT, { issuer: ISSUER, now: NOW })
      const result = verifyIdentityToken(signed.token, { jwks, issuer: ISSUER, now: NOW })
      assert.deepEqual(result, { valid: true, claims: signed.claims })
      assert.deepEqual(signed.claims, {
        ...SUBJECT,
        jti: signed.claims.jti,
        iat: IAT,
        exp: IAT + 120,
        iss: ISSUER,
      })
    })

    it('carries the kid and type in the header and nothing but the nine claims', () => {
      assert.deepEqual(decodeProtectedHeader(token), header)
      const payload = JSON.parse(Buffer.from(segments(token)[1], 'base64url').toString()) as object
      assert.deepEqual(Object.keys(payload).sort(), [
        'bd',
        'exp',
        'iat',
        'iss',
        'jti',
        'lvl',
        'name',
        'sex',
        'sub',
      ])
    })

    it('is accepted by a standard verifier (jose) with the published JWKS', async () => {
      const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(jwks), {
        issuer: ISSUER,
        typ: 'cds-id+jwt',
        algorithms: ['ES256'],
        currentDate: NOW,
      })
      assert.equal(payload.sub, SUBJECT.sub)
      assert.equal(protectedHeader.kid, key.kid)
    })

    it('verifies through the ring as well', () => {
      assert.equal(reasonOf(ring.verify(token, { issuer: ISSUER, now: NOW })), 'valid')
    })

    it('gives every token its own jti', async () => {
      const jtis = new Set<string>()
      for (let i = 0; i < 20; i++)
        jtis.add((await ring.sign(SUBJECT, { issuer: ISSUER })).claims.jti)
      assert.equal(jtis.size, 20)
    })

    it('stores the name in NFC and keeps extra subject fields out', async () => {
      const subject = {
        ...SUBJECT,
        name: '  Nguyễn  Văn An '.normalize('NFD'),
        address: 'Biên Hòa',
      }
      const { claims, token: t } = await ring.sign(subject, { issuer: ISSUER, now: NOW })
      assert.equal(claims.name, 'Nguyễn Văn An'.normalize('NFC'))
      assert.equal(Object.hasOwn(claims, 'address'), false)
      assert.doesNotMatch(Buffer.from(segments(t)[1], 'base64url').toString(), /Biên Hòa/)
    })

    it('honours a configured lifetime', async () => {
      const { claims, token: t } = await ring.sign(SUBJECT, {
        issuer: ISSUER,
        now: NOW,
        lifetimeSeconds: 30,
      })
      assert.equal(claims.exp - claims.iat, 30)
      assert.equal(check(t, new Date(NOW.getTime() + 34_000)), 'valid')
      assert.equal(check(t, new Date(NOW.getTime() + 35_000)), 'IDENTITY_TOKEN_EXPIRED')
    })
  })

  describe('refuses', () => {
    it('a tampered payload', () => {
      const [h, p, s] = segments(token)
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as IdentityClaims
      const forged = `${h}.${b64({ ...claims, name: 'Trần Thị Bình' })}.${s}`
      assert.equal(check(token), 'valid')
      assert.equal(check(forged), 'IDENTITY_TOKEN_SIGNATURE')
    })

    it('a tampered signature', () => {
      const [h, p, s] = segments(token)
      // Flip a byte, not a character: the last base64url character carries unused bits.
      const bytes = Buffer.from(s, 'base64url')
      bytes[10]! ^= 0x01
      assert.equal(check(`${h}.${p}.${bytes.toString('base64url')}`), 'IDENTITY_TOKEN_SIGNATURE')
      assert.equal(
        check(`${h}.${p}.${Buffer.from(s, 'base64url').subarray(0, 63).toString('base64url')}`),
        'IDENTITY_TOKEN_SIGNATURE',
      )
    })

    it('a token signed by a key not in the JWKS, under its own kid or ours', () => {
      assert.equal(check(craft(header, claimsAt(IAT), key)), 'valid')
      assert.equal(
        check(craft({ ...header, kid: otherKey.kid }, claimsAt(IAT), otherKey)),
        'IDENTITY_TOKEN_SIGNATURE',
      )
      assert.equal(check(craft(header, claimsAt(IAT), otherKey)), 'IDENTITY_TOKEN_SIGNATURE')
      const { kid: _kid, ...noKid } = header
      assert.equal(check(craft(noKid, claimsAt(IAT), key)), 'IDENTITY_TOKEN_SIGNATURE')
    })

    it('an expired token, with the clock tolerance', () => {
      assert.equal(check(token, new Date((IAT + 124) * 1000)), 'valid')
      assert.equal(check(token, new Date((IAT + 125) * 1000)), 'IDENTITY_TOKEN_EXPIRED')
      assert.equal(check(token, new Date((IAT + 3600) * 1000)), 'IDENTITY_TOKEN_EXPIRED')
      const strict = verifyIdentityToken(token, {
        jwks,
        issuer: ISSUER,
        now: new Date((IAT + 120) * 1000),
        clockToleranceSeconds: 0,
      })
      assert.equal(reasonOf(strict), 'IDENTITY_TOKEN_EXPIRED')
    })

    it('a token not yet valid, with the clock tolerance', () => {
      assert.equal(check(token, new Date((IAT - 5) * 1000)), 'valid')
      assert.equal(check(token, new Date((IAT - 6) * 1000)), 'IDENTITY_TOKEN_NOT_YET_VALID')
    })

    it('a token of another issuer', () => {
      assert.equal(
        check(token, NOW, 'https://congdanso.binhduong.gov.vn'),
        'IDENTITY_TOKEN_WRONG_ISSUER',
      )
      assert.equal(check(token, NOW, `${ISSUER}/`), 'IDENTITY_TOKEN_WRONG_ISSUER')
    })

    it("alg 'none' and other algorithms, before looking for a key", () => {
      const payload = b64(claimsAt(IAT))
      const none = `${b64({ ...header, alg: 'none' })}.${payload}.`
      assert.equal(check(none), 'IDENTITY_TOKEN_ALGORITHM')
      assert.equal(check(`${b64({ alg: 'none' })}.${payload}.`), 'IDENTITY_TOKEN_ALGORITHM')
      // HS256 keyed with the published key, the classic key-confusion forgery.
      const hsHeader = b64({ ...header, alg: 'HS256' })
      const mac = createHmac('sha256', JSON.stringify(jwks.keys[0])).update(
        `${hsHeader}.${payload}`,
      )
      assert.equal(
        check(`${hsHeader}.${payload}.${mac.digest('base64url')}`),
        'IDENTITY_TOKEN_ALGORITHM',
      )
      assert.equal(
        check(craft({ ...header, alg: 'es256' }, claimsAt(IAT), key)),
        'IDENTITY_TOKEN_ALGORITHM',
      )
      assert.equal(
        check(craft({ ...header, alg: 'ES384' }, claimsAt(IAT), key)),
        'IDENTITY_TOKEN_ALGORITHM',
      )
    })

    it('missing or ill-formed claims, even when properly signed', () => {
      const signed = (claims: Record<string, unknown>): string => craft(header, claims, key)
      const { sub: _sub, ...noSub } = claimsAt(IAT)
      const { exp: _exp, ...noExp } = claimsAt(IAT)
      assert.equal(check(signed(claimsAt(IAT))), 'valid')
      assert.equal(check(signed(noSub)), 'IDENTITY_TOKEN_CLAIMS')
      assert.equal(check(signed(noExp)), 'IDENTITY_TOKEN_CLAIMS')
      for (const bad of [
        { sub: '075085O01234' },
        { sub: '999085001234' },
        { bd: '1985-02-30' },
        { bd: '01/01/1985' },
        { sex: 'X' },
        { lvl: 3 },
        { name: '' },
        { name: 'Nguyễn Văn An'.normalize('NFD') },
        { iat: '1749956400' },
        { exp: IAT },
        { jti: '' },
      ]) {
        assert.equal(
          check(signed(claimsAt(IAT, bad))),
          'IDENTITY_TOKEN_CLAIMS',
          JSON.stringify(bad),
        )
      }
      const result = verifyIdentityToken(signed(noSub), { jwks, issuer: ISSUER, now: NOW })
      assert.ok(!result.valid && result.message.includes('sub'))
    })

    it('drops claims it does not know instead of passing them on', () => {
      const result = verifyIdentityToken(
        craft(header, claimsAt(IAT, { address: 'Biên Hòa' }), key),
        { jwks, issuer: ISSUER, now: NOW },
      )
      assert.ok(result.valid)
      assert.equal(Object.hasOwn(result.claims, 'address'), false)
    })

    it('a JWT of another type signed by the same key', () => {
      assert.equal(
        check(craft({ ...header, typ: 'JWT' }, claimsAt(IAT), key)),
        'IDENTITY_TOKEN_TYPE',
      )
      const { typ: _typ, ...untyped } = header
      assert.equal(check(craft(untyped, claimsAt(IAT), key)), 'IDENTITY_TOKEN_TYPE')
    })

    it('critical header extensions it cannot honour', () => {
      assert.equal(
        check(craft({ ...header, crit: ['b64'], b64: false }, claimsAt(IAT), key)),
        'IDENTITY_TOKEN_MALFORMED',
      )
    })

    it('text that is not a JWS', () => {
      const [h, p, s] = segments(token)
      for (const text of [
        '',
        'hello',
        `${h}.${p}`,
        `${token}.${s}`,
        `${h}.${p}.${s}=`,
        `${h}.${p}!.${s}`,
        ` ${token}`,
        `${b64('ES256')}.${p}.${s}`,
        `${Buffer.from('{not json').toString('base64url')}.${p}.${s}`,
        `${h}.${p}.${s}${'A'.repeat(2048)}`,
      ]) {
        assert.equal(check(text), 'IDENTITY_TOKEN_MALFORMED', text.slice(0, 40))
      }
    })
  })

  describe('key ring', () => {
    it('after rotation signs with the new key and still verifies the old one', async () => {
      const oldRing = createIdentityKeyRing({ privateJwks: [key] })
      const oldToken = (await oldRing.sign(SUBJECT, { issuer: ISSUER, now: NOW })).token
      const rotated = createIdentityKeyRing({ privateJwks: [otherKey, key] })
      const newToken = (await rotated.sign(SUBJECT, { issuer: ISSUER, now: NOW })).token
      const published = rotated.publicJwks()
      assert.equal(decodeProtectedHeader(newToken).kid, otherKey.kid)
      assert.deepEqual(
        published.keys.map((k) => k.kid),
        [otherKey.kid, key.kid],
      )
      const verify = (t: string, set: PublicJwks): IdentityTokenReason | 'valid' =>
        reasonOf(verifyIdentityToken(t, { jwks: set, issuer: ISSUER, now: NOW }))
      assert.equal(verify(oldToken, published), 'valid')
      assert.equal(verify(newToken, published), 'valid')
      assert.equal(reasonOf(rotated.verify(oldToken, { issuer: ISSUER, now: NOW })), 'valid')
      // Verifiers still holding the old set refuse the new key until they refresh it.
      assert.equal(verify(newToken, oldRing.publicJwks()), 'IDENTITY_TOKEN_SIGNATURE')
      // Once the old key is dropped, its tokens stop verifying.
      const retired = createIdentityKeyRing({ privateJwks: [otherKey] }).publicJwks()
      assert.equal(verify(oldToken, retired), 'IDENTITY_TOKEN_SIGNATURE')
    })

    it('publishes public keys only', () => {
      for (const published of jwks.keys) {
        assert.equal(published.d, undefined)
        assert.deepEqual(Object.keys(published).sort(), [
          'alg',
          'crv',
          'kid',
          'kty',
          'use',
          'x',
          'y',
        ])
      }
    })

    it('refuses keys that cannot sign', () => {
      const { d: _d, ...publicOnly } = key
      const { kid: _kid, ...noKid } = key
      assert.throws(() => createIdentityKeyRing({ privateJwks: [] }), RangeError)
      assert.throws(
        () => createIdentityKeyRing({ privateJwks: [publicOnly] }),
        /not a private ES256/,
      )
      assert.throws(() => createIdentityKeyRing({ privateJwks: [noKid] }), /no kid/)
      assert.throws(
        () => createIdentityKeyRing({ privateJwks: [key, { ...otherKey, kid: key.kid }] }),
        /twice/,
      )
      assert.throws(
        () => createIdentityKeyRing({ privateJwks: [{ ...key, crv: 'P-384' }] }),
        RangeError,
      )
    })

    it('refuses a published set that holds a private key', () => {
      assert.throws(
        () => verifyIdentityToken(token, { jwks: { keys: [key] }, issuer: ISSUER }),
        /private key/,
      )
    })

    it('refuses to sign an invalid subject or lifetime', async () => {
      await assert.rejects(
        ring.sign({ ...SUBJECT, sub: '12345' }, { issuer: ISSUER }),
        (error: unknown) => {
          assert.ok(error instanceof AppError)
          assert.equal(error.code, 'IDENTITY_TOKEN_CLAIMS')
          assert.deepEqual(error.details, { fields: ['sub (LENGTH)'] })
          return true
        },
      )
      await assert.rejects(
        ring.sign({ ...SUBJECT, bd: '1985-13-01' }, { issuer: ISSUER }),
        AppError,
      )
      await assert.rejects(ring.sign(SUBJECT, { issuer: '' }), AppError)
      await assert.rejects(ring.sign(SUBJECT, { issuer: ISSUER, lifetimeSeconds: 0 }), RangeError)
      await assert.rejects(ring.sign(SUBJECT, { issuer: ISSUER, lifetimeSeconds: 601 }), RangeError)
    })

    it('generates development keys with a kid', async () => {
      assert.equal(key.kty, 'EC')
      assert.equal(key.crv, 'P-256')
      assert.equal(key.alg, 'ES256')
      assert.equal(typeof key.d, 'string')
      assert.match(key.kid ?? '', /^[A-Za-z0-9_-]{43}$/)
      assert.notEqual(key.kid, otherKey.kid)
    })
  })
})
