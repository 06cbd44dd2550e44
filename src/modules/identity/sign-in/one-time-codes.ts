import { createHash, randomInt, timingSafeEqual } from 'node:crypto'
import type { Executor } from '../../../platform/db/database.js'
import { codeExpired, codeInvalid } from '../identity.errors.js'
import type { oneTimeCodes } from '../identity.tables.js'
import {
  claimOpenCode,
  consumeOpenCodes,
  countWrongAnswer,
  findNewestOpenCode,
  findOneTimeCode,
  insertOneTimeCode,
  updateOneTimeCode,
} from './sign-in.queries.js'

const CODE_TTL_MS = 5 * 60_000
const MAX_ATTEMPTS = 5

export type CodePurpose = (typeof oneTimeCodes.$inferInsert)['purpose']

const hashCode = (id: string, code: string): string =>
  createHash('sha256').update(`${id}:${code}`).digest('hex')

/** A code as issued: its id names it to whoever answers it (a kiosk's challenge). */
interface IssuedCode {
  id: string
  code: string
  expiresAt: Date
}

/** A fresh 6-digit code; earlier codes for the same purpose stop working. */
export async function issueCode(
  db: Executor,
  personalNumber: string,
  purpose: CodePurpose,
  now = new Date(),
): Promise<IssuedCode> {
  await consumeOpenCodes(db, personalNumber, purpose, now)
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  const id = crypto.randomUUID()
  const expiresAt = new Date(now.getTime() + CODE_TTL_MS)
  await insertOneTimeCode(db, {
    id,
    personalNumber,
    purpose,
    codeHash: hashCode(id, code),
    expiresAt,
  })
  return { id, code, expiresAt }
}

const matches = (stored: { id: string; codeHash: string }, code: string): boolean =>
  timingSafeEqual(
    Buffer.from(stored.codeHash, 'hex'),
    Buffer.from(hashCode(stored.id, code), 'hex'),
  )

type ChallengeAnswer =
  | { outcome: 'accepted'; personalNumber: string }
  | { outcome: 'wrong'; attemptsLeft: number }
  | { outcome: 'expired' | 'closed' | 'unknown' }

/**
 * Answers a code named by its id (a challenge): the right code consumes it, a wrong one counts and
 * the fifth closes it. Like consumeCode it returns rather than throws, so no rollback undoes a count.
 */
export async function answerChallenge(
  db: Executor,
  challenge: { id: string; purpose: CodePurpose; code: string },
  now = new Date(),
): Promise<ChallengeAnswer> {
  const stored = await findOneTimeCode(db, challenge.id, challenge.purpose)
  if (!stored) return { outcome: 'unknown' }
  if (stored.consumedAt) return { outcome: 'closed' }
  if (stored.expiresAt.getTime() <= now.getTime()) return { outcome: 'expired' }
  if (matches(stored, challenge.code)) {
    const claimed = await claimOpenCode(db, stored.id, now)
    return claimed
      ? { outcome: 'accepted', personalNumber: stored.personalNumber }
      : { outcome: 'closed' }
  }
  const attempts = await countWrongAnswer(db, stored.id, MAX_ATTEMPTS, now)
  if (attempts === undefined) return { outcome: 'closed' }
  return { outcome: 'wrong', attemptsLeft: Math.max(0, MAX_ATTEMPTS - attempts) }
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
  if (matches(current, code)) {
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
