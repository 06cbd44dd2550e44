import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { normaliseName } from '../../population/index.js'
import { declarationDeadline } from '../deadline.js'
import {
  insertRevision,
  lockDeclaration,
  updateDeclaration,
  type DeclarationRecord,
  type NewDeclaration,
} from './declarations.queries.js'
import { presentRecord } from './declarations.presenters.js'
import { ARRIVAL_TOLERANCE_MS, declarerOf, recordStayEvent } from './declarations.service.js'
import { assertDeclaringFor } from '../establishments/establishments.policy.js'
import { findEstablishment } from '../establishments/establishments.queries.js'
import type { PoliceDeclaration } from '../police/police-view.schemas.js'
import {
  alreadyCheckedOut,
  arrivalInFuture,
  checkoutBeforeArrival,
  correctionEmpty,
  declarationNotFound,
  departureBeforeArrival,
  departureInFuture,
  nameNotCorrectable,
} from '../stays.errors.js'
import type { REVISION_KINDS } from '../stays.tables.js'

/**
 * What an establishment changes in a declaration after the fact: the check-out, a longer stay, a
 * correction. The state before each change is kept in stay_declaration_revisions.
 */

/** Which declaration, changed by whom. */
export interface ChangeTarget {
  principal: Principal
  declarationId: string
}

interface Change {
  kind: (typeof REVISION_KINDS)[number]
  eventType: 'stays.checked_out' | 'stays.extended' | 'stays.corrected'
  changes: Partial<NewDeclaration>
  reason?: string | undefined
}

const iso = (at: Date | null): string | null => at?.toISOString() ?? null

/** The fields a change may touch, as they were: the revision row keeps them. */
const previousOf = (row: DeclarationRecord): Record<string, unknown> => ({
  room: row.room,
  fullName: row.fullName,
  arrivalAt: iso(row.arrivalAt),
  expectedDepartureAt: iso(row.expectedDepartureAt),
  departedAt: iso(row.departedAt),
  deadlineAt: iso(row.deadlineAt),
  late: row.late,
})

/**
 * Locks the declaration, lets `decide` work out the change, keeps the previous state, applies
 * the change and records its event, all in one transaction.
 * @throws STAY_DECLARATION_NOT_FOUND, STAY_NOT_ESTABLISHMENT_STAFF, and what `decide` throws
 */
async function changeDeclaration(
  db: Executor,
  target: ChangeTarget,
  decide: (row: DeclarationRecord, tx: Executor) => Promise<Change> | Change,
): Promise<PoliceDeclaration> {
  return db.transaction(async (tx) => {
    const row = await lockDeclaration(tx, target.declarationId)
    if (!row) throw declarationNotFound()
    assertDeclaringFor(target.principal, row.establishmentId)
    const change = await decide(row, tx)
    await insertRevision(tx, {
      declarationId: row.id,
      revision: row.revision,
      kind: change.kind,
      previous: previousOf(row),
      reason: change.reason ?? null,
      changedBy: declarerOf(target.principal),
    })
    const changed = await updateDeclaration(tx, row.id, {
      ...change.changes,
      revision: row.revision + 1,
    })
    const establishment = (await findEstablishment(tx, row.establishmentId))!
    await recordStayEvent(tx, change.eventType, changed, establishment.typeCode)
    return presentRecord(changed, establishment)
  })
}

/** @throws STAY_ALREADY_CHECKED_OUT (409) */
function assertStaying(row: DeclarationRecord): void {
  if (row.departedAt) throw alreadyCheckedOut()
}

/**
 * The guest has left, at `departedAt` (now when not given).
 * @throws STAY_ALREADY_CHECKED_OUT, STAY_CHECKOUT_BEFORE_ARRIVAL, STAY_DEPARTURE_IN_FUTURE, and
 *   changeDeclaration's codes
 */
export function checkOutStay(
  db: Executor,
  target: ChangeTarget,
  input: { departedAt?: string | undefined },
  now = new Date(),
): Promise<PoliceDeclaration> {
  return changeDeclaration(db, target, (row) => {
    assertStaying(row)
    const departedAt = input.departedAt === undefined ? now : new Date(input.departedAt)
    if (departedAt < row.arrivalAt) throw checkoutBeforeArrival()
    if (departedAt.getTime() > now.getTime() + ARRIVAL_TOLERANCE_MS) throw departureInFuture()
    return { kind: 'checked_out', eventType: 'stays.checked_out', changes: { departedAt } }
  })
}

/**
 * The guest stays on until a new expected departure.
 * @throws STAY_ALREADY_CHECKED_OUT, STAY_DEPARTURE_BEFORE_ARRIVAL, and changeDeclaration's codes
 */
export function extendStay(
  db: Executor,
  target: ChangeTarget,
  input: { expectedDepartureAt: string },
): Promise<PoliceDeclaration> {
  return changeDeclaration(db, target, (row) => {
    assertStaying(row)
    const expectedDepartureAt = new Date(input.expectedDepartureAt)
    if (expectedDepartureAt <= row.arrivalAt) throw departureBeforeArrival('expectedDepartureAt')
    return { kind: 'extended', eventType: 'stays.extended', changes: { expectedDepartureAt } }
  })
}

export interface Correction {
  reason: string
  room?: string | undefined
  /** A foreign guest's name as in the passport; a citizen's comes from the registry. */
  fullName?: string | undefined
  arrivalAt?: string | undefined
}

/** A new arrival moves the deadline, and so whether the declaration was late. */
async function correctedArrival(
  tx: Executor,
  row: DeclarationRecord,
  value: string,
  now: Date,
): Promise<Partial<NewDeclaration>> {
  const arrivalAt = new Date(value)
  if (arrivalAt.getTime() > now.getTime() + ARRIVAL_TOLERANCE_MS) throw arrivalInFuture()
  if (row.departedAt && row.departedAt < arrivalAt) throw checkoutBeforeArrival()
  if (row.expectedDepartureAt && row.expectedDepartureAt <= arrivalAt)
    throw departureBeforeArrival('arrivalAt')
  const deadlineAt = await declarationDeadline(tx, arrivalAt)
  return { arrivalAt, deadlineAt, late: row.declaredAt > deadlineAt }
}

/**
 * Corrects the room, a foreign guest's name or the arrival time, with a reason.
 * @throws STAY_CORRECTION_EMPTY, STAY_NAME_NOT_CORRECTABLE, STAY_ARRIVAL_IN_FUTURE,
 *   STAY_CHECKOUT_BEFORE_ARRIVAL, STAY_DEPARTURE_BEFORE_ARRIVAL, and changeDeclaration's codes
 */
export function correctDeclaration(
  db: Executor,
  target: ChangeTarget,
  input: Correction,
  now = new Date(),
): Promise<PoliceDeclaration> {
  return changeDeclaration(db, target, async (row, tx) => {
    const { reason, room, fullName, arrivalAt } = input
    if (room === undefined && fullName === undefined && arrivalAt === undefined)
      throw correctionEmpty()
    if (fullName !== undefined && row.guestKind !== 'foreigner') throw nameNotCorrectable()
    return {
      kind: 'corrected',
      eventType: 'stays.corrected',
      reason,
      changes: {
        ...(room === undefined ? {} : { room }),
        ...(fullName === undefined ? {} : { fullName: normaliseName(fullName) }),
        ...(arrivalAt === undefined ? {} : await correctedArrival(tx, row, arrivalAt, now)),
      },
    }
  })
}
