export { findPartnerNames as partnerNames } from './partners.queries.js'
export { verificationKpi, type VerificationKpi } from './verification-kpi.queries.js'
export type { PartnerKind } from './verification.tables.js'
export { verificationModule } from './verification.module.js'
export {
  readPresentedCode,
  type IdentityKeys,
  type PresentedIdentity,
  type ReadIdentity,
} from './presented-identity.js'
