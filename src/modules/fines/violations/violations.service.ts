import { assertJurisdiction } from '../../../platform/auth/access.js'
import type { Principal } from '../../../platform/auth/principal.js'
import type { Permission } from '../../../platform/auth/roles.js'
import type { Executor } from '../../../platform/db/database.js'
import { auditActor, recordAudit } from '../../audit/index.js'
import { placeOfCommune } from '../../population/index.js'
import { checkFine } from '../fine-table.js'
import { finesErrors } from '../fines.errors.js'
import { plateClassOf } from '../plates.js'
import { vehicleOf } from '../vehicles/vehicles.service.js'
import type { NewViolation } from './violations.schemas.js'
import { insertViolation, type ViolationRecord } from './violations.queries.js'

const RECORD: Permission = 'fines.record'
// A camera's or a phone's clock may run a little ahead of the server's.
const CLOCK_SKEW_MS = 5 * 60_000

export interface RecorderContext {
  officer: Principal
  ip: string
  source: 'officer' | 'camera'
  now?: Date
}

/**
 * Records a violation in a commune of the recorder's jurisdiction, linked to the vehicle's
 * owner when the registry knows the plate, with its audit entry.
 * @throws FINES_PLATE_INVALID, FINES_ARTICLE_UNKNOWN, FINES_VEHICLE_CLASS_MISMATCH,
 *   FINES_FINE_OUT_OF_RANGE, FINES_OCCURRED_IN_FUTURE, FINES_COMMUNE_UNKNOWN,
 *   AUTH_OUTSIDE_JURISDICTION
 */
export async function recordViolation(
  db: Executor,
  ctx: RecorderContext,
  input: NewViolation,
): Promise<ViolationRecord> {
  const plate = input.plate.trim()
  const vehicleClass = plateClassOf(plate)
  if (!vehicleClass) throw finesErrors.refuse('PLATE_INVALID', { plate: input.plate })
  checkFine(input.articleCode, input.fine, vehicleClass)
  const occurredAt = new Date(input.occurredAt)
  if (occurredAt.getTime() > (ctx.now ?? new Date()).getTime() + CLOCK_SKEW_MS)
    throw finesErrors.refuse('OCCURRED_IN_FUTURE')
  const place = await placeOfCommune(db, input.communeCode)
  if (!place) throw finesErrors.refuse('COMMUNE_UNKNOWN')
  assertJurisdiction(ctx.officer, RECORD, place)
  const vehicle = await vehicleOf(db, plate)
  return db.transaction(async (tx) => {
    const row = await insertViolation(tx, {
      plate,
      vehicleClass,
      articleCode: input.articleCode,
      fine: input.fine,
      ...place,
      occurredAt,
      source: ctx.source,
      recordedBy: ctx.officer.accountId,
      ownerKind: vehicle?.ownerKind ?? null,
      ownerNumber: vehicle?.ownerNumber ?? null,
      organisationTaxCode: vehicle?.organisationTaxCode ?? null,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx.officer, RECORD, place),
      subjectPersonalNumber: row.ownerNumber,
      action: 'fines.violation.record',
      purpose: null,
      summary: { violationId: row.id, articleCode: row.articleCode, source: row.source },
      sourceIp: ctx.ip,
    })
    return row
  })
}
