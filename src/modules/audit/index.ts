export {
  recordAudit,
  recordAudits,
  type AuditEntryInput,
  type AuditSummary,
} from './record.service.js'
export { CONCEALED_AS, concealFromSubject, revealToSubject } from './concealment.queries.js'
export { commitAudits } from './group-commit.service.js'
export {
  PURPOSES,
  PURPOSE_CODES,
  isPurposeCode,
  purposeLabel,
  type PurposeCode,
} from './purposes.reference.js'
export { AuditSealer, type QuarantineReason, type SealerOptions } from './sealer.runtime.js'
export { auditKeys, createAuditKeyRing, installAuditKeys, type AuditKeyRing } from './keys.js'
export { loadAuditKeys } from './key-store.js'
export type { ChainHead, SignedHead } from './head.js'
export { createWitness, type Witness, type WitnessOptions } from './witness.runtime.js'
export { auditHeadRoutes } from './audit.head.routes.js'
export {
  BREAK_REASONS,
  verifyAuditChain,
  type AuditVerification,
  type BreakReason,
  type VerifyOptions,
} from './verify.service.js'
export {
  listAccessesTo,
  type AccessLogEntry,
  type AccessLogNamers,
  type AccessLogPage,
  type Namer,
  type UnitNamer,
} from './access-log.service.js'
export { ACTING_ESTABLISHMENT, actingEstablishment, auditActor, type AuditActor } from './actor.js'
export { meAuditRoutes } from './audit.routes.js'
export { auditModule } from './audit.module.js'
