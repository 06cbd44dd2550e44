import { and, asc, desc, eq } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import type { Candidate } from './candidate-list.js'
import { examCandidates, examSessions } from './verification.tables.js'

export type SessionRow = typeof examSessions.$inferSelect
export type CandidateRow = typeof examCandidates.$inferSelect

export async function insertSession(
  db: Executor,
  session: { partnerId: string; title: string; startsAt: Date },
): Promise<SessionRow> {
  const [row] = await db.insert(examSessions).values(session).returning()
  return row!
}

/** One partner's session; another partner's is absent. */
export async function findSessionOfPartner(
  db: Executor,
  partnerId: string,
  id: string,
): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(examSessions)
    .where(and(eq(examSessions.id, id), eq(examSessions.partnerId, partnerId)))
  return row
}

export async function findSessionsOfPartner(
  db: Executor,
  partnerId: string,
): Promise<SessionRow[]> {
  return db
    .select()
    .from(examSessions)
    .where(eq(examSessions.partnerId, partnerId))
    .orderBy(desc(examSessions.startsAt))
    .limit(200)
}

/** Adds candidates; a number already on the list is left as it was. @returns those added */
export async function insertCandidates(
  db: Executor,
  sessionId: string,
  candidates: Candidate[],
): Promise<Set<string>> {
  if (candidates.length === 0) return new Set()
  const rows = await db
    .insert(examCandidates)
    .values(candidates.map((c) => ({ ...c, sessionId })))
    .onConflictDoNothing()
    .returning({ personalNumber: examCandidates.personalNumber })
  return new Set(rows.map((r) => r.personalNumber))
}

export async function findCandidates(db: Executor, sessionId: string): Promise<CandidateRow[]> {
  return db
    .select()
    .from(examCandidates)
    .where(eq(examCandidates.sessionId, sessionId))
    .orderBy(asc(examCandidates.line))
}

export async function findCandidate(
  db: Executor,
  sessionId: string,
  personalNumber: string,
): Promise<CandidateRow | undefined> {
  const [row] = await db
    .select()
    .from(examCandidates)
    .where(
      and(
        eq(examCandidates.sessionId, sessionId),
        eq(examCandidates.personalNumber, personalNumber),
      ),
    )
  return row
}
