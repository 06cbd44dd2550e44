import { assertJurisdiction } from '../../../platform/auth/access.js'
import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/http/errors.js'
import { keepEvidence } from '../evidence/evidence.service.js'
import { checkBase64Image } from '../evidence/images.js'
import { finesErrors } from '../fines.errors.js'
import { auditRecording, checkViolation } from '../violations/violations.service.js'
import { insertCameraViolation } from '../violations/violations.queries.js'
import type { CameraBatchAnswer, CameraItem, CameraViolation } from './camera.schemas.js'

const POST = 'fines.camera.post' as const

export interface CameraCaller {
  principal: Principal
  ip: string
  now?: Date
}

const refused = (eventId: string, error: AppError): CameraItem => ({
  eventId,
  outcome: 'refused',
  violationId: null,
  error: {
    code: error.code,
    message: error.message,
    details: (error.details as Record<string, unknown> | null) ?? null,
  },
})

/**
 * One camera event: checked, then its violation, evidence and audit entry in one transaction,
 * so a refused item leaves nothing behind. An event id the camera sent before records nothing.
 */
async function recordCameraItem(
  db: Executor,
  caller: CameraCaller,
  item: CameraViolation,
): Promise<CameraItem> {
  // A person granted the role (a test rig) is named by their account.
  const clientId = caller.principal.clientId ?? caller.principal.accountId
  const images = item.evidence.map(checkBase64Image)
  const { place, row } = await checkViolation(db, item, caller.now ?? new Date())
  assertJurisdiction(caller.principal, POST, place)
  return db.transaction(async (tx) => {
    const inserted = await insertCameraViolation(tx, {
      ...row,
      source: 'camera',
      recordedBy: null,
      cameraClientId: clientId,
      cameraEventId: item.eventId,
    })
    if (!inserted) {
      const duplicate = finesErrors.refuse('CAMERA_EVENT_DUPLICATE', { eventId: item.eventId })
      return { ...refused(item.eventId, duplicate), outcome: 'duplicate' as const }
    }
    await keepEvidence(tx, inserted.id, images)
    await auditRecording(
      tx,
      { actor: caller.principal, permission: POST, ip: caller.ip, place },
      inserted,
      {
        eventId: item.eventId,
        evidence: images.length,
      },
    )
    return {
      eventId: item.eventId,
      outcome: 'recorded' as const,
      violationId: inserted.id,
      error: null,
    }
  })
}

/**
 * A traffic camera system's batch: each violation recorded on its own, in the communes the
 * camera's client is bound to. A bad plate, an article not in the table, a fine out of range,
 * a commune outside the camera's units or an unreadable image refuses that item only; an event
 * id sent before is a duplicate and records nothing, so a resent batch is harmless.
 */
export async function ingestCameraViolations(
  db: Executor,
  caller: CameraCaller,
  violations: CameraViolation[],
): Promise<CameraBatchAnswer> {
  const seen = new Set<string>()
  const items: CameraItem[] = []
  for (const item of violations) {
    if (seen.has(item.eventId)) {
      items.push(
        refused(
          item.eventId,
          finesErrors.refuse('CAMERA_BATCH_REPEATS_ID', { eventId: item.eventId }),
        ),
      )
      continue
    }
    seen.add(item.eventId)
    try {
      items.push(await recordCameraItem(db, caller, item))
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      items.push(refused(item.eventId, error))
    }
  }
  const count = (outcome: CameraItem['outcome']) =>
    items.filter((i) => i.outcome === outcome).length
  return {
    received: violations.length,
    recorded: count('recorded'),
    duplicates: count('duplicate'),
    refused: count('refused'),
    items,
  }
}
