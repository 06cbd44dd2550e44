import type { Executor } from '../../../platform/db/database.js'
import { recordEvent } from '../../../platform/events/outbox.js'
import type { DossierRow } from '../filing/filing.queries.js'

export const DOSSIER_DECIDED = 'services.dossier.decided'

/** The decision for later dashboards: what, where, how filed, whether on time; no one named. */
export async function recordDecision(tx: Executor, dossier: DossierRow): Promise<void> {
  await recordEvent(tx, {
    aggregateType: 'service_dossier',
    aggregateId: dossier.code,
    eventType: DOSSIER_DECIDED,
    payload: {
      code: dossier.code,
      serviceCode: dossier.serviceCode,
      communeCode: dossier.communeCode,
      status: dossier.status,
      channel: dossier.channel,
      onTime: dossier.decidedAt !== null && dossier.decidedAt <= dossier.dueAt,
    },
  })
}
