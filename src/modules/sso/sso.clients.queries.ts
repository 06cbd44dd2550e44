import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { preparedPerExecutor } from '../../platform/db/prepared.js'
import { ssoClients } from './sso.tables.js'

export type ClientRecord = typeof ssoClients.$inferSelect

// Read on every call a partner system makes (its bearer token is checked against it).
const findClientStatement = preparedPerExecutor((db) =>
  db
    .select()
    .from(ssoClients)
    .where(eq(ssoClients.clientId, sql.placeholder('clientId')))
    .prepare('sso_find_client'),
)

export async function findClient(
  db: Executor,
  clientId: string,
): Promise<ClientRecord | undefined> {
  const [row] = await findClientStatement(db).execute({ clientId })
  return row
}

export async function isFirstParty(db: Executor, clientId: string): Promise<boolean> {
  return (await findClient(db, clientId))?.firstParty ?? false
}

/** Client (partner system) names by client id, for people reading who acted through which. */
export async function clientNames(
  db: Executor,
  clientIds: readonly string[],
): Promise<Map<string, string>> {
  if (clientIds.length === 0) return new Map()
  const rows = await db
    .select({ clientId: ssoClients.clientId, name: ssoClients.name })
    .from(ssoClients)
    .where(inArray(ssoClients.clientId, [...clientIds]))
  return new Map(rows.map((row) => [row.clientId, row.name]))
}

/** A client that is not disabled: its metadata and the version of its secret. */
export async function findLiveClient(
  db: Executor,
  clientId: string,
): Promise<Pick<ClientRecord, 'metadata' | 'secretVersion'> | undefined> {
  const [row] = await db
    .select({ metadata: ssoClients.metadata, secretVersion: ssoClients.secretVersion })
    .from(ssoClients)
    .where(and(eq(ssoClients.clientId, clientId), isNull(ssoClients.disabledAt)))
  return row
}

/** Every client, disabled ones too, oldest first. */
export async function findAllClients(db: Executor): Promise<ClientRecord[]> {
  return db.select().from(ssoClients).orderBy(ssoClients.createdAt)
}

export async function countLiveClients(db: Executor): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(ssoClients)
    .where(isNull(ssoClients.disabledAt))
  return row?.n ?? 0
}

/** Inserts a client unless its id is taken. @returns whether it was inserted */
export async function insertClient(
  db: Executor,
  values: typeof ssoClients.$inferInsert,
): Promise<boolean> {
  const inserted = await db
    .insert(ssoClients)
    .values(values)
    .onConflictDoNothing()
    .returning({ clientId: ssoClients.clientId })
  return inserted.length > 0
}

/**
 * Inserts or re-enables a client under a fixed id with this metadata, keeping its secret's version.
 * @returns the version of its secret
 */
export async function upsertFixedClient(
  db: Executor,
  values: Pick<typeof ssoClients.$inferInsert, 'clientId' | 'name' | 'metadata' | 'firstParty'>,
): Promise<number> {
  const [row] = await db
    .insert(ssoClients)
    .values(values)
    .onConflictDoUpdate({
      target: ssoClients.clientId,
      set: { metadata: values.metadata, disabledAt: null, firstParty: values.firstParty },
    })
    .returning({ version: ssoClients.secretVersion })
  return row!.version
}

const usesSecret = sql`${ssoClients.metadata}->>'token_endpoint_auth_method' = 'client_secret_basic'`

/**
 * Moves a live client that authenticates with a secret to its next secret version.
 * @returns the new version, undefined when no such client was found
 */
export async function bumpSecretVersion(
  db: Executor,
  clientId: string,
  at: Date,
): Promise<number | undefined> {
  const [row] = await db
    .update(ssoClients)
    .set({ secretVersion: sql`${ssoClients.secretVersion} + 1`, secretRotatedAt: at })
    .where(and(eq(ssoClients.clientId, clientId), isNull(ssoClients.disabledAt), usesSecret))
    .returning({ version: ssoClients.secretVersion })
  return row?.version
}

/** Marks a live client disabled, by whom. @returns whether there was one */
export async function markClientDisabled(
  db: Executor,
  clientId: string,
  disabled: { by: string | null; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(ssoClients)
    .set({ disabledAt: disabled.at, disabledBy: disabled.by })
    .where(and(eq(ssoClients.clientId, clientId), isNull(ssoClients.disabledAt)))
    .returning({ clientId: ssoClients.clientId })
  return rows.length > 0
}
