import { assertJurisdiction } from '../../../platform/auth/access.js'
import type { Principal, RecordPlace } from '../../../platform/auth/principal.js'
import type { Permission } from '../../../platform/auth/roles.js'
import type { Executor } from '../../../platform/db/database.js'
import { auditActor, recordAudit } from '../../audit/index.js'
import { placeOfCommune } from '../../population/index.js'
import { dueOnAfter } from '../deadlines.js'
import { checkFine } from '../fine-table.js'
import { finesErrors } from '../fines.errors.js'
import { plateClassOf } from '../plates.js'
import { vehicleOf } from '../vehicles/vehicles.service.js'
import type { NewViolation } from './violations.schemas.js'
import {
  insertViolation,
  type NewViolationRecord,
  type ViolationRecord,
} from './violations.queries.js'

const RECORD: Permission = 'fines.record'
// A camera's or a phone's clock may run a little ahead of the server's.
const CLOCK_SKEW_MS = 5 * 60_000

export interface RecorderContext {
  officer: Principal
  ip: string
  source: 'officer' | 'camera'
  now?: Date
}

/** A violation checked against the table, the clock, the map and the registry, not yet stored. */
export interface CheckedViolation {
  place: RecordPlace
  row: Omit<NewViolationRecord, 'source' | 'recordedBy' | 'cameraClientId' | 'cameraEventId'>
}

/**
 * Checks what a recorder says happened and finds the vehicle's owner; the due day runs from
 * now, when the owner is told in the app (Art. 73).
 * @throws FINES_PLATE_INVALID, FINES_ARTICLE_UNKNOWN, FINES_VEHICLE_CLASS_MISMATCH,
 *   FINES_FINE_OUT_OF_RANGE, FINES_OCCURRED_IN_FUTURE, FINES_COMMUNE_UNKNOWN
 */
export async function checkViolation(
  db: Executor,
  input: NewViolation,
  now: Date = new Date(),
): Promise<CheckedViolation> {
  const plate = input.plate.trim()
  const vehicleClass = plateClassOf(plate)
  if (!vehicleClass) throw finesErrors.refuse('PLATE_INVALID', { plate: input.plate })
  checkFine(input.articleCode, input.fine, vehicleClass)
  const occurredAt = new Date(input.occurredAt)
  if (Number.isNaN(occurredAt.getTime()) || occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw finesErrors.refuse('OCCURRED_IN_FUTURE')
  const place = await placeOfCommune(db, input.communeCode)
  if (!place) throw finesErrors.refuse('COMMUNE_UNKNOWN')
  const vehicle = await vehicleOf(db, plate)
  return {
    place,
    row: {
      plate,
      vehicleClass,
      articleCode: input.articleCode,
      fine: input.fine,
      ...place,
      occurredAt,
      recordedAt: now,
      ownerKind: vehicle?.ownerKind ?? null,
      ownerNumber: vehicle?.ownerNumber ?? null,
      organisationTaxCode: vehicle?.organisationTaxCode ?? null,
      dueOn: dueOnAfter(now),
    },
  }
}

/** The audit entry of a violation recorded, in the recording's transaction. */
export async function auditRecording(
  tx: Executor,
  ctx: { actor: Principal; permission: Permission; ip: string; place: RecordPlace },
  row: ViolationRecord,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await recordAudit(tx, {
    actor: auditActor(ctx.actor, ctx.permission, ctx.place),
    subjectPersonalNumber: row.ownerNumber,
    action: 'fines.violation.record',
    purpose: null,
    summary: { violationId: row.id, articleCode: row.articleCode, source: row.source, ...extra },
    sourceIp: ctx.ip,
  })
}

/**
 * Records a violation in a commune of the recorder's jurisdiction, linked to the vehicle's
 * owner when the registry knows the plate, with its audit entry.
 * @throws checkViolation's refusals, AUTH_OUTSIDE_JURISDICTION
 */
export async function recordViolation(
  db: Executor,
  ctx: RecorderContext,
  input: NewViolation,
): Promise<ViolationRecord> {
  const { place, row } = await checkViolation(db, input, ctx.now ?? new Date())
  assertJurisdiction(ctx.officer, RECORD, place)
  return db.transaction(async (tx) => {
    const inserted = await insertViolation(tx, {
      ...row,
      source: ctx.source,
      recordedBy: ctx.officer.accountId,
    })
    await auditRecording(
      tx,
      { actor: ctx.officer, permission: RECORD, ip: ctx.ip, place },
      inserted,
    )
    return inserted
  })
}
