import { and, asc, eq, gte, inArray, like, lt, or, sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import type { DossierRow } from '../filing/filing.queries.js'
import {
  attachments,
  dossierEvents,
  dossiers,
  type DossierEventKind,
  type DossierStatus,
} from '../services.tables.js'
import type { QueueScope } from './handling-access.js'

/**
 * The open statuses, as literals: the queue's partial indexes are declared with this very
 * predicate, and a parameter in its place would hide from the planner that they apply.
 */
export const OPEN_STATUSES_SQL = sql.raw(`('received', 'in_review', 'needs_info')`)

export interface QueueFilter {
  scopes: QueueScope[]
  /** A commune (5 digits) or province (2 digits) code. */
  unit?: string | undefined
  serviceCode?: string | undefined
  /** One status, or the open ones when absent. */
  status?: DossierStatus | undefined
  /** A due-date window (the SLA state's, computed by the caller). */
  dueFrom?: Date | undefined
  dueBefore?: Date | undefined
  codePrefix?: string | undefined
  applicantNumber?: string | undefined
  after?: { dueAt: Date; code: string } | undefined
  limit: number
}

const placeIn = (codes: string[]): SQL | undefined => {
  const communes = codes.filter((c) => c.length === 5)
  const provinces = codes.filter((c) => c.length === 2)
  return or(
    communes.length > 0 ? inArray(dossiers.communeCode, communes) : undefined,
    provinces.length > 0 ? inArray(dossiers.provinceCode, provinces) : undefined,
  )
}

const scopeClause = (scopes: QueueScope[]): SQL | undefined =>
  or(...scopes.map((s) => and(placeIn(s.unitCodes), inArray(dossiers.serviceCode, s.serviceCodes))))

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/** The officer's queue: dossiers in their scopes, by due date then code, keyset-paged. */
export async function findQueue(db: Executor, filter: QueueFilter): Promise<DossierRow[]> {
  return queueQuery(db, filter)
}

/** findQueue's statement, unsent (the bench explains it). */
export function queueQuery(db: Executor, filter: QueueFilter) {
  const { after } = filter
  return db
    .select()
    .from(dossiers)
    .where(
      and(
        scopeClause(filter.scopes),
        filter.unit ? placeIn([filter.unit]) : undefined,
        filter.serviceCode ? eq(dossiers.serviceCode, filter.serviceCode) : undefined,
        filter.status
          ? eq(dossiers.status, filter.status)
          : sql`${dossiers.status} in ${OPEN_STATUSES_SQL}`,
        filter.dueFrom ? gte(dossiers.dueAt, filter.dueFrom) : undefined,
        filter.dueBefore ? lt(dossiers.dueAt, filter.dueBefore) : undefined,
        filter.codePrefix ? like(dossiers.code, `${escapeLike(filter.codePrefix)}%`) : undefined,
        filter.applicantNumber ? eq(dossiers.applicantNumber, filter.applicantNumber) : undefined,
        // A row comparison: the index range starts at the cursor instead of filtering up to it.
        after
          ? sql`(${dossiers.dueAt}, ${dossiers.code}) > (${after.dueAt.toISOString()}::timestamptz, ${after.code})`
          : undefined,
      ),
    )
    .orderBy(asc(dossiers.dueAt), asc(dossiers.code))
    .limit(filter.limit)
}

/** The dossier, locked for a change until the transaction ends. */
export async function lockDossier(tx: Executor, code: string): Promise<DossierRow | undefined> {
  const [row] = await tx.select().from(dossiers).where(eq(dossiers.code, code)).for('update')
  return row
}

export async function lockDossierById(tx: Executor, id: string): Promise<DossierRow | undefined> {
  const [row] = await tx.select().from(dossiers).where(eq(dossiers.id, id)).for('update')
  return row
}

export type DossierChange = Partial<
  Pick<
    DossierRow,
    'status' | 'pausedAt' | 'dueAt' | 'assigneeId' | 'decidedAt' | 'decisionReason' | 'outcome'
  >
>

export async function updateDossier(
  tx: Executor,
  id: string,
  change: DossierChange,
): Promise<DossierRow> {
  const [row] = await tx.update(dossiers).set(change).where(eq(dossiers.id, id)).returning()
  return row!
}

export async function insertEvent(
  tx: Executor,
  event: { dossierId: string; kind: DossierEventKind; actorId: string; at: Date; note?: string },
): Promise<void> {
  await tx.insert(dossierEvents).values(event)
}

/** A linked filing's parts (for its own row's state). */
export async function findSiblingStatuses(tx: Executor, parentId: string): Promise<string[]> {
  const rows = await tx
    .select({ status: dossiers.status })
    .from(dossiers)
    .where(eq(dossiers.parentId, parentId))
  return rows.map((r) => r.status)
}

/** What a linked filing's part of the given service came to, once approved. */
export async function findPartOutcome(
  tx: Executor,
  parentId: string,
  serviceCode: string,
): Promise<Record<string, unknown> | undefined> {
  const [row] = await tx
    .select({ outcome: dossiers.outcome })
    .from(dossiers)
    .where(
      and(
        eq(dossiers.parentId, parentId),
        eq(dossiers.serviceCode, serviceCode),
        eq(dossiers.status, 'approved'),
      ),
    )
  return row?.outcome ?? undefined
}

export interface AttachmentInfo {
  id: string
  requirement: string | null
  mediaType: string
  size: number
  uploadedAt: Date
}

/** The files of a dossier, without their content. */
export async function findAttachmentList(
  db: Executor,
  dossierIds: string[],
): Promise<AttachmentInfo[]> {
  return db
    .select({
      id: attachments.id,
      requirement: attachments.requirement,
      mediaType: attachments.mediaType,
      size: attachments.size,
      uploadedAt: attachments.uploadedAt,
    })
    .from(attachments)
    .where(inArray(attachments.dossierId, dossierIds))
    .orderBy(asc(attachments.uploadedAt))
}

export async function findAttachmentContent(
  db: Executor,
  dossierIds: string[],
  id: string,
): Promise<{ mediaType: string; content: Buffer; requirement: string | null } | undefined> {
  const [row] = await db
    .select({
      mediaType: attachments.mediaType,
      content: attachments.content,
      requirement: attachments.requirement,
    })
    .from(attachments)
    .where(and(eq(attachments.id, id), inArray(attachments.dossierId, dossierIds)))
  return row
}

/** Who decided the dossier: the account on its approval event. */
export async function findDecider(db: Executor, dossierId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ actorId: dossierEvents.actorId })
    .from(dossierEvents)
    .where(and(eq(dossierEvents.dossierId, dossierId), eq(dossierEvents.kind, 'approved')))
    .limit(1)
  return row?.actorId ?? undefined
}
