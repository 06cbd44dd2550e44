import { and, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { ssoPayloads } from './sso.tables.js'

// The provider's state (sessions, grants, codes, tokens, interactions), one row per model and id.

/** Which column finds a stored payload: its id, the uid of an interaction, a device's user code. */
export type PayloadKey = { id: string } | { uid: string } | { userCode: string }

const matching = (key: PayloadKey) =>
  'id' in key
    ? eq(ssoPayloads.id, key.id)
    : 'uid' in key
      ? eq(ssoPayloads.uid, key.uid)
      : eq(ssoPayloads.userCode, key.userCode)

export async function upsertPayload(
  db: Executor,
  row: typeof ssoPayloads.$inferInsert,
): Promise<void> {
  await db
    .insert(ssoPayloads)
    .values(row)
    .onConflictDoUpdate({ target: [ssoPayloads.model, ssoPayloads.id], set: row })
}

/** A stored payload of a model that has not expired, and when it was consumed if it was. */
export async function findUnexpiredPayload(
  db: Executor,
  model: string,
  key: PayloadKey,
): Promise<{ payload: unknown; consumedAt: Date | null } | undefined> {
  const [row] = await db
    .select({ payload: ssoPayloads.payload, consumedAt: ssoPayloads.consumedAt })
    .from(ssoPayloads)
    .where(
      and(
        eq(ssoPayloads.model, model),
        matching(key),
        sql`(${ssoPayloads.expiresAt} IS NULL OR ${ssoPayloads.expiresAt} > now())`,
      ),
    )
  return row
}

export async function markPayloadConsumed(
  db: Executor,
  model: string,
  id: string,
  at: Date,
): Promise<void> {
  await db
    .update(ssoPayloads)
    .set({ consumedAt: at })
    .where(and(eq(ssoPayloads.model, model), eq(ssoPayloads.id, id)))
}

export async function deletePayload(db: Executor, model: string, id: string): Promise<void> {
  await db.delete(ssoPayloads).where(and(eq(ssoPayloads.model, model), eq(ssoPayloads.id, id)))
}

/** Deletes the payloads of one model issued under a grant. */
export async function deletePayloadsOfGrant(
  db: Executor,
  model: string,
  grantId: string,
): Promise<void> {
  await db
    .delete(ssoPayloads)
    .where(and(eq(ssoPayloads.model, model), eq(ssoPayloads.grantId, grantId)))
}

/** Deletes the stored access tokens issued to a client. */
export async function deleteAccessTokensOfClient(db: Executor, clientId: string): Promise<void> {
  await db
    .delete(ssoPayloads)
    .where(
      and(
        eq(ssoPayloads.model, 'AccessToken'),
        sql`${ssoPayloads.payload}->>'clientId' = ${clientId}`,
      ),
    )
}

/** Deletes a person's grants at a client and everything issued under them. */
export async function deleteGrantsOfAccountAtClient(
  db: Executor,
  accountId: string,
  clientId: string,
): Promise<void> {
  const grants = db
    .select({ id: ssoPayloads.id })
    .from(ssoPayloads)
    .where(
      and(
        eq(ssoPayloads.model, 'Grant'),
        sql`${ssoPayloads.payload}->>'accountId' = ${accountId}`,
        sql`${ssoPayloads.payload}->>'clientId' = ${clientId}`,
      ),
    )
  await db
    .delete(ssoPayloads)
    .where(
      sql`${ssoPayloads.grantId} IN ${grants} OR (${ssoPayloads.model} = 'Grant' AND ${ssoPayloads.id} IN ${grants})`,
    )
}

/** Deletes every payload that expired before `cutoff`. @returns how many went */
export async function deletePayloadsExpiredBefore(db: Executor, cutoff: Date): Promise<number> {
  const gone = await db
    .delete(ssoPayloads)
    .where(sql`${ssoPayloads.expiresAt} < ${cutoff}`)
    .returning({ id: ssoPayloads.id })
  return gone.length
}
