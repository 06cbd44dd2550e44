import { asc, count, desc, eq } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import {
  planAgencies,
  planModelAgencies,
  planModelChanges,
  planModels,
  RECORDED_STATUSES,
} from './plan.tables.js'

export type ModelRow = typeof planModels.$inferSelect
export type AgencyRow = typeof planAgencies.$inferSelect
export type ChangeRow = typeof planModelChanges.$inferSelect
export type RecordedStatus = (typeof RECORDED_STATUSES)[number]

export interface ModelWithAgencies extends ModelRow {
  leads: string[]
  coordinators: string[]
}

export async function findAgencies(db: Executor): Promise<AgencyRow[]> {
  return db.select().from(planAgencies).orderBy(asc(planAgencies.code))
}

export async function findAgency(db: Executor, code: string): Promise<AgencyRow | undefined> {
  const [row] = await db.select().from(planAgencies).where(eq(planAgencies.code, code))
  return row
}

export async function updateAgencyContact(
  db: Executor,
  code: string,
  contact: { phone: string | null; setBy: string },
): Promise<AgencyRow | undefined> {
  const [row] = await db
    .update(planAgencies)
    .set({ contactPhone: contact.phone, contactSetBy: contact.setBy, contactSetAt: new Date() })
    .where(eq(planAgencies.code, code))
    .returning()
  return row
}

function withAgencies(
  models: ModelRow[],
  links: { modelNo: number; agencyCode: string; role: 'lead' | 'coordinate' }[],
): ModelWithAgencies[] {
  return models.map((m) => {
    const mine = links.filter((l) => l.modelNo === m.no)
    return {
      ...m,
      leads: mine.filter((l) => l.role === 'lead').map((l) => l.agencyCode),
      coordinators: mine.filter((l) => l.role === 'coordinate').map((l) => l.agencyCode),
    }
  })
}

/** The 43 models in order with their agencies: small enough to read whole every time. */
export async function findModels(db: Executor): Promise<ModelWithAgencies[]> {
  const [models, links] = await Promise.all([
    db.select().from(planModels).orderBy(asc(planModels.no)),
    db.select().from(planModelAgencies),
  ])
  return withAgencies(models, links)
}

export async function findModel(db: Executor, no: number): Promise<ModelWithAgencies | undefined> {
  const [models, links] = await Promise.all([
    db.select().from(planModels).where(eq(planModels.no, no)),
    db.select().from(planModelAgencies).where(eq(planModelAgencies.modelNo, no)),
  ])
  return withAgencies(models, links)[0]
}

export async function updateModel(
  db: Executor,
  no: number,
  change: { status?: RecordedStatus; deadlineDate?: string },
): Promise<void> {
  await db.update(planModels).set(change).where(eq(planModels.no, no))
}

export async function insertChange(
  db: Executor,
  change: typeof planModelChanges.$inferInsert,
): Promise<void> {
  await db.insert(planModelChanges).values(change)
}

export async function findChanges(db: Executor, no: number): Promise<ChangeRow[]> {
  return db
    .select()
    .from(planModelChanges)
    .where(eq(planModelChanges.modelNo, no))
    .orderBy(desc(planModelChanges.changedAt), desc(planModelChanges.id))
}

export async function countModels(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(planModels)
  return row?.n ?? 0
}

/**
 * Inserts the plan's reference rows, leaving those already there as they are (statuses,
 * deadlines and contacts set since).
 * @returns the numbers of the models inserted
 */
export async function insertReference(
  db: Executor,
  reference: {
    agencies: (typeof planAgencies.$inferInsert)[]
    models: (typeof planModels.$inferInsert)[]
    links: (typeof planModelAgencies.$inferInsert)[]
  },
): Promise<number[]> {
  await db.insert(planAgencies).values(reference.agencies).onConflictDoNothing()
  const inserted = await db
    .insert(planModels)
    .values(reference.models)
    .onConflictDoNothing()
    .returning({ no: planModels.no })
  await db.insert(planModelAgencies).values(reference.links).onConflictDoNothing()
  return inserted.map((m) => m.no)
}
