import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  gte,
  inArray,
  sql,
  type SQL,
} from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { planReportAttachments, planReports } from './plan.tables.js'

export type ReportRow = typeof planReports.$inferSelect
export type AttachmentRow = typeof planReportAttachments.$inferSelect
export type AttachmentInfo = Omit<AttachmentRow, 'content'>

const { content: _content, ...attachmentInfoColumns } = getTableColumns(planReportAttachments)

export interface ReportFilter {
  month?: string | undefined
  modelNo?: number | undefined
  agencyCodes?: string[] | undefined
  status?: 'draft' | 'submitted' | undefined
  /** Drafts of other agencies are not shown: only these agencies' drafts. */
  draftsOf?: string[] | 'all'
}

function conditions(filter: ReportFilter): SQL | undefined {
  const draftsOf = filter.draftsOf ?? 'all'
  return and(
    filter.month === undefined ? undefined : eq(planReports.month, filter.month),
    filter.modelNo === undefined ? undefined : eq(planReports.modelNo, filter.modelNo),
    filter.agencyCodes === undefined
      ? undefined
      : inArray(planReports.agencyCode, filter.agencyCodes),
    filter.status === undefined ? undefined : eq(planReports.status, filter.status),
    draftsOf === 'all'
      ? undefined
      : draftsOf.length === 0
        ? eq(planReports.status, 'submitted')
        : sql`(${planReports.status} = 'submitted' OR ${inArray(planReports.agencyCode, draftsOf)})`,
  )
}

export async function findReports(db: Executor, filter: ReportFilter): Promise<ReportRow[]> {
  if (filter.agencyCodes?.length === 0) return []
  return db
    .select()
    .from(planReports)
    .where(conditions(filter))
    .orderBy(desc(planReports.month), asc(planReports.modelNo), asc(planReports.agencyCode))
}

export async function findReport(db: Executor, id: number): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(planReports).where(eq(planReports.id, id))
  return row
}

export async function findReportFor(
  db: Executor,
  key: { modelNo: number; agencyCode: string; month: string },
): Promise<ReportRow | undefined> {
  const [row] = await db
    .select()
    .from(planReports)
    .where(
      and(
        eq(planReports.modelNo, key.modelNo),
        eq(planReports.agencyCode, key.agencyCode),
        eq(planReports.month, key.month),
      ),
    )
  return row
}

/** @returns undefined when another request created the same report first. */
export async function insertReport(
  db: Executor,
  report: typeof planReports.$inferInsert,
): Promise<ReportRow | undefined> {
  const [row] = await db.insert(planReports).values(report).onConflictDoNothing().returning()
  return row
}

/** Changes a report that is still a draft; undefined when it is not (any more). */
export async function updateDraft(
  db: Executor,
  id: number,
  change: Partial<typeof planReports.$inferInsert>,
): Promise<ReportRow | undefined> {
  const [row] = await db
    .update(planReports)
    .set(change)
    .where(and(eq(planReports.id, id), eq(planReports.status, 'draft')))
    .returning()
  return row
}

/** Submitted reports since a month, for manual KPIs and their trend (a few hundred rows). */
export async function findSubmittedSince(db: Executor, month: string): Promise<ReportRow[]> {
  return db
    .select()
    .from(planReports)
    .where(and(eq(planReports.status, 'submitted'), gte(planReports.month, month)))
    .orderBy(asc(planReports.month), asc(planReports.submittedAt))
}

/** The latest submitted report of each model, whatever its month. */
export async function findLatestSubmitted(db: Executor): Promise<ReportRow[]> {
  return db
    .selectDistinctOn([planReports.modelNo])
    .from(planReports)
    .where(eq(planReports.status, 'submitted'))
    .orderBy(asc(planReports.modelNo), desc(planReports.month), desc(planReports.submittedAt))
}

export async function findAttachments(
  db: Executor,
  reportIds: number[],
): Promise<AttachmentInfo[]> {
  if (reportIds.length === 0) return []
  return db
    .select(attachmentInfoColumns)
    .from(planReportAttachments)
    .where(inArray(planReportAttachments.reportId, reportIds))
    .orderBy(asc(planReportAttachments.id))
}

export async function countAttachments(db: Executor, reportId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(planReportAttachments)
    .where(eq(planReportAttachments.reportId, reportId))
  return row?.n ?? 0
}

export async function insertAttachment(
  db: Executor,
  attachment: typeof planReportAttachments.$inferInsert,
): Promise<AttachmentInfo> {
  const [row] = await db
    .insert(planReportAttachments)
    .values(attachment)
    .returning(attachmentInfoColumns)
  return row!
}

export async function findAttachment(
  db: Executor,
  reportId: number,
  id: number,
): Promise<AttachmentRow | undefined> {
  const [row] = await db
    .select()
    .from(planReportAttachments)
    .where(and(eq(planReportAttachments.id, id), eq(planReportAttachments.reportId, reportId)))
  return row
}

export async function deleteAttachment(
  db: Executor,
  reportId: number,
  id: number,
): Promise<boolean> {
  const rows = await db
    .delete(planReportAttachments)
    .where(and(eq(planReportAttachments.id, id), eq(planReportAttachments.reportId, reportId)))
    .returning({ id: planReportAttachments.id })
  return rows.length > 0
}
