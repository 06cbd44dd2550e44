import { and, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { eidAccounts, sessions, staffGrants } from '../identity.tables.js'

type StoredSession = typeof sessions.$inferSelect

export async function insertSession(
  db: Executor,
  values: typeof sessions.$inferInsert,
): Promise<void> {
  await db.insert(sessions).values(values)
}

/** The live (not revoked, not expired) session of a token hash. */
export async function findLiveSessionByHash(
  db: Executor,
  tokenHash: string,
  now: Date,
): Promise<Pick<StoredSession, 'accountId' | 'secondFactorAt' | 'expiresAt'> | undefined> {
  const [row] = await db
    .select({
      accountId: sessions.accountId,
      secondFactorAt: sessions.secondFactorAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
      ),
    )
  return row
}

export async function markSessionSecondFactor(
  db: Executor,
  tokenHash: string,
  at: Date,
): Promise<void> {
  await db.update(sessions).set({ secondFactorAt: at }).where(eq(sessions.tokenHash, tokenHash))
}

export async function markSessionRevoked(db: Executor, tokenHash: string, at: Date): Promise<void> {
  await db.update(sessions).set({ revokedAt: at }).where(eq(sessions.tokenHash, tokenHash))
}

export async function markAccountSessionsRevoked(
  db: Executor,
  accountId: string,
  at: Date,
): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt)))
}

/** An account's live sessions, newest first. */
export async function findLiveSessionsOfAccount(
  db: Executor,
  accountId: string,
  now: Date,
): Promise<StoredSession[]> {
  return db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.accountId, accountId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
      ),
    )
    .orderBy(desc(sessions.createdAt))
}

/**
 * Revokes the account's unrevoked session named by `id`, the first `idLength` characters of its
 * token hash. @returns whether one was revoked
 */
export async function markAccountSessionRevokedById(
  db: Executor,
  accountId: string,
  session: { id: string; idLength: number },
  at: Date,
): Promise<boolean> {
  const ended = await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(
      and(
        eq(sessions.accountId, accountId),
        eq(sql`left(${sessions.tokenHash}, ${session.idLength})`, session.id),
        isNull(sessions.revokedAt),
      ),
    )
    .returning({ tokenHash: sessions.tokenHash })
  return ended.length > 0
}

/**
 * Moves the expiry of live kiosk sessions to `until` (a sliding lifetime); a session already
 * revoked or expired stays over.
 */
export async function extendKioskSessions(
  db: Executor,
  tokenHashes: string[],
  until: Date,
  now: Date,
): Promise<void> {
  if (tokenHashes.length === 0) return
  await db
    .update(sessions)
    .set({ expiresAt: until, lastSeenAt: now })
    .where(
      and(
        inArray(sessions.tokenHash, tokenHashes),
        eq(sessions.channel, 'kiosk'),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
      ),
    )
}

/**
 * Live sessions by token hash, each with its account and live grants. Prepared once (named on
 * PostgreSQL, so each connection plans it once): it runs for nearly every request.
 */
export const prepareLiveSessionsWithGrants = (db: Executor) =>
  db
    .select({
      tokenHash: sessions.tokenHash,
      account: eidAccounts,
      secondFactorAt: sessions.secondFactorAt,
      channel: sessions.channel,
      expiresAt: sessions.expiresAt,
      grant: staffGrants,
    })
    .from(sessions)
    .innerJoin(eidAccounts, eq(eidAccounts.id, sessions.accountId))
    .leftJoin(
      staffGrants,
      and(eq(staffGrants.accountId, eidAccounts.id), isNull(staffGrants.revokedAt)),
    )
    .where(
      and(
        sql`${sessions.tokenHash} = ANY(${sql.placeholder('tokenHashes')}::text[])`,
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql.placeholder('now')),
      ),
    )
    .prepare('identity_live_sessions')
