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
export { AuditSealer, type QuarantineReason, type SealerOptions } from './audit.sealer.js'
export { createAuditKeyRing, installAuditKeys, type AuditKeyRing } from './audit.keys.js'
export { loadAuditKeys } from './audit.key-store.js'
export type { ChainHead, SignedHead } from './audit.head.js'
export { createWitness, type Witness, type WitnessOptions } from './audit.witness.js'
export { auditHeadRoutes } from './audit.head.routes.js'
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
  type AccessLogNamers,
  type AccessLogPage,
  type Namer,
  type UnitNamer,
} from './audit.access-log.js'
export {
  ACTING_ESTABLISHMENT,
  actingEstablishment,
  auditActor,
  type AuditActor,
} from './audit.actor.js'
export { meAuditRoutes } from './audit.routes.js'
export { auditModule } from './audit.module.js'
