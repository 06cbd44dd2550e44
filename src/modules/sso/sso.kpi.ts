import type { Executor } from '../../platform/db/database.js'
import { vietnamDate } from '../../platform/time/vietnam.js'
import { countLiveClients } from './sso.clients.queries.js'
import { addSignIn, sumSignIns } from './sso.sign-ins.queries.js'

/** Counts a completed sign-in at a client on today's Vietnam calendar day. */
export async function countSignIn(db: Executor, clientId: string, at = new Date()): Promise<void> {
  await addSignIn(db, clientId, vietnamDate(at))
}

/** Model 24's indicator: systems connected (live clients) and sign-ins over a span of Vietnam days. */
export async function ssoUsage(
  db: Executor,
  days: { from: string; to: string },
): Promise<{ connectedSystems: number; signIns: number }> {
  return { connectedSystems: await countLiveClients(db), signIns: await sumSignIns(db, days) }
}
