import type { Executor } from '../../../platform/db/database.js'
import { recordEvent } from '../../../platform/events/outbox.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { householdNotFound, residentNotPresent } from '../population.errors.js'
import { provinceOfCommune } from '../units/units.service.js'
import { currentCommune, lockLiving, pastDate, periodEnd, requiredText } from './registry-checks.js'
import {
  PERMANENT_RESIDENCE_REGISTERED,
  registryChangeEvent,
  TEMPORARY_ABSENCE_DECLARED,
  TEMPORARY_RESIDENCE_REGISTERED,
} from './registrations.events.js'
import {
  findHouseholdInCommune,
  insertHouseholdWithNextId,
  insertMovements,
  updateResident,
  type NewMovement,
  type NewResident,
} from './registrations.queries.js'

export interface TemporaryResidence {
  personalNumber: string
  communeCode: string
  address: string
  from: string
  /** Last day, inclusive. */
  until: string
  reference: string
}

export interface TemporaryAbsence {
  personalNumber: string
  destination: string
  from: string
  until: string
  reference: string
}

export type PermanentResidence = {
  personalNumber: string
  communeCode: string
  reference: string
  /** The relation to the head of the household joined; a new household's founder is its head. */
  relationToHead?: NewResident['relationToHead'] | undefined
} & (
  | { householdId: number }
  /**
   * A filed form names a member of the household joined (its head, say), not the household's
   * number, which residents do not know; without one, the person founds a household there.
   */
  | { newHouseholdAddress: string; joinHouseholdOf?: string | undefined }
)

/**
 * Registers a temporary residence (đăng ký tạm trú): a 'temporary_residence' movement in the
 * commune, for the period, with the address; the permanent residence does not change.
 * @throws POPULATION_PERSONAL_NUMBER_INVALID, _RESIDENT_NOT_FOUND, _RESIDENT_DECEASED,
 *   _COMMUNE_UNKNOWN, _TEXT_INVALID, _DATE_INVALID, _DATE_IN_FUTURE, _DATE_OUT_OF_ORDER
 */
export async function registerTemporaryResidence(
  tx: Executor,
  input: TemporaryResidence,
): Promise<void> {
  const today = vietnamDate()
  const from = pastDate(input.from, 'from', today)
  const until = periodEnd(input.until, from, ['until', 'from'])
  const address = requiredText(input.address, 'address')
  const communeCode = await currentCommune(tx, input.communeCode, 'communeCode', today)
  const resident = await lockLiving(tx, input.personalNumber)
  const movements: NewMovement[] = [
    {
      personalNumber: resident.personalNumber,
      kind: 'temporary_residence',
      occurredOn: from,
      untilOn: until,
      communeCode,
      place: address,
      reference: input.reference,
    },
  ]
  await insertMovements(tx, movements)
  await recordEvent(
    tx,
    registryChangeEvent(TEMPORARY_RESIDENCE_REGISTERED, {
      reference: input.reference,
      before: resident,
      after: resident,
      movements,
    }),
  )
}

/**
 * Declares a temporary absence (khai báo tạm vắng) from the resident's commune: a
 * 'temporary_absence' movement there, for the period, with the destination.
 * @throws as registerTemporaryResidence, and POPULATION_RESIDENT_NOT_PRESENT for someone no
 *   longer registered in the province
 */
export async function declareTemporaryAbsence(
  tx: Executor,
  input: TemporaryAbsence,
): Promise<void> {
  const from = pastDate(input.from, 'from', vietnamDate())
  const until = periodEnd(input.until, from, ['until', 'from'])
  const destination = requiredText(input.destination, 'destination')
  const resident = await lockLiving(tx, input.personalNumber)
  if (resident.status !== 'resident') throw residentNotPresent()
  const movements: NewMovement[] = [
    {
      personalNumber: resident.personalNumber,
      kind: 'temporary_absence',
      occurredOn: from,
      untilOn: until,
      communeCode: resident.communeCode,
      place: destination,
      reference: input.reference,
    },
  ]
  await insertMovements(tx, movements)
  await recordEvent(
    tx,
    registryChangeEvent(TEMPORARY_ABSENCE_DECLARED, {
      reference: input.reference,
      before: resident,
      after: resident,
      movements,
    }),
  )
}

