import type { Executor } from '../../../platform/db/database.js'
import { unitNames } from '../../population/index.js'
import { findAppealsOfViolations } from '../appeals/appeals.queries.js'
import { isPastDue } from '../deadlines.js'
import { fineArticle } from '../fine-table.js'
import type { ViolationDetail } from './violations.schemas.js'
import { countEvidence, findReminders, type ViolationRecord } from './violations.queries.js'

const UNPAID = new Set(['notified', 'confirmed'])

/**
 * Violations as their owner reads them: the article's title, the commune's name, the due day,
 * the evidence count, the appeal and the reminders sent, in four queries for the whole list.
 */
export async function detailsOf(
  db: Executor,
  rows: ViolationRecord[],
  now: Date = new Date(),
): Promise<ViolationDetail[]> {
  const ids = rows.map((r) => r.id)
  const [names, counts, appealsOf, reminderRows] = await Promise.all([
    unitNames(
      db,
      rows.map((r) => r.communeCode),
    ),
    countEvidence(db, ids),
    findAppealsOfViolations(db, ids),
    findReminders(db, ids),
  ])
  return rows.map((row) => {
    const article = fineArticle(row.articleCode)
    const appeal = appealsOf.get(row.id)
    const overdue = UNPAID.has(row.status) && row.dueOn !== null && isPastDue(row.dueOn, now)
    return {
      id: row.id,
      plate: row.plate,
      vehicleClass: row.vehicleClass,
      status: row.status,
      articleCode: row.articleCode,
      article: { vi: article.vi, en: article.en },
      fine: row.fine,
      communeCode: row.communeCode,
      communeName: names.get(row.communeCode) ?? null,
      occurredAt: row.occurredAt.toISOString(),
      recordedAt: row.recordedAt.toISOString(),
      source: row.source,
      dueOn: row.dueOn,
      overdue,
      canAppeal: UNPAID.has(row.status) && !appeal && row.dueOn !== null && !overdue,
      evidenceCount: counts.get(row.id) ?? 0,
      seenInAppAt: row.seenInAppAt?.toISOString() ?? null,
      confirmedAt: row.confirmedAt?.toISOString() ?? null,
      appeal: appeal
        ? {
            id: appeal.id,
            status: appeal.status,
            filedAt: appeal.filedAt.toISOString(),
            decidedAt: appeal.decidedAt?.toISOString() ?? null,
            note: appeal.note,
          }
        : null,
      reminders: reminderRows
        .filter((r) => r.violationId === row.id)
        .map((r) => ({ kind: r.kind, dueOn: r.dueOn, sentAt: r.sentAt.toISOString() })),
    }
  })
}
