import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { developmentOutbox, eidAccounts, oneTimeCodes, recoveryCodes } from '../identity.tables.js'

type OneTimeCodeRecord = typeof oneTimeCodes.$inferSelect
type CodePurpose = OneTimeCodeRecord['purpose']

/** Marks every unconsumed code of a number for a purpose consumed, so that none works any more. */
export async function consumeOpenCodes(
  db: Executor,
  personalNumber: string,
  purpose: CodePurpose,
  at: Date,
): Promise<void> {
  await db
    .update(oneTimeCodes)
    .set({ consumedAt: at })
    .where(
      and(
        eq(oneTimeCodes.personalNumber, personalNumber),
        eq(oneTimeCodes.purpose, purpose),
        isNull(oneTimeCodes.consumedAt),
      ),
    )
}

export async function insertOneTimeCode(
  db: Executor,
  values: typeof oneTimeCodes.$inferInsert,
): Promise<void> {
  await db.insert(oneTimeCodes).values(values)
}

/** The newest unconsumed code of a number for a purpose, expired or not. */
export async function findNewestOpenCode(
  db: Executor,
  personalNumber: string,
  purpose: CodePurpose,
): Promise<OneTimeCodeRecord | undefined> {
  const [row] = await db
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
  return row
}

/** A code by its id (a kiosk's challenge), whatever its state, if it is of that purpose. */
export async function findOneTimeCode(
  db: Executor,
  id: string,
  purpose: CodePurpose,
): Promise<OneTimeCodeRecord | undefined> {
  const [row] = await db
    .select()
    .from(oneTimeCodes)
    .where(and(eq(oneTimeCodes.id, id), eq(oneTimeCodes.purpose, purpose)))
  return row
}

/**
 * Consumes an open code. One statement, so of two answers racing with the right code only one
 * opens a session. @returns whether this call consumed it
 */
export async function claimOpenCode(db: Executor, id: string, at: Date): Promise<boolean> {
  const claimed = await db
    .update(oneTimeCodes)
    .set({ consumedAt: at })
    .where(and(eq(oneTimeCodes.id, id), isNull(oneTimeCodes.consumedAt)))
    .returning({ id: oneTimeCodes.id })
  return claimed.length > 0
}

/**
 * Counts a wrong answer to an open code, closing it at `maxAttempts`; in one statement, so that
 * guesses sent together are all counted. @returns the attempts so far, undefined when not open
 */
export async function countWrongAnswer(
  db: Executor,
  id: string,
  maxAttempts: number,
  at: Date,
): Promise<number | undefined> {
  const [row] = await db
    .update(oneTimeCodes)
    .set({
      attempts: sql`${oneTimeCodes.attempts} + 1`,
      consumedAt: sql`CASE WHEN ${oneTimeCodes.attempts} + 1 >= ${maxAttempts} THEN ${at.toISOString()}::timestamptz END`,
    })
    .where(and(eq(oneTimeCodes.id, id), isNull(oneTimeCodes.consumedAt)))
    .returning({ attempts: oneTimeCodes.attempts })
  return row?.attempts
}

export async function updateOneTimeCode(
  db: Executor,
  id: string,
  values: Pick<Partial<OneTimeCodeRecord>, 'attempts' | 'consumedAt'>,
): Promise<void> {
  await db.update(oneTimeCodes).set(values).where(eq(oneTimeCodes.id, id))
}

/**
 * Records `step` as the account's last used TOTP step unless that step or a later one was used
 * already, atomically. @returns whether it was recorded
 */
export async function recordTotpStep(
  db: Executor,
  accountId: string,
  step: number,
): Promise<boolean> {
  const used = await db
    .update(eidAccounts)
    .set({ totpLastStep: step })
    .where(
      and(
        eq(eidAccounts.id, accountId),
        or(isNull(eidAccounts.totpLastStep), lt(eidAccounts.totpLastStep, step)),
      ),
    )
    .returning({ id: eidAccounts.id })
  return used.length > 0
}

/** Replaces the account's recovery codes with these hashes. */
export async function replaceRecoveryCodes(
  db: Executor,
  accountId: string,
  codeHashes: string[],
): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.accountId, accountId))
  await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ accountId, codeHash })))
}

/** Marks the account's unused recovery code of this hash used. @returns whether there was one */
export async function markRecoveryCodeUsed(
  db: Executor,
  accountId: string,
  codeHash: string,
  at: Date,
): Promise<boolean> {
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(
      and(
        eq(recoveryCodes.accountId, accountId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ accountId: recoveryCodes.accountId })
  return used.length > 0
}

export async function insertDevelopmentMessage(
  db: Executor,
  message: { recipient: string; body: string },
): Promise<void> {
  await db.insert(developmentOutbox).values(message)
}

/** The newest messages of the development outbox, newest first. */
export async function findLatestDevelopmentMessages(db: Executor, limit: number) {
  return db.select().from(developmentOutbox).orderBy(desc(developmentOutbox.id)).limit(limit)
}
