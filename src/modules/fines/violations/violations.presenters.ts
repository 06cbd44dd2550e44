import { fineArticle } from '../fine-table.js'
import type { ViolationView } from './violations.schemas.js'
import type { ViolationRecord } from './violations.queries.js'

/** A violation as its API shows it: the owner only as found or not. */
export function presentViolation(row: ViolationRecord): ViolationView {
  const article = fineArticle(row.articleCode)
  return {
    id: row.id,
    plate: row.plate,
    vehicleClass: row.vehicleClass,
    articleCode: row.articleCode,
    article: { vi: article.vi, en: article.en },
    fine: row.fine,
    communeCode: row.communeCode,
    occurredAt: row.occurredAt.toISOString(),
    source: row.source,
    status: row.status,
    ownerFound: row.ownerKind !== null,
    recordedAt: row.recordedAt.toISOString(),
  }
}
