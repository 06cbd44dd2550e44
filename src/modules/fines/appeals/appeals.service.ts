import { assertJurisdiction } from '../../../platform/auth/access.js'
import { jurisdictionOf, type Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { auditActor, recordAudit } from '../../audit/index.js'
import { addCalendarDays, isPastDue, PAYMENT_PERIOD_DAYS } from '../deadlines.js'
import { insertAppealAttachments } from '../evidence/evidence.queries.js'
import { checkBase64Image } from '../evidence/images.js'
import { finesErrors } from '../fines.errors.js'
import { detailsOf } from '../violations/violation-details.js'
import { violationFor } from '../violations/violation-access.js'
import type { ViolationDetail } from '../violations/violations.schemas.js'
import {
  findViolation,
  lockViolation,
  updateViolation,
  type ViolationRecord,
} from '../violations/violations.queries.js'
import {
  decideAppealRow,
  findAppeal,
  findAppealsIn,
  findAttachment,
  findAppealsOfViolations,
  insertAppeal,
  listAttachments,
  lockAppeal,
  type AppealRecord,
  type AppealStatus,
} from './appeals.queries.js'
import type { AppealInput, AppealView, DecisionInput } from './appeals.schemas.js'

export interface OwnerCaller {
  principal: Principal
  ip: string
}

/** A violation its owner may still act on. @throws FINES_ALREADY_PAID, _CANCELLED, _APPEAL_PENDING */
function assertOpen(row: ViolationRecord): void {
  if (row.status === 'paid') throw finesErrors.refuse('ALREADY_PAID')
  if (row.status === 'cancelled') throw finesErrors.refuse('VIOLATION_CANCELLED')
  if (row.status === 'appealed') throw finesErrors.refuse('APPEAL_PENDING')
}

/** The violation, locked, when the caller owns it. @throws as standingOf, FINES_NOT_OWNER */
async function ownedViolation(
  tx: Executor,
  caller: OwnerCaller,
  id: string,
): Promise<ViolationRecord> {
  const { row, standing } = await violationFor(tx, caller.principal, id, {
    permission: 'fines.read',
    lock: true,
  })
  if (standing !== 'owner') throw finesErrors.refuse('NOT_OWNER')
  return row
}

/**
 * The owner accepts the violation; confirming twice changes nothing.
 * @throws FINES_VIOLATION_NOT_FOUND, FINES_NOT_OWNER, FINES_ALREADY_PAID,
 *   FINES_VIOLATION_CANCELLED, FINES_APPEAL_PENDING
 */
export async function confirmViolation(
  db: Executor,
  caller: OwnerCaller,
  id: string,
  now: Date = new Date(),
): Promise<ViolationDetail> {
  const row = await db.transaction(async (tx) => {
    const found = await ownedViolation(tx, caller, id)
    assertOpen(found)
    if (found.status === 'confirmed') return found
    const updated = await updateViolation(tx, id, { status: 'confirmed', confirmedAt: now })
    await recordAudit(tx, {
      actor: auditActor(caller.principal),
      subjectPersonalNumber: found.ownerNumber,
      action: 'fines.violation.confirm',
      purpose: null,
      summary: { violationId: id },
      sourceIp: caller.ip,
    })
    return updated
  })
  const [detail] = await detailsOf(db, [row], now)
  return detail!
}

/**
 * The owner appeals, once, before the due day ends, with a reason and optional photos; the due
 * day is paused until an officer decides.
 * @throws FINES_VIOLATION_NOT_FOUND, FINES_NOT_OWNER, FINES_ALREADY_PAID,
 *   FINES_VIOLATION_CANCELLED, FINES_APPEAL_PENDING, FINES_APPEAL_EXISTS,
 *   FINES_APPEAL_AFTER_DEADLINE, FINES_FILE_NOT_BASE64, FINES_FILE_TOO_LARGE,
 *   FINES_FILE_TYPE_REFUSED
 */
export async function fileAppeal(
  db: Executor,
  caller: OwnerCaller,
  id: string,
  input: AppealInput,
  now: Date = new Date(),
): Promise<AppealView> {
  const files = (input.attachments ?? []).map(checkBase64Image)
  return db.transaction(async (tx) => {
    const row = await ownedViolation(tx, caller, id)
    assertOpen(row)
    if ((await findAppealsOfViolations(tx, [id])).has(id)) throw finesErrors.refuse('APPEAL_EXISTS')
    if (row.dueOn === null || isPastDue(row.dueOn, now))
      throw finesErrors.refuse('APPEAL_AFTER_DEADLINE', { dueOn: row.dueOn ?? '' })
    const appeal = await insertAppeal(tx, {
      violationId: id,
      appellantNumber: caller.principal.personalNumber!,
      reason: input.reason.trim(),
      filedAt: now,
    })
    await insertAppealAttachments(
      tx,
      files.map((f, i) => ({
        appealId: appeal.id,
        ordinal: i + 1,
        mediaType: f.mediaType,
        size: f.size,
        sha256: f.sha256,
        content: f.content,
      })),
    )
    await updateViolation(tx, id, { status: 'appealed', dueOn: null })
    await recordAudit(tx, {
      actor: auditActor(caller.principal),
      subjectPersonalNumber: row.ownerNumber,
      action: 'fines.appeal.file',
      purpose: null,
      summary: { violationId: id, appealId: appeal.id, attachments: files.length },
      sourceIp: caller.ip,
    })
    return presentAppeal(
      appeal,
      files.map((f, i) => ({ ordinal: i + 1, mediaType: f.mediaType, size: f.size })),
    )
  })
}

const presentAppeal = (
  appeal: AppealRecord,
  attachments: AppealView['attachments'],
): AppealView => ({
  id: appeal.id,
  violationId: appeal.violationId,
  status: appeal.status,
  reason: appeal.reason,
  filedAt: appeal.filedAt.toISOString(),
  decidedAt: appeal.decidedAt?.toISOString() ?? null,
  note: appeal.note,
  attachments,
})

/**
 * An officer decides an appeal against a violation of their jurisdiction: upheld, the violation
 * stands again (notified, or confirmed if it was) with a new due day 10 days on (Art. 73);
 * cancelled, it is void.
 * @throws FINES_APPEAL_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION, FINES_APPEAL_DECIDED
 */
export async function decideAppeal(
  db: Executor,
  officer: { principal: Principal; ip: string },
  appealId: string,
  input: DecisionInput,
  now: Date = new Date(),
): Promise<AppealView> {
  return db.transaction(async (tx) => {
    const appeal = await lockAppeal(tx, appealId)
    if (!appeal) throw finesErrors.refuse('APPEAL_NOT_FOUND')
    const row = (await lockViolation(tx, appeal.violationId))!
    assertJurisdiction(officer.principal, 'fines.appeals.decide', row)
    if (appeal.status !== 'pending') throw finesErrors.refuse('APPEAL_DECIDED')
    const decided = await decideAppealRow(tx, appealId, {
      status: input.outcome,
      decidedBy: officer.principal.accountId,
      decidedAt: now,
      note: input.note.trim(),
    })
    await updateViolation(
      tx,
      row.id,
      input.outcome === 'upheld'
        ? {
            status: row.confirmedAt ? 'confirmed' : 'notified',
            dueOn: addCalendarDays(vietnamDate(now), PAYMENT_PERIOD_DAYS),
          }
        : { status: 'cancelled', dueOn: null },
    )
    await recordAudit(tx, {
      actor: auditActor(officer.principal, 'fines.appeals.decide', row),
      subjectPersonalNumber: row.ownerNumber,
      action: 'fines.appeal.decide',
      purpose: null,
      summary: { violationId: row.id, appealId, outcome: input.outcome },
      sourceIp: officer.ip,
    })
    return presentAppeal(decided, await listAttachments(tx, appealId))
  })
}

/** Appeals in a status against violations of the officer's communes, oldest first. */
export async function listAppeals(
  db: Executor,
  principal: Principal,
  query: { status?: AppealStatus | undefined; limit?: number | undefined },
  now: Date = new Date(),
): Promise<(AppealView & { violation: ViolationDetail })[]> {
  const rows = await findAppealsIn(db, {
    status: query.status ?? 'pending',
    unitCodes: jurisdictionOf(principal, 'fines.appeals.decide'),
    limit: query.limit ?? 50,
  })
  const details = await detailsOf(
    db,
    rows.map((r) => r.violation),
    now,
  )
  return Promise.all(
    rows.map(async (r, i) => ({
      ...presentAppeal(r.appeal, await listAttachments(db, r.appeal.id)),
      violation: details[i]!,
    })),
  )
}

/**
 * An appeal's attachment, for the police of the violation's place who decide appeals there; the
 * read is in the owner's access log, as police reads of their violation are.
 * @throws FINES_APPEAL_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION, FINES_ATTACHMENT_NOT_FOUND
 */
export async function readAppealAttachment(
  db: Executor,
  officer: { principal: Principal; ip: string },
  appealId: string,
  ordinal: number,
): Promise<{ mediaType: string; content: Buffer; sha256: string }> {
  const appeal = await findAppeal(db, appealId)
  const row = appeal && (await findViolation(db, appeal.violationId))
  if (!appeal || !row) throw finesErrors.refuse('APPEAL_NOT_FOUND')
  assertJurisdiction(officer.principal, 'fines.appeals.decide', row)
  const file = await findAttachment(db, appeal.id, ordinal)
  if (!file) throw finesErrors.refuse('ATTACHMENT_NOT_FOUND')
  await recordAudit(db, {
    actor: auditActor(officer.principal, 'fines.appeals.decide', row),
    subjectPersonalNumber: row.ownerNumber,
    action: 'fines.appeal.attachment.read',
    purpose: null,
    summary: { violationId: row.id, appealId: appeal.id, ordinal, sha256: file.sha256 },
    sourceIp: officer.ip,
  })
  return { mediaType: file.mediaType, content: file.content, sha256: file.sha256 }
}
