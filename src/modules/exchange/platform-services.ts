import { VAULT_ISSUANCE, vaultIssuance } from '../documents/index.js'
import {
  CARD_QR_CHECK,
  IDENTITY_QR_CHECK,
  cardQrCheck,
  identityQrCheck,
} from '../identity/index.js'
import {
  ELIGIBILITY_FACTS,
  SCHOOL_IDENTITY_CHECK,
  eligibilityFacts,
  schoolIdentityCheck,
} from '../population/index.js'
import { withAccessLog } from './builtin-access-log.js'
import { registerBuiltinService } from './builtins.js'

/**
 * The services built into the platform by the modules that own their data (issue 21), each
 * written there and answered here under its name: card-QR and identity-QR checks for partners
 * (identity), eligibility facts for the bank for social policies (model 20) and teacher and
 * student checks for schools (model 31) (population), issuance into residents' vaults (models
 * 32-34, documents). Each check appears in the resident's access log as the calling member;
 * issuance is audited by documents itself, as the issuing agency.
 */
export function registerPlatformServices(): void {
  registerBuiltinService(CARD_QR_CHECK, withAccessLog(CARD_QR_CHECK, cardQrCheck))
  registerBuiltinService(IDENTITY_QR_CHECK, withAccessLog(IDENTITY_QR_CHECK, identityQrCheck))
  registerBuiltinService(ELIGIBILITY_FACTS, withAccessLog(ELIGIBILITY_FACTS, eligibilityFacts))
  registerBuiltinService(
    SCHOOL_IDENTITY_CHECK,
    withAccessLog(SCHOOL_IDENTITY_CHECK, schoolIdentityCheck),
  )
  registerBuiltinService(VAULT_ISSUANCE, vaultIssuance)
}
