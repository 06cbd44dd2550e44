import { and, desc, eq, gte, lt, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import {
  verificationChecks,
  type CheckMethod,
  type CheckPurpose,
  type CheckResult,
} from './verification.tables.js'

export type CheckRow = typeof verificationChecks.$inferSelect
export type NewCheck = typeof verificationChecks.$inferInsert

export async function insertCheck(db: Executor, check: NewCheck): Promise<CheckRow> {
  const [row] = await db.insert(verificationChecks).values(check).returning()
  return row!
}

/** One partner's check; another partner's is absent. */
export async function findCheckOfPartner(
  db: Executor,
  partnerId: string,
  id: string,
): Promise<CheckRow | undefined> {
  const [row] = await db
    .select()
    .from(verificationChecks)
    .where(and(eq(verificationChecks.id, id), eq(verificationChecks.partnerId, partnerId)))
  return row
}

export interface CheckFilter {
  purpose?: CheckPurpose | undefined
  method?: CheckMethod | undefined
  result?: CheckResult | undefined
  /** Instants, from included, to excluded. */
  from?: Date | undefined
  to?: Date | undefined
  limit: number
}

/** A partner's checks, newest first. */
export async function findChecksOfPartner(
  db: Executor,
  partnerId: string,
  filter: CheckFilter,
): Promise<CheckRow[]> {
  const c = verificationChecks
  return db
    .select()
    .from(c)
    .where(
      and(
        eq(c.partnerId, partnerId),
        filter.purpose && eq(c.purpose, filter.purpose),
        filter.method && eq(c.method, filter.method),
        filter.result && eq(c.result, filter.result),
        filter.from && gte(c.checkedAt, filter.from),
        filter.to && lt(c.checkedAt, filter.to),
      ),
    )
    .orderBy(desc(c.checkedAt))
    .limit(filter.limit)
}

/** Whether the person was already checked in at this session with a match. */
export async function hasMatchedCheckIn(
  db: Executor,
  sessionId: string,
  personalNumber: string,
): Promise<boolean> {
  const c = verificationChecks
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(c)
    .where(
      and(eq(c.sessionId, sessionId), eq(c.personalNumber, personalNumber), eq(c.result, 'match')),
    )
    .limit(1)
  return row !== undefined
}

/** A session's checks, in the order they were made. */
export async function findChecksOfSession(db: Executor, sessionId: string): Promise<CheckRow[]> {
  return db
    .select()
    .from(verificationChecks)
    .where(eq(verificationChecks.sessionId, sessionId))
    .orderBy(verificationChecks.checkedAt)
}
