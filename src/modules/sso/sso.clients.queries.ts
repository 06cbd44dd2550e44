import { eq } from 'drizzle-orm'
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
