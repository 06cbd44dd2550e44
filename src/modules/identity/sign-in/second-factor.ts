import { createHash, randomBytes } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'
import type { Executor } from '../../../platform/db/database.js'
import { markRecoveryCodeUsed, recordTotpStep, replaceRecoveryCodes } from './sign-in.queries.js'

const ISSUER = 'Công Dân Số'
const RECOVERY_CODES = 10

const totpFor = (secret: string, label: string): TOTP =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  })

/** A new shared secret and the otpauth:// URI an authenticator app scans (RFC 6238, SHA-1, 30 s). */
export function newTotpSecret(label: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 }).base32
  return { secret, uri: totpFor(secret, label).toString() }
}

const PERIOD_MS = 30_000

/**
 * Accepts the current code and one step either side, for clocks a little off, and each code only
 * once: the step is recorded atomically, and a code of that step or an earlier one is refused
 * after (RFC 6238, 5.2), so a code seen over a shoulder or replayed is worth nothing.
 */
export async function useTotp(
  db: Executor,
  account: { id: string; totpSecret: string },
  code: string,
  now = Date.now(),
): Promise<boolean> {
  const delta = totpFor(account.totpSecret, 'check').validate({
    token: code,
    timestamp: now,
    window: 1,
  })
  if (delta === null) return false
  const step = Math.floor(now / PERIOD_MS) + delta
  return recordTotpStep(db, account.id, step)
}

/** The code an authenticator app shows now, for tests and demonstrations. */
export const currentTotp = (secret: string, now = Date.now()): string =>
  totpFor(secret, 'x').generate({ timestamp: now })

const hashRecovery = (code: string): string =>
  createHash('sha256').update(code.replace(/-/g, '').toLowerCase()).digest('hex')

/** Ten fresh recovery codes replacing any earlier ones; shown once, stored hashed. */
export async function issueRecoveryCodes(db: Executor, accountId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODES }, () => {
    const raw = randomBytes(5).toString('hex')
    return `${raw.slice(0, 5)}-${raw.slice(5)}`
  })
  await replaceRecoveryCodes(db, accountId, codes.map(hashRecovery))
  return codes
}

/** Uses up a recovery code if it is one of the account's unused codes. */
export async function useRecoveryCode(
  db: Executor,
  accountId: string,
  code: string,
): Promise<boolean> {
  return markRecoveryCodeUsed(db, accountId, hashRecovery(code), new Date())
}
