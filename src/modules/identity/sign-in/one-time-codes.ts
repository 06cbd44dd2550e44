import { createHash, randomInt, timingSafeEqual } from 'node:crypto'
import { and, desc, eq, isNull } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { codeExpired, codeInvalid } from '../identity.errors.js'
import { oneTimeCodes } from '../identity.tables.js'

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
  await db
    .update(oneTimeCodes)
    .set({ consumedAt: now })
    .where(
      and(
        eq(oneTimeCodes.personalNumber, personalNumber),
        eq(oneTimeCodes.purpose, purpose),
        isNull(oneTimeCodes.consumedAt),
      ),
    )
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  const id = crypto.randomUUID()
  await db.insert(oneTimeCodes).values({
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
  const [current] = await db
    .select()
    .from(oneTimeCodes)
    .where(
      and(
        eq(oneTimeCodes.personalNumber, personalNumber),
        eq(oneTimeCodes.purpose, purpose),
        isNull(oneTimeCodes.consumedAt),
      ),
    )
    .orderBy(desc(oneTimeCodes.createdAt))
    .limit(1)
  if (!current) return 'wrong'
  if (current.expiresAt.getTime() <= now.getTime()) return 'expired'
  const expected = Buffer.from(current.codeHash, 'hex')
  const given = Buffer.from(hashCode(current.id, code), 'hex')
  if (timingSafeEqual(expected, given)) {
    await db.update(oneTimeCodes).set({ consumedAt: now }).where(eq(oneTimeCodes.id, current.id))
    return 'accepted'
  }
  const attempts = current.attempts + 1
  await db
    .update(oneTimeCodes)
    .set({ attempts, ...(attempts >= MAX_ATTEMPTS ? { consumedAt: now } : {}) })
    .where(eq(oneTimeCodes.id, current.id))
  return 'wrong'
}

/** @throws IDENTITY_CODE_INVALID, IDENTITY_CODE_EXPIRED unless the code was accepted */
export function assertCodeAccepted(outcome: 'accepted' | 'wrong' | 'expired'): void {
  if (outcome === 'expired') throw codeExpired()
  if (outcome === 'wrong') throw codeInvalid()
}
