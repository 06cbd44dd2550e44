import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { serviceNamed } from '../catalogue/catalogue.js'
import { applicantFor } from './applicant.js'
import { findDraft } from './filing.queries.js'
import { applyPrefill, prefillFor } from './prefill.js'

/**
 * What a resident's form starts from: the registry's values (locked) and their draft, if any.
 * @throws SERVICE_UNKNOWN, SERVICE_EID_LEVEL_TOO_LOW, SERVICE_APPLICANT_NOT_REGISTERED
 */
export async function startForm(db: Executor, principal: Principal, serviceCode: string) {
  const service = serviceNamed(serviceCode).definition
  const { resident } = await applicantFor(db, principal, service)
  const prefill = await prefillFor(db, resident, service)
  const draft = await findDraft(db, principal.accountId, serviceCode)
  return {
    serviceCode,
    // Nested as the form holds its data.
    values: applyPrefill({}, prefill),
    locked: prefill.locked,
    draft: draft ? { data: draft.data, updatedAt: draft.updatedAt.toISOString() } : null,
  }
}
