import { Value } from '@sinclair/typebox/value'
import type { Database } from '../../../platform/db/database.js'
import type { OutboxEvent } from '../../../platform/events/outbox.js'
import {
  DEATH_REGISTERED,
  PERMANENT_RESIDENCE_REGISTERED,
  RegistryChangePayload,
} from '../../population/index.js'
import { findCurrent, findOfPerson } from '../beneficiaries/beneficiaries.queries.js'
import {
  changeBeneficiary,
  listBeneficiary,
  monthOf,
} from '../beneficiaries/beneficiaries.service.js'
import { PROGRAMMES, FUNERAL_PROGRAMME } from '../programmes/programmes.reference.js'

const MONTHLY = new Set<string>(PROGRAMMES.filter((p) => p.kind === 'monthly').map((p) => p.code))

/**
 * Keeps the lists true to the registry (population's outbox events):
 * - a death stops every current entry, paid through the month of the event, and proposes the
 *   funeral allowance (Decree 20/2021, art. 11) in the commune of one who received a monthly
 *   allowance;
 * - a permanent move to another commune of the province transfers the entries there; a move
 *   out of the province ends them.
 * Delivered at least once: each change is made only from the state it changes.
 */
export const keepListsTrue =
  (database: Database) =>
  async (event: OutboxEvent): Promise<void> => {
    if (event.eventType !== DEATH_REGISTERED && event.eventType !== PERMANENT_RESIDENCE_REGISTERED)
      return
    if (!Value.Check(RegistryChangePayload, event.payload)) return
    const change = event.payload
    await database.db.transaction(async (tx) => {
      const entries = (await findOfPerson(tx, change.personalNumber)).filter(
        (e) => e.status === 'active' || e.status === 'proposed',
      )
      const month = monthOf(new Date(event.occurredAt))
      if (event.eventType === DEATH_REGISTERED) {
        for (const e of entries.filter((e) => e.programmeCode !== FUNERAL_PROGRAMME))
          await changeBeneficiary(tx, e, {
            what: 'death',
            actorAccountId: null,
            set:
              e.status === 'active'
                ? { status: 'stopped', untilPeriod: month }
                : { status: 'ended' },
          })
        const paid = entries.find((e) => e.status === 'active' && MONTHLY.has(e.programmeCode))
        if (paid && !(await findCurrent(tx, FUNERAL_PROGRAMME, change.personalNumber)))
          await listBeneficiary(tx, {
            programmeCode: FUNERAL_PROGRAMME,
            personalNumber: change.personalNumber,
            communeCode: paid.communeCode,
            status: 'proposed',
            what: 'proposed',
            note: paid.programmeCode,
            actorAccountId: null,
          })
        return
      }
      const out = change.movements.find((m) => m.kind === 'moved_out')
      if (!out) return
      const leavesProvince = out.otherProvinceCode !== null
      for (const e of entries) {
        if (e.communeCode === change.after.communeCode) continue
        await changeBeneficiary(tx, e, {
          what: leavesProvince ? 'moved-out' : 'transferred',
          note: leavesProvince ? null : e.communeCode,
          actorAccountId: null,
          set: leavesProvince
            ? { status: 'ended', untilPeriod: month }
            : { communeCode: change.after.communeCode },
        })
      }
    })
  }
