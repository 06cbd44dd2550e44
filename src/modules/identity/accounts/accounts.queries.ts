import { and, eq, inArray, isNull } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { eidAccounts, staffGrants } from '../identity.tables.js'

export type AccountRecord = typeof eidAccounts.$inferSelect
export type GrantRecord = typeof staffGrants.$inferSelect

export async function findAccountByNumber(
  db: Executor,
  personalNumber: string,
): Promise<AccountRecord | undefined> {
  const [row] = await db
    .select()
    .from(eidAccounts)
    .where(eq(eidAccounts.personalNumber, personalNumber))
  return row
}

/**
 * The linked e-payment accounts (model 23) of these personal numbers: the provider (bank or
 * wallet) each is with, for those whose eID account is active and holds one.
 */
export async function findPaymentAccounts(
  db: Executor,
  personalNumbers: readonly string[],
): Promise<Map<string, { provider: string; linkedOn: string | null }>> {
  if (personalNumbers.length === 0) return new Map()
  const rows = await db
    .select({
      personalNumber: eidAccounts.personalNumber,
      provider: eidAccounts.paymentAccountProvider,
      linkedOn: eidAccounts.paymentAccountLinkedOn,
    })
    .from(eidAccounts)
    .where(
      and(
        inArray(eidAccounts.personalNumber, [...new Set(personalNumbers)]),
        eq(eidAccounts.status, 'active'),
      ),
    )
  return new Map(
    rows.flatMap((r) =>
      r.provider ? [[r.personalNumber, { provider: r.provider, linkedOn: r.linkedOn }]] : [],
    ),
  )
}

/** Of these personal numbers, those whose account is active at eID level 2. */
export async function findLevel2Numbers(
  db: Executor,
  personalNumbers: readonly string[],
): Promise<Set<string>> {
  if (personalNumbers.length === 0) return new Set()
  const rows = await db
    .select({ personalNumber: eidAccounts.personalNumber })
    .from(eidAccounts)
    .where(
      and(
        inArray(eidAccounts.personalNumber, [...new Set(personalNumbers)]),
        eq(eidAccounts.level, 2),
        eq(eidAccounts.status, 'active'),
      ),
    )
  return new Set(rows.map((r) => r.personalNumber))
}

export async function findAccountById(
  db: Executor,
  id: string,
): Promise<AccountRecord | undefined> {
  const [row] = await db.select().from(eidAccounts).where(eq(eidAccounts.id, id))
  return row
}

export async function findActiveGrants(db: Executor, accountId: string): Promise<GrantRecord[]> {
  return db
    .select()
    .from(staffGrants)
    .where(and(eq(staffGrants.accountId, accountId), isNull(staffGrants.revokedAt)))
}

export async function insertAccount(
  db: Executor,
  values: typeof eidAccounts.$inferInsert,
): Promise<AccountRecord> {
  const [row] = await db.insert(eidAccounts).values(values).returning()
  return row!
}

export async function updateAccount(
  db: Executor,
  id: string,
  values: Partial<typeof eidAccounts.$inferInsert>,
): Promise<void> {
  await db.update(eidAccounts).set(values).where(eq(eidAccounts.id, id))
}

export async function insertGrant(
  db: Executor,
  values: typeof staffGrants.$inferInsert,
): Promise<GrantRecord> {
  const [row] = await db.insert(staffGrants).values(values).returning()
  return row!
}
