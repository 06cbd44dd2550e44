import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { vietnamDate } from '../../platform/time/vietnam.js'
import { claimsOfScopes } from './sso.claims.js'
import { ssoClients, ssoConsents, ssoPayloads, ssoSignIns } from './sso.tables.js'

export interface Consent {
  clientId: string
  clientName: string
  scopes: string[]
  /** What the client receives: the claims of its scopes and any asked for one by one. */
  claims: string[]
  grantedAt: Date
}

export async function findConsent(
  db: Executor,
  accountId: string,
  clientId: string,
): Promise<{ scopes: string[]; claims: string[] } | undefined> {
  const [row] = await db
    .select({ scopes: ssoConsents.scopes, claims: ssoConsents.claims })
    .from(ssoConsents)
    .where(
      and(
        eq(ssoConsents.accountId, accountId),
        eq(ssoConsents.clientId, clientId),
        isNull(ssoConsents.revokedAt),
      ),
    )
  return row
}

/** Remembers what the resident agreed to, adding to what a live consent already covers. */
export async function rememberConsent(
  db: Executor,
  consent: { accountId: string; clientId: string; scopes: string[]; claims: string[] },
): Promise<void> {
  const previous = await findConsent(db, consent.accountId, consent.clientId)
  const row = {
    ...consent,
    scopes: [...new Set([...(previous?.scopes ?? []), ...consent.scopes])],
    claims: [...new Set([...(previous?.claims ?? []), ...consent.claims])],
    grantedAt: new Date(),
    revokedAt: null,
  }
  await db
    .insert(ssoConsents)
    .values(row)
    .onConflictDoUpdate({ target: [ssoConsents.accountId, ssoConsents.clientId], set: row })
}

/** The clients a resident has agreed to share data with, newest first. */
export async function listConsents(db: Executor, accountId: string): Promise<Consent[]> {
  const rows = await db
    .select({
      clientId: ssoConsents.clientId,
      clientName: ssoClients.name,
      scopes: ssoConsents.scopes,
      claims: ssoConsents.claims,
      grantedAt: ssoConsents.grantedAt,
    })
    .from(ssoConsents)
    .innerJoin(ssoClients, eq(ssoClients.clientId, ssoConsents.clientId))
    .where(and(eq(ssoConsents.accountId, accountId), isNull(ssoConsents.revokedAt)))
    .orderBy(sql`${ssoConsents.grantedAt} DESC`)
  return rows.map((row) => ({
    ...row,
    claims: [...new Set([...claimsOfScopes(row.scopes), ...row.claims])],
  }))
}

/**
 * Withdraws a consent and everything issued under it: the client's grants for this person, and
 * with them their codes and tokens, so the next sign-in asks again.
 * @returns whether there was a live consent to withdraw
 */
export async function revokeConsent(
  db: Executor,
  accountId: string,
  clientId: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const revoked = await tx
      .update(ssoConsents)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(ssoConsents.accountId, accountId),
          eq(ssoConsents.clientId, clientId),
          isNull(ssoConsents.revokedAt),
        ),
      )
      .returning({ clientId: ssoConsents.clientId })
    const grants = tx
      .select({ id: ssoPayloads.id })
      .from(ssoPayloads)
      .where(
        and(
          eq(ssoPayloads.model, 'Grant'),
          sql`${ssoPayloads.payload}->>'accountId' = ${accountId}`,
          sql`${ssoPayloads.payload}->>'clientId' = ${clientId}`,
        ),
      )
    await tx
      .delete(ssoPayloads)
      .where(
        sql`${ssoPayloads.grantId} IN ${grants} OR (${ssoPayloads.model} = 'Grant' AND ${ssoPayloads.id} IN ${grants})`,
      )
    return revoked.length > 0
  })
}

/** Counts a completed sign-in at a client on today's Vietnam calendar day. */
export async function countSignIn(db: Executor, clientId: string, at = new Date()): Promise<void> {
  await db
    .insert(ssoSignIns)
    .values({ clientId, day: vietnamDate(at), count: 1 })
    .onConflictDoUpdate({
      target: [ssoSignIns.clientId, ssoSignIns.day],
      set: { count: sql`${ssoSignIns.count} + 1` },
    })
}

/**
 * Deletes the provider's expired state. Rows stay an hour past expiry so that a late replay of a
 * consumed code still meets its row and is refused as a replay.
 * @returns how many rows went
 */
export async function purgeExpiredSsoState(db: Executor, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - 3_600_000)
  const gone = await db
    .delete(ssoPayloads)
    .where(sql`${ssoPayloads.expiresAt} < ${cutoff}`)
    .returning({ id: ssoPayloads.id })
  return gone.length
}

/** Model 24's indicator: systems connected (live clients) and sign-ins over a span of Vietnam days. */
export async function ssoUsage(
  db: Executor,
  days: { from: string; to: string },
): Promise<{ connectedSystems: number; signIns: number }> {
  const [systems] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(ssoClients)
    .where(isNull(ssoClients.disabledAt))
  const [signIns] = await db
    .select({ n: sql<number>`coalesce(sum(${ssoSignIns.count}), 0)::int` })
    .from(ssoSignIns)
    .where(sql`${ssoSignIns.day} BETWEEN ${days.from} AND ${days.to}`)
  return { connectedSystems: systems?.n ?? 0, signIns: signIns?.n ?? 0 }
}
