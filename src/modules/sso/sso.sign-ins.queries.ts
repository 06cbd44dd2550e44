import { sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { ssoSignIns } from './sso.tables.js'

/** Adds one to a client's count of sign-ins on a day. */
export async function addSignIn(db: Executor, clientId: string, day: string): Promise<void> {
  await db
    .insert(ssoSignIns)
    .values({ clientId, day, count: 1 })
    .onConflictDoUpdate({
      target: [ssoSignIns.clientId, ssoSignIns.day],
      set: { count: sql`${ssoSignIns.count} + 1` },
    })
}

/** Sign-ins at every client from one day to another, both included. */
export async function sumSignIns(
  db: Executor,
  days: { from: string; to: string },
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${ssoSignIns.count}), 0)::int` })
    .from(ssoSignIns)
    .where(sql`${ssoSignIns.day} BETWEEN ${days.from} AND ${days.to}`)
  return row?.n ?? 0
}
