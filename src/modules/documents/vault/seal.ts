import { createHash } from 'node:crypto'
import { CompactSign, compactVerify, importJWK, type CryptoKey, type JWK } from 'jose'
import { readOrCreateKeyFile } from '../../../platform/crypto/key-file.js'
import {
  assertSigningJwks,
  generateSigningKey,
  publicJwkOf,
  TOKEN_ALGORITHM,
  type PublicJwks,
} from '../../../platform/crypto/signing-keys.js'
import { canonicalJson } from '../../../platform/http/idempotency.js'

/** What a seal covers: every column a reader relies on. */
export interface SealedContent {
  id: string
  ownerNumber: string
  kind: string
  origin: string
  fields: Record<string, unknown>
  sha256: string | null
  issuerAgency: string | null
  issuedOn: string | null
  verified: boolean
}

export interface DocumentSeal {
  /** A compact JWS over the content's digest, by the current key. */
  seal(content: SealedContent): Promise<string>
  /** Whether the seal was made by a key of the ring over exactly this content. */
  isIntact(seal: string, content: SealedContent): Promise<boolean>
  publicJwks(): PublicJwks
}

/** The JWS type of a vault seal, so that no other token of ours passes for one. */
const SEAL_TYPE = 'cds-vault-seal+jws'

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

// Version 1: fields are hashed as canonical JSON (jsonb does not keep the order of keys).
const digestOf = (c: SealedContent): string =>
  canonicalJson({
    v: 1,
    id: c.id,
    owner: c.ownerNumber,
    kind: c.kind,
    origin: c.origin,
    fields: sha256(canonicalJson(c.fields)),
    file: c.sha256,
    issuer: c.issuerAgency,
    issuedOn: c.issuedOn,
    verified: c.verified,
  })

/**
 * The platform's seal on vault documents: ES256 keys (DOCUMENT_SEAL_KEYS), rotated as the other
 * rings are: the first signs, all verify.
 * @throws RangeError when a key is not a private ES256 JWK with a unique kid
 */
export function createDocumentSeal(privateJwks: JWK[]): DocumentSeal {
  assertSigningJwks(privateJwks)
  const signer = privateJwks[0]!
  const publicKeys = privateJwks.map(publicJwkOf)
  const verifiers = new Map(publicKeys.map((jwk) => [jwk.kid!, importJWK(jwk, TOKEN_ALGORITHM)]))
  let signingKey: Promise<CryptoKey | Uint8Array> | undefined
  return {
    async seal(content) {
      signingKey ??= importJWK(signer, TOKEN_ALGORITHM)
      return new CompactSign(new TextEncoder().encode(digestOf(content)))
        .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: SEAL_TYPE, kid: signer.kid! })
        .sign(await signingKey)
    },
    async isIntact(seal, content) {
      try {
        const { payload } = await compactVerify(seal, async (header) => {
          const key = header.kid === undefined ? undefined : verifiers.get(header.kid)
          if (!key || header.typ !== SEAL_TYPE) throw new Error('not a vault seal of ours')
          return key
        })
        return new TextDecoder().decode(payload) === digestOf(content)
      } catch {
        return false
      }
    },
    publicJwks: () => ({ keys: publicKeys.map((k) => ({ ...k })) }),
  }
}

let configured: Promise<DocumentSeal> | undefined
let generated: Promise<DocumentSeal> | undefined

/**
 * Takes the seal's keys from configuration (DOCUMENT_SEAL_KEYS), else in development from a file
 * beside the database, so that seals made before a restart still verify. Without either (tests),
 * the process keeps a key of its own.
 */
export function configureDocumentSeal(options: {
  jwks: string | undefined
  developmentFile: string | undefined
}): void {
  if (options.jwks)
    configured = Promise.resolve(createDocumentSeal(JSON.parse(options.jwks) as JWK[]))
  else if (options.developmentFile)
    configured = readOrCreateKeyFile(options.developmentFile).then(createDocumentSeal)
}

/** The process's seal: as configured, or a key made for this process. */
export function documentSeal(): Promise<DocumentSeal> {
  if (configured) return configured
  generated ??= generateSigningKey().then((jwk) => createDocumentSeal([jwk]))
  return generated
}
