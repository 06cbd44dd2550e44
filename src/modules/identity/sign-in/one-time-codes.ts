import { createHash, randomInt, timingSafeEqual } from 'node:crypto'
import type { Executor } from '../../../platform/db/database.js'
import { codeExpired, codeInvalid } from '../identity.errors.js'
import type { oneTimeCodes } from '../identity.tables.js'
import {
  consumeOpenCodes,
  findNewestOpenCode,
  insertOneTimeCode,
  updateOneTimeCode,
} from './sign-in.queries.js'

const CODE_TTL_MS = 5 * 60_000
const MAX_ATTEMPTS = 5

export type CodePurpose = (typeof oneTimeCodes.$inferInsert)['purpose']

const hashCode = (id: string, code: string): string =>
  createHash('sha256').update(`${id}:${code}`).digest('hex')

/** A fresh 6-digit code; earlier codes for the same purpose stop working. */
export async function issueCode(
  db: Executor,
  personalNumber: string,
  purpose: CodePurpose,
  now = new Date(),
): Promise<string> {
  await consumeOpenCodes(db, personalNumber, purpose, now)
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  const id = crypto.randomUUID()
  await insertOneTimeCode(db, {
    id,
    personalNumber,
    purpose,
    codeHash: hashCode(id, code),
    expiresAt: new Date(now.getTime() + CODE_TTL_MS),
  })
  return code
}

/**
 * Consumes the current code if it matches; a wrong guess counts, and the fifth burns the code.
 * It returns instead of throwing so that no caller's rollback can undo the count of guesses.
 */
export async function consumeCode(
  db: Executor,
  personalNumber: string,
  purpose: CodePurpose,
  code: string,
  now = new Date(),
): Promise<'accepted' | 'wrong' | 'expired'> {
  const current = await findNewestOpenCode(db, personalNumber, purpose)
  if (!current) return 'wrong'
  if (current.expiresAt.getTime() <= now.getTime()) return 'expired'
  const expected = Buffer.from(current.codeHash, 'hex')
  const given = Buffer.from(hashCode(current.id, code), 'hex')
  if (timingSafeEqual(expected, given)) {
    await updateOneTimeCode(db, current.id, { consumedAt: now })
    return 'accepted'
  }
  const attempts = current.attempts + 1
  await updateOneTimeCode(db, current.id, {
    attempts,
    ...(attempts >= MAX_ATTEMPTS ? { consumedAt: now } : {}),
  })
  return 'wrong'
}

/** @throws IDENTITY_CODE_INVALID, IDENTITY_CODE_EXPIRED unless the code was accepted */
export function assertCodeAccepted(outcome: 'accepted' | 'wrong' | 'expired'): void {
  if (outcome === 'expired') throw codeExpired()
  if (outcome === 'wrong') throw codeInvalid()
}
