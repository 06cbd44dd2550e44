import { eq, inArray } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { ssoClients } from './sso.tables.js'

export type ClientRecord = typeof ssoClients.$inferSelect

export async function findClient(
  db: Executor,
  clientId: string,
): Promise<ClientRecord | undefined> {
  const [row] = await db.select().from(ssoClients).where(eq(ssoClients.clientId, clientId))
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
