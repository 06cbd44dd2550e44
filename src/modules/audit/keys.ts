import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'
import { CompactSign, compactVerify, importJWK, type CryptoKey, type JWK } from 'jose'
import {
  assertSigningJwks,
  generateSigningKey,
  publicJwkOf,
  type PublicJwks,
} from '../../platform/crypto/signing-keys.js'

/**
 * The audit key ring: ES256 keys kept outside the database (AUDIT_SIGNING_KEYS), rotated as the
 * identity and SSO keys are: the first signs, all verify. The same keys, through HKDF, give the
 * MAC keys with which the platform marks the entries it writes.
 */
export interface AuditKeyRing {
  /**
   * A compact JWS of the payload by the current key, typed as a signed audit head unless told:
   * other logs of the platform (the exchange gateway's calls) sign their heads under their own
   * type, so that no head passes for another log's.
   */
  sign(payload: object, type?: string): Promise<{ jws: string; keyId: string }>
  /** The payload of a JWS of the type made by any key of the ring; undefined when it is not one. */
  verify(jws: string, type?: string): Promise<unknown>
  /** `<kid>.<base64url HMAC>` of the content, by the current key. */
  mac(content: string): string
  /** Whether a MAC made by any key of the ring matches the content. */
  checkMac(content: string, mac: string | null): boolean
  /** Every key's public half (current and retired), for anyone who checks a signed head. */
  publicJwks(): PublicJwks
}

const ALGORITHM = 'ES256'
/** The JWS type of a signed chain head, so that no other token of ours passes for one. */
export const HEAD_TYPE = 'cds-audit-head+jws'

const macKeyOf = (jwk: JWK): Buffer =>
  Buffer.from(
    hkdfSync('sha256', Buffer.from(jwk.d!, 'base64url'), 'cds-audit', 'audit entry mac v1', 32),
  )

/** @throws RangeError when a key is not a private ES256 JWK with a unique kid */
export function createAuditKeyRing(privateJwks: JWK[]): AuditKeyRing {
  assertSigningJwks(privateJwks)
  const signer = privateJwks[0]!
  const signerKid = signer.kid!
  const macKeys = new Map(privateJwks.map((jwk) => [jwk.kid!, macKeyOf(jwk)]))
  const publicKeys = privateJwks.map(publicJwkOf)
  const verifiers = new Map<string, Promise<CryptoKey | Uint8Array>>(
    publicKeys.map((jwk) => [jwk.kid!, importJWK(jwk, ALGORITHM)]),
  )
  let signingKey: Promise<CryptoKey | Uint8Array> | undefined
  const hmac = (key: Buffer, content: string): Buffer =>
    createHmac('sha256', key).update(content).digest()

  return {
    async sign(payload, type = HEAD_TYPE) {
      signingKey ??= importJWK(signer, ALGORITHM)
      const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
        .setProtectedHeader({ alg: ALGORITHM, typ: type, kid: signerKid })
        .sign(await signingKey)
      return { jws, keyId: signerKid }
    },
    async verify(jws, type = HEAD_TYPE) {
      try {
        const { payload } = await compactVerify(jws, async (header) => {
          const key = header.kid === undefined ? undefined : verifiers.get(header.kid)
          if (!key || header.typ !== type) throw new Error('not an audit head of ours')
          return key
        })
        return JSON.parse(new TextDecoder().decode(payload)) as unknown
      } catch {
        return undefined
      }
    },
    mac: (content) =>
      `${signerKid}.${hmac(macKeys.get(signerKid)!, content).toString('base64url')}`,
    checkMac(content, mac) {
      const dot = mac?.lastIndexOf('.') ?? -1
      const key = dot > 0 ? macKeys.get(mac!.slice(0, dot)) : undefined
      if (!key) return false
      const given = Buffer.from(mac!.slice(dot + 1), 'base64url')
      const expected = hmac(key, content)
      return given.length === expected.length && timingSafeEqual(given, expected)
    },
    publicJwks: () => ({ keys: publicKeys.map((k) => ({ ...k })) }),
  }
}

let installed: AuditKeyRing | undefined
let generated: Promise<AuditKeyRing> | undefined

/**
 * Makes a ring the process's audit keys. recordAudit is called by every module inside their own
 * transactions; handing the key to each call would change a signature they all share.
 */
export function installAuditKeys(ring: AuditKeyRing | undefined): void {
  installed = ring
}

/**
 * The process's audit keys: those installed at start, or else a key generated for this process
 * (tests, and tools that check nothing across restarts).
 */
export async function auditKeys(): Promise<AuditKeyRing> {
  if (installed) return installed
  generated ??= generateSigningKey().then((jwk) => createAuditKeyRing([jwk]))
  return generated
}
