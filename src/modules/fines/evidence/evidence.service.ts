import { assertJurisdiction } from '../../../platform/auth/access.js'
import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { auditActor, recordAudit } from '../../audit/index.js'
import { finesErrors } from '../fines.errors.js'
import { standingOf } from '../violations/violation-access.js'
import { findViolation, lockViolation } from '../violations/violations.queries.js'
import { appendEvidence, findEvidence, listEvidence } from './evidence.queries.js'
import { checkImage, MAX_EVIDENCE_IMAGES, type CheckedImage } from './images.js'

export interface EvidenceView {
  ordinal: number
  mediaType: string
  size: number
  sha256: string
  addedAt: string
}

/**
 * Stores checked images as a violation's next evidence, refusing past the per-violation limit.
 * The caller's transaction holds the violation's row lock, so ordinals never collide.
 * @throws FINES_TOO_MANY_FILES
 */
export async function keepEvidence(
  tx: Executor,
  violationId: string,
  images: CheckedImage[],
): Promise<EvidenceView[]> {
  const held = await listEvidence(tx, violationId)
  if (held.length + images.length > MAX_EVIDENCE_IMAGES)
    throw finesErrors.refuse('TOO_MANY_FILES', { limit: MAX_EVIDENCE_IMAGES })
  const stored = await appendEvidence(
    tx,
    images.map((image) => ({
      violationId,
      mediaType: image.mediaType,
      size: image.size,
      sha256: image.sha256,
      content: image.content,
    })),
  )
  return stored.map((s, i) => ({
    ordinal: s.ordinal,
    mediaType: images[i]!.mediaType,
    size: images[i]!.size,
    sha256: images[i]!.sha256,
    addedAt: s.addedAt.toISOString(),
  }))
}

/**
 * An officer adds an evidence photo to a violation of their jurisdiction (as they may record
 * one there), with its audit entry.
 * @throws FINES_VIOLATION_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION, FINES_VIOLATION_CANCELLED,
 *   FINES_FILE_TOO_LARGE, FINES_FILE_TYPE_REFUSED, FINES_TOO_MANY_FILES
 */
export async function addEvidence(
  db: Executor,
  officer: { principal: Principal; ip: string },
  violationId: string,
  content: Buffer,
): Promise<EvidenceView> {
  const image = checkImage(content)
  return db.transaction(async (tx) => {
    const row = await lockViolation(tx, violationId)
    if (!row) throw finesErrors.refuse('VIOLATION_NOT_FOUND')
    assertJurisdiction(officer.principal, 'fines.record', row)
    if (row.status === 'cancelled') throw finesErrors.refuse('VIOLATION_CANCELLED')
    const [view] = await keepEvidence(tx, row.id, [image])
    await recordAudit(tx, {
      actor: auditActor(officer.principal, 'fines.record', row),
      subjectPersonalNumber: row.ownerNumber,
      action: 'fines.evidence.add',
      purpose: null,
      summary: { violationId: row.id, ordinal: view!.ordinal, sha256: image.sha256 },
      sourceIp: officer.ip,
    })
    return view!
  })
}

/**
 * An evidence image, for the violation's owner or the police of its place.
 * @throws FINES_VIOLATION_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION, FINES_EVIDENCE_NOT_FOUND
 */
export async function readEvidence(
  db: Executor,
  principal: Principal,
  violationId: string,
  ordinal: number,
): Promise<{ mediaType: string; content: Buffer; sha256: string }> {
  standingOf(principal, await findViolation(db, violationId), 'fines.read')
  const found = await findEvidence(db, violationId, ordinal)
  if (!found) throw finesErrors.refuse('EVIDENCE_NOT_FOUND')
  return { mediaType: found.mediaType, content: found.content, sha256: found.sha256 }
}

/** The evidence list of a violation the caller may read. @throws as readEvidence */
export async function evidenceOf(
  db: Executor,
  principal: Principal,
  violationId: string,
): Promise<EvidenceView[]> {
  standingOf(principal, await findViolation(db, violationId), 'fines.read')
  return (await listEvidence(db, violationId)).map((e) => ({
    ordinal: e.ordinal,
    mediaType: e.mediaType,
    size: e.size,
    sha256: e.sha256,
    addedAt: e.addedAt.toISOString(),
  }))
}
