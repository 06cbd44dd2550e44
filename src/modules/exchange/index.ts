export { exchangeModule } from './exchange.module.js'
export {
  registerBuiltinService,
  type BuiltinAnswer,
  type BuiltinCall,
  type BuiltinHandler,
} from './builtins.js'
export {
  listMembers,
  listServices,
  publishService,
  registerMember,
  requireMember,
  requireService,
  type NewMember,
  type NewService,
} from './members.service.js'
export {
  decideOnGrant,
  listGrants,
  requestGrant,
  type Decision,
  type GrantRequest,
} from './grants.service.js'
export { catalogueOf } from './catalogue.service.js'
export { ensureDemonstrationExchange } from './exchange.demonstration.js'
export {
  MEMBER_TYPES,
  type MemberType,
  type ServicePurpose,
  type ServiceTarget,
} from './exchange.tables.js'
export {
  CALL_BREAK_REASONS,
  verifyCallLog,
  type CallBreakReason,
  type CallLogVerification,
} from './call-log-verify.service.js'
export { RESIDENT_VERIFICATION, verifyResident } from './resident-verification.js'
export { exchangeKpi, type ExchangeKpi } from './exchange.kpi.js'
export { memberNames } from './member-names.queries.js'
export { BUILTIN_CHECK_ACTION } from './builtin-access-log.js'
export { subscribe as subscribeWebhook } from './subscriptions/subscriptions.service.js'
export { schoolsConnectedKpi, type SchoolsKpi } from './schools.kpi.js'
