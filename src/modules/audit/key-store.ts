import type { JWK } from 'jose'
import { readOrCreateKeyFile } from '../../platform/crypto/key-file.js'
import { createAuditKeyRing, type AuditKeyRing } from './keys.js'

/**
 * The audit keys as configured: AUDIT_SIGNING_KEYS (required in production). In development,
 * without it, one key is generated once into a file outside the database, so that checkpoints
 * signed before a restart, and `audit:verify` run beside the server, still verify. Unlike the
 * identity and SSO keys, a per-process key would not do: what it signs is kept for years.
 * @throws RangeError when a key is not a private ES256 JWK with a unique kid
 */
export async function loadAuditKeys(options: {
  jwks: string | undefined
  /** Without it (tests), the process's own generated key is kept. */
  developmentFile: string | undefined
}): Promise<AuditKeyRing | undefined> {
  if (options.jwks) return createAuditKeyRing(JSON.parse(options.jwks) as JWK[])
  if (!options.developmentFile) return undefined
  return createAuditKeyRing(await readOrCreateKeyFile(options.developmentFile))
}
