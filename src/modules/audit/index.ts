export {
  recordAudit,
  recordAudits,
  type AuditEntryInput,
  type AuditSummary,
} from './audit.record.js'
export { CONCEALED_AS, concealFromSubject, revealToSubject } from './audit.concealment.js'
export { commitAudits } from './audit.group-commit.js'
export {
  PURPOSES,
  PURPOSE_CODES,
  isPurposeCode,
  purposeLabel,
  type PurposeCode,
} from './audit.purposes.js'
export { AuditSealer, type SealerOptions } from './audit.sealer.js'
export {
  BREAK_REASONS,
  verifyAuditChain,
  type AuditVerification,
  type BreakReason,
  type VerifyOptions,
} from './audit.verify.js'
export {
  listAccessesTo,
  type AccessLogEntry,
  type AccessLogPage,
  type UnitNamer,
} from './audit.access-log.js'
export { meAuditRoutes } from './audit.routes.js'
