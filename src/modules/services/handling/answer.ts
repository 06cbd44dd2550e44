import type { Principal } from '../../../platform/auth/principal.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { addWorkingDays, closingTime, workingDaysBetween } from '../calendar/index.js'
import { bindAttachment, type DossierRow } from '../filing/filing.queries.js'
import { attachmentUnknown, dossierNotFound, infoNotRequested } from '../services.errors.js'
import type { HandlingDeps } from './handling.types.js'
import { insertEvent, lockDossier, updateDossier } from './handling.queries.js'
import { lockParent, syncParent } from './linked.js'

export interface InfoAnswer {
  message: string
  attachments?: { requirement: string; id: string }[] | undefined
}

/** The due date moved on by the working days the clock was paused. */
export function resumedDueAt(dueAt: Date, pausedAt: Date, now: Date): Date {
  const paused = Math.max(0, workingDaysBetween(pausedAt, now))
  return paused === 0 ? dueAt : closingTime(addWorkingDays(vietnamDate(dueAt), paused))
}

/**
 * The resident's answer to a request for more information, with any new scans: the dossier goes
 * back into review and its due date moves on by the working days it waited. Another person's
 * dossier answers as unknown. @throws SERVICE_DOSSIER_NOT_FOUND, SERVICE_INFO_NOT_REQUESTED,
 *   SERVICE_ATTACHMENT_UNKNOWN
 */
export async function answerInfoRequest(
  deps: HandlingDeps,
  principal: Principal,
  code: string,
  answer: InfoAnswer,
): Promise<DossierRow> {
  const now = deps.now()
  return deps.database.db.transaction(async (tx) => {
    const dossier = await lockDossier(tx, code)
    if (!dossier || dossier.applicantNumber !== principal.personalNumber) throw dossierNotFound()
    const parent = await lockParent(tx, dossier)
    if (dossier.status !== 'needs_info' || !dossier.pausedAt) throw infoNotRequested()
    for (const attachment of answer.attachments ?? [])
      if (!(await bindAttachment(tx, principal.accountId, attachment, dossier.id)))
        throw attachmentUnknown(attachment.id)
    const row = await updateDossier(tx, dossier.id, {
      status: 'in_review',
      pausedAt: null,
      dueAt: resumedDueAt(dossier.dueAt, dossier.pausedAt, now),
    })
    await insertEvent(tx, {
      dossierId: row.id,
      kind: 'info_provided',
      actorId: principal.accountId,
      at: now,
      note: answer.message,
    })
    await syncParent(tx, parent, now)
    return row
  })
}
