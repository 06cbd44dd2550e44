/**
 * SD-JWT VC presentations (draft-ietf-oauth-sd-jwt-vc over RFC 9901, SD-JWT), built and verified
 * with WebCrypto alone: this file runs on the platform (Node's globalThis.crypto) and in the
 * browser (web/src/features/credentials), so the holder's phone, the offline verifier page and
 * the server's verification route decide alike. It imports nothing on purpose.
 *
 * Only what the platform issues is understood: ES256, sha-256, top-level claims each disclosed
 * on its own. Anything else is refused rather than half-understood.
 */

export const SD_JWT_VC_TYPE = 'dc+sd-jwt'
export const KEY_BINDING_TYPE = 'kb+jwt'
const ALGORITHM = 'ES256'
const HASH_ALGORITHM = 'sha-256'
/** Far above a full presentation (about 2 KB) and what a QR code holds. */
export const MAX_PRESENTATION_LENGTH = 8192
/** A presentation older than this is refused: a screenshot or a photo of the QR does not last. */
export const DEFAULT_FRESHNESS_SECONDS = 300
const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30
/** Claims the draft (§3.2.2.2) keeps out of selective disclosure: a verifier needs them all. */
const NEVER_DISCLOSED = new Set([
  'iss',
  'nbf',
  'exp',
  'iat',
  'cnf',
  'vct',
  'vct#integrity',
  'status',
  '_sd',
  '_sd_alg',
  '...',
])

const BASE64URL = /^[A-Za-z0-9_-]*$/
const ES256_SIGNATURE_BYTES = 64
const ECDSA = { name: 'ECDSA', hash: 'SHA-256' } as const

export interface PublicKeySet {
  keys: readonly Record<string, unknown>[]
}

/** A holder's public key as bound in `cnf.jwk`: P-256, the members a verifier needs. */
export interface HolderJwk {
  kty: 'EC'
  crv: 'P-256'
  x: string
  y: string
}

/** Why a presentation is refused; the caller words it (server errors, the page's messages). */
export type PresentationRefusal =
  | 'MALFORMED'
  | 'TYPE'
  | 'UNKNOWN_KEY'
  | 'SIGNATURE'
  | 'WRONG_ISSUER'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'DISCLOSURE'
  | 'KEY_BINDING_MISSING'
  | 'KEY_BINDING'
  | 'NOT_FRESH'
  | 'AUDIENCE'
  | 'NONCE'

export interface VerifiedPresentation {
  valid: true
  credentialType: string
  issuer: string
  /** The disclosed claims, and nothing the holder kept back. */
  claims: Record<string, unknown>
  /** Seconds since the epoch. */
  issuedAt: number
  expiresAt: number
  presentedAt: number
  audience: string
  nonce: string
}

export type PresentationResult =
  VerifiedPresentation | { valid: false; reason: PresentationRefusal }

export interface VerifyPresentationOptions {
  /** The issuer's published keys (its jwt-vc-issuer metadata). */
  jwks: PublicKeySet
  issuer: string
  /** Whether this verifier accepts a credential type (`vct`). */
  acceptsType: (vct: string) => boolean
  /** When given, the key-binding JWT must name it as `aud`. */
  audience?: string | undefined
  /** When given (an online challenge), the key-binding JWT must carry it. */
  nonce?: string | undefined
  now?: Date
  freshnessSeconds?: number
  clockToleranceSeconds?: number
}

export interface Disclosure {
  /** As presented: base64url of the JSON array [salt, name, value]. */
  encoded: string
  name: string
  value: unknown
}

export interface KeyBindingInput {
  audience: string
  nonce: string
  /** Seconds since the epoch. */
  issuedAt: number
  /** ES256 over the signing input, raw r‖s (what WebCrypto returns). */
  sign(signingInput: Uint8Array<ArrayBuffer>): Promise<Uint8Array>
}

const utf8 = new TextEncoder()

export function base64urlOf(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function bytesOf(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4)
  return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0))
}

