import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/http/errors.js'
import { getMyAccount } from '../../identity/index.js'
import { getResident, type Resident } from '../../population/index.js'
import type { ServiceDefinition } from '../catalogue/catalogue.schemas.js'
import { applicantNotRegistered, eidLevelTooLow } from '../services.errors.js'

export interface Applicant {
  resident: Resident
  /** The eID account's level (2: verified in person), recorded on the dossier. */
  eidLevel: number
}

async function residentOf(db: Executor, principal: Principal): Promise<Resident> {
  if (!principal.personalNumber) throw applicantNotRegistered()
  const resident = await getResident(db, principal.personalNumber).catch((error: unknown) => {
    if (error instanceof AppError && error.status < 500) throw applicantNotRegistered()
    throw error
  })
  if (resident.status === 'deceased') throw applicantNotRegistered()
  return resident
}

/**
 * The registry's record of the person filing, who must be alive in it and whose eID account must
 * hold the service's level. @throws SERVICE_APPLICANT_NOT_REGISTERED, SERVICE_EID_LEVEL_TOO_LOW
 */
export async function applicantFor(
  db: Executor,
  principal: Principal,
  service: ServiceDefinition,
): Promise<Applicant> {
  const resident = await residentOf(db, principal)
  const { level } = await getMyAccount(db, principal.accountId)
  if (level < service.eidLevel) throw eidLevelTooLow(service.eidLevel, level)
  return { resident, eidLevel: level }
}
