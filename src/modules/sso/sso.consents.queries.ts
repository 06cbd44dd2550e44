import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { ssoClients, ssoConsents } from './sso.tables.js'

/** What a live consent covers. */
export async function findLiveConsent(
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

/** Writes a person's consent at a client, replacing the earlier one, revoked or not. */
export async function upsertConsent(
  db: Executor,
  row: typeof ssoConsents.$inferInsert,
): Promise<void> {
  await db
    .insert(ssoConsents)
    .values(row)
    .onConflictDoUpdate({ target: [ssoConsents.accountId, ssoConsents.clientId], set: row })
}

/** A person's live consents with their clients' names, newest first. */
export async function findLiveConsentsOfAccount(db: Executor, accountId: string) {
  return db
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
}

/** Marks a person's live consent at a client revoked. @returns whether there was one */
export async function markConsentRevoked(
  db: Executor,
  accountId: string,
  clientId: string,
  at: Date,
): Promise<boolean> {
  const revoked = await db
    .update(ssoConsents)
    .set({ revokedAt: at })
    .where(
      and(
        eq(ssoConsents.accountId, accountId),
        eq(ssoConsents.clientId, clientId),
        isNull(ssoConsents.revokedAt),
      ),
    )
    .returning({ clientId: ssoConsents.clientId })
  return revoked.length > 0
}
