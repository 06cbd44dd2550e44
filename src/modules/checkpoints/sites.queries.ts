import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import {
  checkpointCameraKeys,
  checkpointGates,
  checkpointOperators,
  checkpointSiteWorkers,
  checkpointSites,
  type SiteKind,
} from './checkpoints.tables.js'
import { recordSiteOpened } from './checkpoints.events.js'
import { anyOf } from './passages.queries.js'

export type OperatorRow = typeof checkpointOperators.$inferSelect
export type SiteRow = typeof checkpointSites.$inferSelect
export type GateRow = typeof checkpointGates.$inferSelect
export type CameraKeyRow = typeof checkpointCameraKeys.$inferSelect

const isUuid = (id: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)

export async function insertOperator(
  db: Executor,
  operator: { name: string; communeCode: string; createdBy: string },
): Promise<OperatorRow> {
  const [row] = await db.insert(checkpointOperators).values(operator).returning()
  return row!
}

export async function findOperator(db: Executor, id: string): Promise<OperatorRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select().from(checkpointOperators).where(eq(checkpointOperators.id, id))
  return row
}

export async function findOperatorsIn(db: Executor, communes: string[]): Promise<OperatorRow[]> {
  if (communes.length === 0) return []
  return db
    .select()
    .from(checkpointOperators)
    .where(inArray(checkpointOperators.communeCode, communes))
    .orderBy(asc(checkpointOperators.name))
    .limit(500)
}

export async function insertSite(
  db: Executor,
  site: {
    operatorId: string
    kind: SiteKind
    name: string
    communeCode: string
    provinceCode: string
  },
): Promise<SiteRow> {
  const [row] = await db.insert(checkpointSites).values(site).returning()
  await recordSiteOpened(db, {
    siteId: row!.id,
    kind: row!.kind,
    name: row!.name,
    communeCode: row!.communeCode,
  })
  return row!
}

export async function findSite(db: Executor, id: string): Promise<SiteRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db.select().from(checkpointSites).where(eq(checkpointSites.id, id))
  return row
}

/**
 * Sites named for the residents' access log ("<site> (<operator>)"): the facility whose gate or
 * cameras recorded their passage. Ids that are not a site's are left out.
 */
export async function siteNames(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const uuids = ids.filter(isUuid)
  if (uuids.length === 0) return new Map()
  const rows = await db
    .select({
      id: checkpointSites.id,
      site: checkpointSites.name,
      operator: checkpointOperators.name,
    })
    .from(checkpointSites)
    .innerJoin(checkpointOperators, eq(checkpointOperators.id, checkpointSites.operatorId))
    .where(inArray(checkpointSites.id, uuids))
  return new Map(rows.map((r) => [r.id, `${r.site} (${r.operator})`]))
}

/** Sites of these operators or in these units (communes or provinces), by name. */
export async function findSitesVisible(
  db: Executor,
  scope: { operatorIds: string[]; unitCodes: string[] },
): Promise<SiteRow[]> {
  const operatorIds = scope.operatorIds.filter(isUuid)
  const conditions = [
    ...(operatorIds.length ? [inArray(checkpointSites.operatorId, operatorIds)] : []),
    ...(scope.unitCodes.length
      ? [
          inArray(checkpointSites.communeCode, scope.unitCodes),
          inArray(checkpointSites.provinceCode, scope.unitCodes),
        ]
      : []),
  ]
  if (conditions.length === 0) return []
  return db
    .select()
    .from(checkpointSites)
    .where(or(...conditions))
    .orderBy(asc(checkpointSites.name))
    .limit(500)
}

export async function insertGate(
  db: Executor,
  gate: { siteId: string; name: string },
): Promise<GateRow> {
  const [row] = await db.insert(checkpointGates).values(gate).returning()
  return row!
}

export async function findGatesOf(db: Executor, siteIds: string[]): Promise<GateRow[]> {
  if (siteIds.length === 0) return []
  return db
    .select()
    .from(checkpointGates)
    .where(inArray(checkpointGates.siteId, siteIds))
    .orderBy(asc(checkpointGates.createdAt), asc(checkpointGates.name))
}

export async function insertCameraKey(
  db: Executor,
  key: { siteId: string; name: string; publicJwk: Record<string, unknown> },
): Promise<CameraKeyRow> {
  const [row] = await db.insert(checkpointCameraKeys).values(key).returning()
  return row!
}

/** The site's camera keys in force; with a key id, that one only. */
export async function findLiveCameraKeys(
  db: Executor,
  siteId: string,
  keyId?: string,
): Promise<CameraKeyRow[]> {
  if (keyId !== undefined && !isUuid(keyId)) return []
  return db
    .select()
    .from(checkpointCameraKeys)
    .where(
      and(
        eq(checkpointCameraKeys.siteId, siteId),
        isNull(checkpointCameraKeys.revokedAt),
        ...(keyId ? [eq(checkpointCameraKeys.id, keyId)] : []),
      ),
    )
}

/** Adds workers; those already listed stay. Returns how many were new. */
export async function insertWorkers(
  db: Executor,
  siteId: string,
  personalNumbers: string[],
): Promise<number> {
  if (personalNumbers.length === 0) return 0
  const rows = await db
    .insert(checkpointSiteWorkers)
    .values(personalNumbers.map((personalNumber) => ({ siteId, personalNumber })))
    .onConflictDoNothing()
    .returning({ personalNumber: checkpointSiteWorkers.personalNumber })
  return rows.length
}

/** Which of these people work at the site. */
export async function findWorkersAmong(
  db: Executor,
  siteId: string,
  personalNumbers: string[],
): Promise<Set<string>> {
  if (personalNumbers.length === 0) return new Set()
  const rows = await db
    .select({ personalNumber: checkpointSiteWorkers.personalNumber })
    .from(checkpointSiteWorkers)
    .where(
      and(
        eq(checkpointSiteWorkers.siteId, siteId),
        sql`${checkpointSiteWorkers.personalNumber} = ${anyOf(personalNumbers, 'char(12)')}`,
      ),
    )
  return new Set(rows.map((r) => r.personalNumber))
}