function jsonOf(segment: string): unknown {
  const bytes = bytesOf(segment)
  if (!bytes) return undefined
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown
  } catch {
    return undefined
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isSeconds = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0

async function sha256(text: string): Promise<string> {
  return base64urlOf(new Uint8Array(await crypto.subtle.digest('SHA-256', utf8.encode(text))))
}

interface Jws {
  header: Record<string, unknown>
  payload: Record<string, unknown>
  signingInput: Uint8Array<ArrayBuffer>
  signature: Uint8Array<ArrayBuffer>
}

function parseJws(compact: string): Jws | undefined {
  const parts = compact.split('.')
  if (parts.length !== 3) return undefined
  const [head, body, sig] = parts as [string, string, string]
  const header = jsonOf(head)
  const payload = jsonOf(body)
  const signature = bytesOf(sig)
  if (!isObject(header) || !isObject(payload) || signature?.length !== ES256_SIGNATURE_BYTES)
    return undefined
  // We understand no header extension, and a listed one is mandatory to honour (RFC 7515 §4.1.11).
  if (header.alg !== ALGORITHM || header.crit !== undefined) return undefined
  return { header, payload, signingInput: utf8.encode(`${head}.${body}`), signature }
}

/** A P-256 public JWK reduced to its key members, or undefined. */
export function holderJwkOf(jwk: unknown): HolderJwk | undefined {
  if (!isObject(jwk) || jwk.kty !== 'EC' || jwk.crv !== 'P-256') return undefined
  if (jwk.d !== undefined) return undefined
  const { x, y } = jwk
  if (typeof x !== 'string' || typeof y !== 'string') return undefined
  if (bytesOf(x)?.length !== 32 || bytesOf(y)?.length !== 32) return undefined
  return { kty: 'EC', crv: 'P-256', x, y }
}

async function importPublicKey(jwk: HolderJwk) {
  return crypto.subtle.importKey('jwk', { ...jwk }, { name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'verify',
  ])
}

type VerificationKey = Awaited<ReturnType<typeof importPublicKey>>
// Keyed by the set itself: imported once, and a replaced set imports afresh.
const importedSets = new WeakMap<PublicKeySet, Promise<Map<string, VerificationKey>>>()

async function importSet(jwks: PublicKeySet): Promise<Map<string, VerificationKey>> {
  const keys = new Map<string, VerificationKey>()
  for (const jwk of jwks.keys) {
    const key = holderJwkOf(jwk)
    if (!key || typeof jwk.kid !== 'string' || (jwk.use !== undefined && jwk.use !== 'sig'))
      continue
    try {
      keys.set(jwk.kid, await importPublicKey(key))
    } catch {
      // A key that does not import verifies nothing: its tokens are refused as of an unknown key.
    }
  }
  return keys
}

function keysOf(jwks: PublicKeySet): Promise<Map<string, VerificationKey>> {
  let keys = importedSets.get(jwks)
  if (!keys) {
    keys = importSet(jwks)
    importedSets.set(jwks, keys)
  }
  return keys
}

async function isSignedBy(key: VerificationKey, jws: Jws): Promise<boolean> {
  try {
    return await crypto.subtle.verify(ECDSA, key, jws.signature, jws.signingInput)
  } catch {
    return false
  }
}

/** The parts of a compact SD-JWT (`issuer-JWT~disclosure~…~[KB-JWT]`), or undefined. */
export function splitSdJwt(
  text: string,
): { issuerJwt: string; disclosures: string[]; keyBinding: string | undefined } | undefined {
  const parts = text.split('~')
  if (parts.length < 2) return undefined
  const issuerJwt = parts[0]!
  const last = parts[parts.length - 1]!
  const disclosures = parts.slice(1, -1)
  if (disclosures.some((d) => d === '')) return undefined
  return { issuerJwt, disclosures, keyBinding: last === '' ? undefined : last }
}

/** Whether a claim may be selectively disclosed (not one a verifier always needs). */
export const isDisclosableName = (name: string): boolean => !NEVER_DISCLOSED.has(name)

/** A disclosure of one object claim, decoded; undefined when it is not one. */
export function decodeDisclosure(encoded: string): Disclosure | undefined {
  const decoded = jsonOf(encoded)
  if (!Array.isArray(decoded) || decoded.length !== 3) return undefined
  const [salt, name, value] = decoded as [unknown, unknown, unknown]
  if (typeof salt !== 'string' || typeof name !== 'string' || NEVER_DISCLOSED.has(name))
    return undefined
  return { encoded, name, value }
}

/** Every claim a credential (as issued, or a presentation) discloses, in order. */
export function disclosuresOf(sdJwt: string): Disclosure[] {
  const parts = splitSdJwt(sdJwt)
  if (!parts) return []
  return parts.disclosures.flatMap((d) => decodeDisclosure(d) ?? [])
}

/**
 * The presentation of a credential revealing only the named claims, bound to the holder's key:
 * the chosen disclosures, then a KB-JWT over them (RFC 9901 §4.3) with the audience and nonce.
 */
export async function presentSdJwt(
  sdJwt: string,
  reveal: readonly string[],
  keyBinding: KeyBindingInput,
): Promise<string> {
  const parts = splitSdJwt(sdJwt)
  if (!parts) throw new RangeError('not an SD-JWT')
  const chosen = parts.disclosures.filter((d) => reveal.includes(decodeDisclosure(d)?.name ?? ''))
  const presented = `${[parts.issuerJwt, ...chosen].join('~')}~`
  const header = { alg: ALGORITHM, typ: KEY_BINDING_TYPE }
  const payload = {
    iat: keyBinding.issuedAt,
    aud: keyBinding.audience,
    nonce: keyBinding.nonce,
    sd_hash: await sha256(presented),
  }
  const encode = (value: object) => base64urlOf(utf8.encode(JSON.stringify(value)))
  const signingInput = `${encode(header)}.${encode(payload)}`
  const signature = await keyBinding.sign(utf8.encode(signingInput))
  return `${presented}${signingInput}.${base64urlOf(signature)}`
}

type Refusal = { valid: false; reason: PresentationRefusal }
const refuse = (reason: PresentationRefusal): Refusal => ({ valid: false, reason })

interface IssuerCheck {
  payload: Record<string, unknown>
  holderKey: HolderJwk
}

async function checkIssuerJwt(
  issuerJwt: string,
  options: VerifyPresentationOptions,
  nowSeconds: number,
): Promise<IssuerCheck | Refusal> {
  const jws = parseJws(issuerJwt)
  if (!jws) return refuse('MALFORMED')
  if (jws.header.typ !== SD_JWT_VC_TYPE) return refuse('TYPE')
  const kid = jws.header.kid
  const key = typeof kid === 'string' ? (await keysOf(options.jwks)).get(kid) : undefined
  if (!key) return refuse('UNKNOWN_KEY')
  if (!(await isSignedBy(key, jws))) return refuse('SIGNATURE')
  const { payload } = jws
  if (payload.iss !== options.issuer) return refuse('WRONG_ISSUER')
  if (typeof payload.vct !== 'string' || !options.acceptsType(payload.vct)) return refuse('TYPE')
  const sdAlg = payload._sd_alg ?? HASH_ALGORITHM
  const digests: unknown = payload._sd ?? []
  const holderKey = holderJwkOf(isObject(payload.cnf) ? payload.cnf.jwk : undefined)
  const hasDigests = Array.isArray(digests) && digests.every((d) => typeof d === 'string')
  if (sdAlg !== HASH_ALGORITHM || !hasDigests || !holderKey) return refuse('MALFORMED')
  if (!isSeconds(payload.iat) || !isSeconds(payload.exp)) return refuse('MALFORMED')
  const tolerance = options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS
  if (payload.exp <= nowSeconds - tolerance) return refuse('EXPIRED')
  const notBefore = isSeconds(payload.nbf) ? Math.max(payload.nbf, payload.iat) : payload.iat
  if (notBefore > nowSeconds + tolerance) return refuse('NOT_YET_VALID')
  return { payload, holderKey }
}

/** The claims the disclosures reveal, each one's digest found in the signed `_sd`. */
async function disclosedClaims(
  disclosures: string[],
  digests: readonly string[],
  payload: Record<string, unknown>,
): Promise<{ claims: Record<string, unknown> } | Refusal> {
  const claims: Record<string, unknown> = {}
  const seen = new Set<string>()
  for (const encoded of disclosures) {
    const disclosure = decodeDisclosure(encoded)
    const digest = await sha256(encoded)
    // A disclosure not signed for, a claim twice, or one the payload carries openly: altered.
    if (!disclosure || !digests.includes(digest) || seen.has(digest)) return refuse('DISCLOSURE')
    if (Object.hasOwn(claims, disclosure.name) || Object.hasOwn(payload, disclosure.name))
      return refuse('DISCLOSURE')
    seen.add(digest)
    claims[disclosure.name] = disclosure.value
  }
  return { claims }
}

async function checkKeyBinding(
  text: string,
  keyBinding: string | undefined,
  holderKey: HolderJwk,
  options: VerifyPresentationOptions,
  nowSeconds: number,
): Promise<{ iat: number; aud: string; nonce: string } | Refusal> {
  if (!keyBinding) return refuse('KEY_BINDING_MISSING')
  const jws = parseJws(keyBinding)
  if (!jws || jws.header.typ !== KEY_BINDING_TYPE) return refuse('KEY_BINDING')
  let key: VerificationKey
  try {
    key = await importPublicKey(holderKey)
  } catch {
    return refuse('KEY_BINDING')
  }
  if (!(await isSignedBy(key, jws))) return refuse('KEY_BINDING')
  const { iat, aud, nonce, sd_hash: sdHash } = jws.payload
  const presented = text.slice(0, text.length - keyBinding.length)
  if (sdHash !== (await sha256(presented))) return refuse('KEY_BINDING')
  if (!isSeconds(iat) || typeof aud !== 'string' || typeof nonce !== 'string')
    return refuse('KEY_BINDING')
  const tolerance = options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS
  const freshness = options.freshnessSeconds ?? DEFAULT_FRESHNESS_SECONDS
  if (iat > nowSeconds + tolerance || iat < nowSeconds - freshness - tolerance)
    return refuse('NOT_FRESH')
  if (options.audience !== undefined && aud !== options.audience) return refuse('AUDIENCE')
  if (options.nonce !== undefined && nonce !== options.nonce) return refuse('NONCE')
  return { iat, aud, nonce }
}

/**
 * Verifies a presentation offline: the issuer's signature by a published key, the type, the
 * lifetime, every disclosure against the signed digests, and the holder's key binding (its
 * signature by the key in `cnf`, its hash of what was presented, its freshness, audience, nonce).
 * @returns the disclosed claims only, or the first reason to refuse
 */
export async function verifySdJwtPresentation(
  text: unknown,
  options: VerifyPresentationOptions,
): Promise<PresentationResult> {
  if (typeof text !== 'string' || text.length > MAX_PRESENTATION_LENGTH) return refuse('MALFORMED')
  const parts = splitSdJwt(text.trim())
  if (!parts) return refuse('MALFORMED')
  const presented = text.trim()
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000)
  const issuer = await checkIssuerJwt(parts.issuerJwt, options, nowSeconds)
  if ('valid' in issuer) return issuer
  const { payload, holderKey } = issuer
  const disclosed = await disclosedClaims(
    parts.disclosures,
    (payload._sd ?? []) as string[],
    payload,
  )
  if ('valid' in disclosed) return disclosed
  const binding = await checkKeyBinding(presented, parts.keyBinding, holderKey, options, nowSeconds)
  if ('valid' in binding) return binding
  return {
    valid: true,
    credentialType: payload.vct as string,
    issuer: payload.iss as string,
    claims: disclosed.claims,
    issuedAt: payload.iat as number,
    expiresAt: payload.exp as number,
    presentedAt: binding.iat,
    audience: binding.aud,
    nonce: binding.nonce,
  }
}
