import { sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { deadlineRules, establishmentTypes } from './stays.tables.js'

/** Writes establishment types, replacing the names, unit and position of those already there. */
export async function upsertEstablishmentTypes(
  db: Executor,
  types: (typeof establishmentTypes.$inferInsert)[],
): Promise<void> {
  await db
    .insert(establishmentTypes)
    .values(types)
    .onConflictDoUpdate({
      target: establishmentTypes.code,
      set: {
        nameVi: sql`excluded.name_vi`,
        nameEn: sql`excluded.name_en`,
        capacityUnit: sql`excluded.capacity_unit`,
        position: sql`excluded.position`,
      },
    })
}

/** Writes a deadline rule, replacing the one in force from the same day. */
export async function upsertDeadlineRule(
  db: Executor,
  rule: typeof deadlineRules.$inferInsert,
): Promise<void> {
  const { validFrom: _validFrom, ...rest } = rule
  await db
    .insert(deadlineRules)
    .values(rule)
    .onConflictDoUpdate({ target: deadlineRules.validFrom, set: rest })
}
