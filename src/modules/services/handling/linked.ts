import type { Executor } from '../../../platform/db/database.js'
import type { DossierRow } from '../filing/filing.queries.js'
import type { DossierStatus } from '../services.tables.js'
import { findSiblingStatuses, lockDossierById, updateDossier } from './handling.queries.js'
import { recordDecision } from './outbox.js'

/**
 * A linked filing's state from its parts': refused when one is, approved when all are, waiting
 * when one waits for the resident, in review once one is touched; untouched parts leave it as
 * it was filed.
 */
export function linkedStatus(parts: string[], current: DossierStatus): DossierStatus {
  if (parts.includes('refused')) return 'refused'
  if (parts.length > 0 && parts.every((s) => s === 'approved')) return 'approved'
  if (parts.includes('needs_info')) return 'needs_info'
  if (parts.some((s) => s !== 'received')) return 'in_review'
  return current
}

/**
 * Locks the linked filing a part belongs to, before the part changes: two officers deciding two
 * parts at once then take turns, and the second sees the first's decision.
 */
export async function lockParent(tx: Executor, part: DossierRow): Promise<DossierRow | undefined> {
  return part.parentId ? lockDossierById(tx, part.parentId) : undefined
}

/** Keeps a linked filing's own row in step with its parts, in the part's transaction. */
export async function syncParent(
  tx: Executor,
  parent: DossierRow | undefined,
  now: Date,
): Promise<void> {
  if (!parent) return
  const status = linkedStatus(await findSiblingStatuses(tx, parent.id), parent.status)
  if (status === parent.status) return
  const decided = status === 'approved' || status === 'refused'
  const row = await updateDossier(tx, parent.id, { status, decidedAt: decided ? now : null })
  if (decided) await recordDecision(tx, row)
}
