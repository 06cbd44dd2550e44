import type { Executor } from '../../../platform/db/database.js'
import { recordEvent } from '../../../platform/events/outbox.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { dateOutOfOrder } from '../population.errors.js'
import { lockLiving, pastDate } from './registry-checks.js'
import { DEATH_REGISTERED, registryChangeEvent } from './registrations.events.js'
import { insertMovements, updateResident, type NewMovement } from './registrations.queries.js'

export interface DeathRegistration {
  personalNumber: string
  diedOn: string
  /** The dossier code. */
  reference: string
}

/**
 * Registers a death (đăng ký khai tử) in the caller's transaction: the resident's status becomes
 * deceased, with a 'deceased' movement in their commune and the outbox event.
 *
 * This is also the removal from the residence register (xóa đăng ký thường trú) that a death
 * calls for: the register is the residents table, and a deceased resident is out of it (not a
 * household member, not counted, refused by every other registration). A linked filing's removal
 * part therefore needs no write of its own once the death is registered.
 * @throws POPULATION_PERSONAL_NUMBER_INVALID, _RESIDENT_NOT_FOUND, _RESIDENT_DECEASED (registered
 *   twice), _DATE_INVALID, _DATE_IN_FUTURE, _DATE_OUT_OF_ORDER (before the birth)
 */
export async function registerDeath(tx: Executor, input: DeathRegistration): Promise<void> {
  const diedOn = pastDate(input.diedOn, 'diedOn', vietnamDate())
  const before = await lockLiving(tx, input.personalNumber)
  if (diedOn < before.birthDate) throw dateOutOfOrder('diedOn', 'birthDate')
  const after = await updateResident(tx, before.personalNumber, { status: 'deceased' })
  const movements: NewMovement[] = [
    {
      personalNumber: before.personalNumber,
      kind: 'deceased',
      occurredOn: diedOn,
      communeCode: before.communeCode,
      reference: input.reference,
    },
  ]
  await insertMovements(tx, movements)
  await recordEvent(
    tx,
    registryChangeEvent(DEATH_REGISTERED, { reference: input.reference, before, after, movements }),
  )
}
