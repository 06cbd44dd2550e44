import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { JWK } from 'jose'
import { generateSigningKey } from './signing-keys.js'

/**
 * Development's private keys kept in a file outside the database: read when it exists, else one
 * key is made and written once. What such keys sign outlives the process (the audit chain's
 * checkpoints, the vault's seals), so a per-process key would not do.
 */
export async function readOrCreateKeyFile(file: string): Promise<JWK[]> {
  const read = async (): Promise<JWK[]> => JSON.parse(await readFile(file, 'utf8')) as JWK[]
  try {
    return await read()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  await mkdir(dirname(file), { recursive: true })
  // 'wx': two processes starting together must not each write a key of their own.
  await writeFile(file, JSON.stringify([await generateSigningKey()]), {
    mode: 0o600,
    flag: 'wx',
  }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  })
  return read()
}
