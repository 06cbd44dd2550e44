import type { Config } from '../../platform/config/config.js'
import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import type { AccessLogNamers } from './access-log.service.js'
import { auditHeadRoutes } from './audit.head.routes.js'
import { auditPermissions } from './audit.permissions.js'
import { meAuditRoutes } from './audit.routes.js'
import { AuditSealer } from './sealer.runtime.js'
import { createWitness } from './witness.runtime.js'

/** The audit trail: residents' access log, the chain's signed head, and its sealing. */
export const auditModule = defineModule<{
  database: Database
  config: Pick<Config, 'AUDIT_WITNESS_URL' | 'AUDIT_WITNESS_FILE'>
  /** Names of the units, agencies, establishments and systems an access log shows. */
  names: AccessLogNamers
}>({
  name: 'audit',
  access: auditPermissions,
  routes: ({ database, names }) => [
    { plugin: meAuditRoutes(database, names), prefix: '/api/v1/me' },
    { plugin: auditHeadRoutes(database), prefix: '/api/v1/audit' },
  ],
  start: async ({ database, config }, log) => {
    // Signed heads of the audit chain go to a witness outside the database, when configured.
    const witness = createWitness({
      url: config.AUDIT_WITNESS_URL,
      file: config.AUDIT_WITNESS_FILE,
      onError: (err) => {
        log.warn({ err }, 'audit witness unreachable; the latest head will be retried')
      },
    })
    // Links audit entries into the hash chain in the background; one instance at a time does it.
    const sealer = new AuditSealer(database, {
      onError: (err) => {
        log.error({ err }, 'audit sealing failed')
      },
      onCheckpoint: (head) => witness?.offer(head),
      // Seqs only: the entries themselves may name a resident.
      onQuarantine: (seqs) => {
        log.error(
          { count: seqs.length, seqs },
          'audit entries without a valid MAC set aside (not written by the platform)',
        )
      },
    })
    sealer.start()
    return {
      async stop() {
        await sealer.stop()
        await witness?.close()
      },
    }
  },
})
