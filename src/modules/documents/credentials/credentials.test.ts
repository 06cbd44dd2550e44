import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { before, it } from 'node:test'
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc'
import { digest } from '@sd-jwt/crypto-nodejs'
import { compactVerify, createLocalJWKSet, decodeProtectedHeader, importJWK, type JWK } from 'jose'
import jsqr from 'jsqr'
import { create as createQr } from 'qrcode'
import {
  assertRefusal,
  describeOnEngines,
  enrol,
  testConfig,
  TODAY,
  useApp,
  type Actor,
} from '../../../../test/kit/index.js'
import {
  base64urlOf,
  decodeDisclosure,
  presentSdJwt,
  splitSdJwt,
  verifySdJwtPresentation,
  type PresentationRefusal,
} from '../../../platform/crypto/sd-jwt.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { createIdentityKeyRing, generateSigningKey } from '../../identity/index.js'
import { getResident, seedPopulation } from '../../population/index.js'
import { storeVaultDocument } from '../index.js'
import { issueSdJwtVc } from './credential-issuer.js'
import { IDENTITY_CREDENTIAL_TYPE, isPlatformCredentialType } from './credential-types.js'
import { isAdultOn } from './identity-credential.service.js'

// jsqr is CommonJS: its function is the default export or the module itself, by loader.
const loaded = jsqr as unknown as typeof jsqr.default | { default: typeof jsqr.default }
const jsQR = typeof loaded === 'function' ? loaded : loaded.default

const VERIFIER = 'https://verifier.example/check'
const ISSUER = testConfig.PUBLIC_URL

interface Holder {
  jwk: JWK
  sign: (input: Uint8Array<ArrayBuffer>) => Promise<Uint8Array>
}

/** A holder device as the browser makes it: a P-256 pair, the private half not extractable. */
async function makeHolder(): Promise<Holder> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ])
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey)
  return {
    jwk: { kty, crv, x, y },
    sign: async (input) =>
      new Uint8Array(
        await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, input),
      ),
  }
}

const present = (
  credential: string,
  holder: Holder,
  reveal: string[],
  overrides: Partial<{ audience: string; nonce: string; issuedAt: number }> = {},
) =>
  presentSdJwt(credential, reveal, {
    audience: VERIFIER,
    nonce: 'n-0S6_WzA2Mj',
    issuedAt: Math.floor(Date.now() / 1000),
    sign: holder.sign,
    ...overrides,
  })

const encodeDisclosure = (value: unknown[]) =>
  Buffer.from(JSON.stringify(value)).toString('base64url')

