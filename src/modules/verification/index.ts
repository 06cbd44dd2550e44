export { findPartnerNames as partnerNames } from './partners.queries.js'
export { verificationKpi, type VerificationKpi } from './verification.kpi.js'
export { verificationModule } from './verification.module.js'
