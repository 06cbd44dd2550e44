import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { JWK } from 'jose'
import { generateSigningKey } from '../../platform/crypto/signing-keys.js'
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
  const file = options.developmentFile
  const readRing = async (): Promise<AuditKeyRing> =>
    createAuditKeyRing(JSON.parse(await readFile(file, 'utf8')) as JWK[])
  try {
    return await readRing()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const keys = [await generateSigningKey()]
  await mkdir(dirname(file), { recursive: true })
  // 'wx': two processes starting together must not each write a key of their own.
  await writeFile(file, JSON.stringify(keys), { mode: 0o600, flag: 'wx' }).catch(
    (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    },
  )
  return readRing()
}