/**
 * @throws POPULATION_HOUSEHOLD_NOT_FOUND (also when the member named lives elsewhere),
 *   POPULATION_TEXT_INVALID
 */
async function householdToJoin(
  tx: Executor,
  input: PermanentResidence,
  communeCode: string,
): Promise<{ id: number; founded: boolean }> {
  if ('householdId' in input) {
    const household = await findHouseholdInCommune(tx, input.householdId, communeCode)
    if (!household) throw householdNotFound()
    return { id: household.id, founded: false }
  }
  if (input.joinHouseholdOf) {
    const member = await lockLiving(tx, input.joinHouseholdOf)
    if (member.status !== 'resident' || member.communeCode !== communeCode)
      throw householdNotFound()
    return { id: member.householdId, founded: false }
  }
  const address = requiredText(input.newHouseholdAddress, 'newHouseholdAddress')
  for (let attempt = 0; attempt < 5; attempt++) {
    const id = await insertHouseholdWithNextId(tx, { communeCode, address })
    if (id !== undefined) return { id, founded: true }
  }
  throw new Error('no free household id after 5 attempts')
}

/** The province at the other end of a move, when it is not the commune's own. */
async function otherProvince(tx: Executor, here: string, there: string): Promise<string | null> {
  const [mine, theirs] = [await provinceOfCommune(tx, here), await provinceOfCommune(tx, there)]
  return mine === theirs ? null : theirs
}

/**
 * Registers a permanent residence (đăng ký thường trú): the person joins a household of the
 * commune (an existing one, or one they found), with a 'moved_in' movement there and, when they
 * leave another commune, a 'moved_out' movement from it, dated today.
 * @throws POPULATION_PERSONAL_NUMBER_INVALID, _RESIDENT_NOT_FOUND, _RESIDENT_DECEASED,
 *   _COMMUNE_UNKNOWN, _HOUSEHOLD_NOT_FOUND, _TEXT_INVALID
 */
export async function registerPermanentResidence(
  tx: Executor,
  input: PermanentResidence,
): Promise<{ householdId: number }> {
  const today = vietnamDate()
  const communeCode = await currentCommune(tx, input.communeCode, 'communeCode', today)
  const before = await lockLiving(tx, input.personalNumber)
  const household = await householdToJoin(tx, input, communeCode)
  const after = await updateResident(tx, before.personalNumber, {
    status: 'resident',
    communeCode,
    householdId: household.id,
    relationToHead: household.founded ? 'head' : (input.relationToHead ?? 'other'),
  })
  const moved = (kind: 'moved_in' | 'moved_out', here: string, other: string | null) => ({
    personalNumber: before.personalNumber,
    kind,
    occurredOn: today,
    communeCode: here,
    otherProvinceCode: other,
    reference: input.reference,
  })
  const movements: NewMovement[] = []
  const leaves = before.status === 'resident' && before.communeCode !== communeCode
  if (leaves)
    movements.push(
      moved(
        'moved_out',
        before.communeCode,
        await otherProvince(tx, before.communeCode, communeCode),
      ),
    )
  movements.push(
    moved(
      'moved_in',
      communeCode,
      leaves ? await otherProvince(tx, communeCode, before.communeCode) : null,
    ),
  )
  await insertMovements(tx, movements)
  await recordEvent(
    tx,
    registryChangeEvent(PERMANENT_RESIDENCE_REGISTERED, {
      reference: input.reference,
      before,
      after,
      movements,
    }),
  )
  return { householdId: household.id }
}
