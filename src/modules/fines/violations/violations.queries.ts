import type { Executor } from '../../../platform/db/database.js'
import { violations } from '../fines.tables.js'

export type ViolationRecord = typeof violations.$inferSelect
export type NewViolationRecord = typeof violations.$inferInsert

export async function insertViolation(
  db: Executor,
  row: NewViolationRecord,
): Promise<ViolationRecord> {
  const [inserted] = await db.insert(violations).values(row).returning()
  return inserted!
}
