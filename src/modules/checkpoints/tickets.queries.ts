import { and, count, desc, eq, gte, inArray, lt, ne } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { checkpointTickets } from './checkpoints.tables.js'

export type TicketRow = typeof checkpointTickets.$inferSelect

export async function countTickets(db: Executor, tripId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(checkpointTickets)
    .where(eq(checkpointTickets.tripId, tripId))
  return row?.n ?? 0
}

/** Which of these people already hold a ticket for the trip. */
export async function findHolders(
  db: Executor,
  tripId: string,
  personalNumbers: string[],
): Promise<Set<string>> {
  if (personalNumbers.length === 0) return new Set()
  const rows = await db
    .select({ personalNumber: checkpointTickets.personalNumber })
    .from(checkpointTickets)
    .where(
      and(
        eq(checkpointTickets.tripId, tripId),
        inArray(checkpointTickets.personalNumber, personalNumbers),
      ),
    )
  return new Set(rows.map((r) => r.personalNumber))
}

export async function insertTickets(
  db: Executor,
  rows: (typeof checkpointTickets.$inferInsert)[],
): Promise<TicketRow[]> {
  if (rows.length === 0) return []
  return db.insert(checkpointTickets).values(rows).returning()
}

/** The person's ticket for the trip, locked until the transaction ends. */
export async function lockTicket(
  db: Executor,
  tripId: string,
  personalNumber: string,
): Promise<TicketRow | undefined> {
  const [row] = await db
    .select()
    .from(checkpointTickets)
    .where(
      and(
        eq(checkpointTickets.tripId, tripId),
        eq(checkpointTickets.personalNumber, personalNumber),
      ),
    )
    .for('update')
  return row
}

/** The person's latest ticket of the operator for another trip, if any. */
export async function findOtherTicket(
  db: Executor,
  ticket: { tripId: string; establishmentId: string; personalNumber: string },
): Promise<TicketRow | undefined> {
  const [row] = await db
    .select()
    .from(checkpointTickets)
    .where(
      and(
        eq(checkpointTickets.personalNumber, ticket.personalNumber),
        eq(checkpointTickets.establishmentId, ticket.establishmentId),
        ne(checkpointTickets.tripId, ticket.tripId),
      ),
    )
    .orderBy(desc(checkpointTickets.issuedAt))
    .limit(1)
  return row
}

export async function markBoarded(db: Executor, id: string, at: Date): Promise<TicketRow> {
  const [row] = await db
    .update(checkpointTickets)
    .set({ boardedAt: at })
    .where(eq(checkpointTickets.id, id))
    .returning()
  return row!
}

/** Tickets validated by card or identity QR (boarded) in [from, to). */
export async function countBoarded(db: Executor, span: { from: Date; to: Date }) {
  const [row] = await db
    .select({ n: count() })
    .from(checkpointTickets)
    .where(
      and(gte(checkpointTickets.boardedAt, span.from), lt(checkpointTickets.boardedAt, span.to)),
    )
  return row?.n ?? 0
}