describeOnEngines('selective-disclosure credentials (SD-JWT VC)', (db) => {
  const app = useApp(db)
  let actor: Actor
  let holder: Holder
  let credential: string

  const issue = (body: unknown, cookie: string | undefined = actor.cookie) =>
    app().inject({
      method: 'POST',
      url: '/api/v1/me/credentials/identity',
      payload: body as object,
      ...(cookie ? { headers: { cookie } } : {}),
    })
  const verify = (body: unknown) =>
    app().inject({
      method: 'POST',
      url: '/api/v1/documents/credentials/verify',
      payload: body as object,
    })
  const metadata = async () =>
    (await app().inject({ method: 'GET', url: '/.well-known/jwt-vc-issuer' })).json<{
      issuer: string
      jwks: { keys: JWK[] }
    }>()

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 20, today: TODAY })
    actor = await enrol(app(), db(), { level: 2, where: "birth_date < '2000-01-01'" })
    holder = await makeHolder()
    const issued = await issue({ holderKey: holder.jwk })
    assert.equal(issued.statusCode, 201, issued.body)
    const body = issued.json<{ credential: string; credentialType: string; expiresAt: string }>()
    assert.equal(body.credentialType, IDENTITY_CREDENTIAL_TYPE)
    credential = body.credential
  })

  it('issues every identity claim as a disclosure, bound to the device key', async () => {
    const resident = await getResident(db().db, actor.personalNumber)
    const claims = Object.fromEntries(
      splitSdJwt(credential)!.disclosures.map((d) => {
        const { name, value } = decodeDisclosure(d)!
        return [name, value]
      }),
    )
    assert.deepEqual(Object.keys(claims).sort(), [
      'age_over_18',
      'birthdate',
      'commune_of_residence',
      'gender',
      'name',
      'nationality',
      'personal_number',
    ])
    assert.equal(claims.name, resident.fullName)
    assert.equal(claims.personal_number, actor.personalNumber)
    assert.equal(claims.age_over_18, true)
    assert.equal(claims.nationality, 'VN')
    const issuerJwt = splitSdJwt(credential)!.issuerJwt
    const payload = JSON.parse(Buffer.from(issuerJwt.split('.')[1]!, 'base64url').toString()) as {
      cnf: { jwk: JWK }
      vct: string
    }
    assert.deepEqual(payload.cnf.jwk, holder.jwk)
    assert.equal(payload.vct, IDENTITY_CREDENTIAL_TYPE)
    // Nothing personal in the signed part itself: only digests.
    assert.ok(!issuerJwt.includes(Buffer.from(actor.personalNumber).toString('base64url')))
    assert.ok(!JSON.stringify(payload).includes(actor.personalNumber))
  })

  it('presents only "over 18": the verifier learns that and nothing else', async () => {
    const presentation = await present(credential, holder, ['age_over_18'])
    const resident = await getResident(db().db, actor.personalNumber)
    const decoded = presentation
      .split(/[~.]/)
      .map((part) => Buffer.from(part, 'base64url').toString())
      .join(' ')
    assert.ok(!decoded.includes(actor.personalNumber) && !decoded.includes(resident.fullName))
    const checked = await verify({ presentation, audience: VERIFIER })
    assert.equal(checked.statusCode, 200, checked.body)
    const body = checked.json<{ claims: Record<string, unknown>; credentialType: string }>()
    assert.deepEqual(body.claims, { age_over_18: true })
    assert.equal(body.credentialType, IDENTITY_CREDENTIAL_TYPE)
    assert.ok(!checked.body.includes(actor.personalNumber))
  })

  it('presents the name and commune without the number', async () => {
    const presentation = await present(credential, holder, ['name', 'commune_of_residence'])
    const checked = await verify({ presentation })
    assert.equal(checked.statusCode, 200, checked.body)
    const { claims } = checked.json<{ claims: Record<string, unknown> }>()
    assert.deepEqual(Object.keys(claims).sort(), ['commune_of_residence', 'name'])
    assert.equal((claims.commune_of_residence as { code: string }).code, actor.communeCode)
  })

  it('passes a verifier that is not ours: jose and hashing by hand, then @sd-jwt/sd-jwt-vc', async () => {
    const { issuer, jwks } = await metadata()
    assert.equal(issuer, ISSUER)
    assert.ok(jwks.keys.length > 0 && jwks.keys.every((k) => k.d === undefined))
    // By hand (RFC 9901 §7.1): the issuer's JWS by its published key, each disclosure's digest.
    const parts = splitSdJwt(credential)!
    assert.equal(decodeProtectedHeader(parts.issuerJwt).typ, 'dc+sd-jwt')
    const { payload } = await compactVerify(parts.issuerJwt, createLocalJWKSet(jwks))
    const signed = JSON.parse(new TextDecoder().decode(payload)) as { _sd: string[]; iss: string }
    assert.equal(signed.iss, ISSUER)
    for (const disclosure of parts.disclosures) {
      const hash = createHash('sha256').update(disclosure, 'ascii').digest('base64url')
      assert.ok(signed._sd.includes(hash), 'every disclosure is signed for')
    }
    // The OpenWallet Foundation's verifier, given only the published keys and the holder's key.
    const presentation = await present(credential, holder, ['age_over_18', 'nationality'], {
      nonce: 'challenge-42',
    })
    const keySet = createLocalJWKSet(jwks)
    const library = new SDJwtVcInstance({
      hasher: digest,
      verifier: async (data, signature) => {
        const kid = decodeProtectedHeader(`${data.split('.')[0]!}..`).kid
        const verified = await compactVerify(`${data}.${signature}`, keySet).catch(() => null)
        return verified !== null && verified.protectedHeader.kid === kid
      },
      kbVerifier: async (data, signature, kbPayload) => {
        const key = await importJWK((kbPayload.cnf as { jwk: JWK }).jwk, 'ES256')
        return (await compactVerify(`${data}.${signature}`, key).catch(() => null)) !== null
      },
    })
    const result = await library.verify(presentation, {
      keyBindingNonce: 'challenge-42',
      requiredClaimKeys: ['age_over_18'],
    })
    assert.equal(result.payload.vct, IDENTITY_CREDENTIAL_TYPE)
    assert.equal(result.payload.age_over_18, true)
    assert.equal(result.payload.nationality, 'VN')
    assert.equal(result.payload.name, undefined)
    assert.equal(result.kb?.payload.aud, VERIFIER)
  })

  it('refuses tampering with a specific code and nothing personal in the error', async () => {
    const resident = await getResident(db().db, actor.personalNumber)
    const parts = splitSdJwt(credential)!
    const ageDisclosure = parts.disclosures.find(
      (d) => decodeDisclosure(d)!.name === 'age_over_18',
    )!
    const [salt] = JSON.parse(Buffer.from(ageDisclosure, 'base64url').toString()) as [string]
    const forged = credential.replace(ageDisclosure, encodeDisclosure([salt, 'age_over_18', false]))
    const stranger = await makeHolder()
    const otherRing = createIdentityKeyRing({ privateJwks: [await generateSigningKey()] })
    const foreign = await issueSdJwtVc(
      { issuer: ISSUER, keys: otherRing },
      {
        credentialType: IDENTITY_CREDENTIAL_TYPE,
        claims: { age_over_18: true },
        holderKey: holder.jwk as never,
        lifetimeSeconds: 600,
        now: new Date(),
      },
    )
    const withoutBinding = `${parts.issuerJwt}~${ageDisclosure}~`
    const valid = await present(credential, holder, ['age_over_18', 'name'])
    const nameDisclosure = parts.disclosures.find((d) => decodeDisclosure(d)!.name === 'name')!
    const [head, body, signature] = parts.issuerJwt.split('.')
    const flipped = signature!.startsWith('A')
      ? `B${signature!.slice(1)}`
      : `A${signature!.slice(1)}`
    const cases: [string, Promise<string> | string, string][] = [
      ['a disclosure altered', present(forged, holder, ['age_over_18']), 'CREDENTIAL_DISCLOSURE'],
      [
        'a disclosure dropped after signing',
        valid.replace(`${nameDisclosure}~`, ''),
        'CREDENTIAL_KEY_BINDING',
      ],
      [
        'another device signs',
        present(credential, stranger, ['age_over_18']),
        'CREDENTIAL_KEY_BINDING',
      ],
      ['no key binding', withoutBinding, 'CREDENTIAL_KEY_BINDING_MISSING'],
      [
        'an unpublished issuer key',
        present(foreign.credential, holder, ['age_over_18']),
        'CREDENTIAL_UNKNOWN_KEY',
      ],
      [
        "the issuer's signature altered",
        present(`${head}.${body}.${flipped}~${ageDisclosure}~`, holder, ['age_over_18']),
        'CREDENTIAL_SIGNATURE',
      ],
      [
        'a presentation made ten minutes ago',
        present(credential, holder, ['age_over_18'], {
          issuedAt: Math.floor(Date.now() / 1000) - 600,
        }),
        'CREDENTIAL_NOT_FRESH',
      ],
      ['garbage', 'not.a~credential~', 'CREDENTIAL_MALFORMED'],
    ]
    for (const [what, presentation, code] of cases) {
      const refused = await verify({ presentation: await presentation })
      const error = assertRefusal(refused, { status: 422, code })
      assert.ok(!JSON.stringify(error).includes(resident.fullName), what)
      assert.ok(!JSON.stringify(error).includes(actor.personalNumber), what)
    }
    const forOther = await present(credential, holder, ['age_over_18'], { audience: 'https://x' })
    assertRefusal(await verify({ presentation: forOther, audience: VERIFIER }), {
      status: 422,
      code: 'CREDENTIAL_AUDIENCE',
    })
    const answered = await present(credential, holder, ['age_over_18'], { nonce: 'old' })
    assertRefusal(await verify({ presentation: answered, nonce: 'fresh' }), {
      status: 422,
      code: 'CREDENTIAL_NONCE',
    })
  })

  it('refuses an expired credential and a type it does not accept, offline', async () => {
    const { jwks } = await metadata()
    const presentation = await present(credential, holder, ['age_over_18'])
    const options = { jwks, issuer: ISSUER, acceptsType: isPlatformCredentialType }
    const inAMonth = new Date(Date.now() + 31 * 24 * 3600 * 1000)
    const reasons: PresentationRefusal[] = []
    for (const result of [
      await verifySdJwtPresentation(presentation, {
        ...options,
        now: inAMonth,
        freshnessSeconds: 1e9,
      }),
      await verifySdJwtPresentation(presentation, { ...options, acceptsType: () => false }),
      await verifySdJwtPresentation(presentation, { ...options, issuer: 'https://other.example' }),
    ])
      if (!result.valid) reasons.push(result.reason)
    assert.deepEqual(reasons, ['EXPIRED', 'TYPE', 'WRONG_ISSUER'])
    assert.equal((await verifySdJwtPresentation(presentation, options)).valid, true)
  })

  it('refuses bad input on every route', async () => {
    assert.equal((await issue({ holderKey: holder.jwk }, '')).statusCode, 401)
    const offCurve = { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'A'.repeat(43) }
    assertRefusal(await issue({ holderKey: offCurve }), {
      status: 422,
      code: 'CREDENTIAL_HOLDER_KEY',
    })
    for (const body of [
      {},
      { holderKey: { ...holder.jwk, crv: 'P-384' } },
      { holderKey: { kty: 'RSA', n: 'x', e: 'AQAB' } },
      { holderKey: { ...holder.jwk, x: 'short' } },
      { holderKey: holder.jwk, extra: 1 },
    ])
      assert.equal((await issue(body)).statusCode, 400, JSON.stringify(body))
    for (const body of [
      {},
      { presentation: '' },
      { presentation: 'x'.repeat(9000) },
      { presentation: { text: 'a~' } },
      { presentation: 'a~', extra: true },
      { presentation: 'a~', audience: '' },
    ])
      assert.equal((await verify(body)).statusCode, 400, JSON.stringify(body))
  })

  it('fits a QR code that a decoder reads back, with every claim disclosed', async () => {
    const everything = await present(credential, holder, [
      'name',
      'birthdate',
      'age_over_18',
      'gender',
      'nationality',
      'commune_of_residence',
      'personal_number',
    ])
    // Level L, as the page draws it (web/src/features/credentials): a screen is not a worn card,
    // and every level up costs versions (at M the same text needs version 36, 161 modules).
    const { modules, version } = createQr(everything, { errorCorrectionLevel: 'L' })
    assert.ok(version <= 32, `version ${version}`)
    // Drawn at 4 pixels a module with the quiet zone, as a screen would show it.
    const scale = 4
    const side = (modules.size + 8) * scale
    const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
    for (let row = 0; row < modules.size; row++)
      for (let col = 0; col < modules.size; col++)
        if (modules.get(row, col))
          for (let dy = 0; dy < scale; dy++)
            for (let dx = 0; dx < scale; dx++) {
              const at = (((row + 4) * scale + dy) * side + (col + 4) * scale + dx) * 4
              pixels[at] = pixels[at + 1] = pixels[at + 2] = 0
            }
    assert.equal(jsQR(pixels, side, side)?.data, everything)
    const checked = await verify({ presentation: everything })
    assert.equal(checked.statusCode, 200)
  })

  it("presents an issued vault document field by field, and refuses an upload or another's", async () => {
    const store = (ownerNumber: string, origin: 'issued' | 'uploaded') =>
      storeVaultDocument(db().db, {
        ownerNumber,
        kind: 'judicial-record-certificate',
        origin,
        fields: {
          certificateType: '1',
          certificateNumber: 'LLTP-2026-000123',
          fullName: 'Ai Đó',
          birthDate: '1990-01-01',
          hasConvictions: false,
        },
        issuerAgency: origin === 'issued' ? 'STP' : null,
        issuedOn: origin === 'issued' ? '2026-11-20' : null,
      })
    const issued = await store(actor.personalNumber, 'issued')
    const response = await app().inject({
      method: 'POST',
      url: `/api/v1/me/credentials/documents/${issued}`,
      headers: { cookie: actor.cookie },
      payload: { holderKey: holder.jwk },
    })
    assert.equal(response.statusCode, 201, response.body)
    const body = response.json<{ credential: string; credentialType: string }>()
    assert.equal(body.credentialType, 'urn:vn:congdanso:document:judicial-record-certificate:1')
    const presentation = await present(body.credential, holder, [
      'hasConvictions',
      'issuing_agency',
    ])
    const checked = await verify({ presentation })
    assert.equal(checked.statusCode, 200, checked.body)
    assert.deepEqual(checked.json<{ claims: unknown }>().claims, {
      hasConvictions: false,
      issuing_agency: 'STP',
    })

    const asDocument = (id: string, payload: unknown = { holderKey: holder.jwk }) =>
      app().inject({
        method: 'POST',
        url: `/api/v1/me/credentials/documents/${id}`,
        headers: { cookie: actor.cookie },
        payload: payload as object,
      })
    assertRefusal(await asDocument(await store(actor.personalNumber, 'uploaded')), {
      status: 422,
      code: 'CREDENTIAL_DOCUMENT_NOT_VERIFIED',
    })
    const other = await enrol(app(), db())
    assertRefusal(await asDocument(await store(other.personalNumber, 'issued')), {
      status: 404,
      code: 'DOCUMENT_NOT_FOUND',
    })
    assert.equal((await asDocument('not-a-uuid')).statusCode, 400)
    assert.equal((await asDocument(issued, {})).statusCode, 400)
  })

  it('computes "over 18" on the calendar day in Vietnam', () => {
    // 17:30 UTC on 14 June is already 15 June in Vietnam.
    const today = vietnamDate(new Date('2025-06-14T17:30:00Z'))
    assert.equal(today, '2025-06-15')
    assert.equal(isAdultOn('2007-06-15', today), true)
    assert.equal(isAdultOn('2007-06-16', today), false)
    assert.equal(isAdultOn('2008-02-29', '2026-02-28'), false)
    assert.equal(isAdultOn('2008-02-29', '2026-03-01'), true)
    assert.equal(base64urlOf(new Uint8Array([251, 255])), '-_8')
  })
})
