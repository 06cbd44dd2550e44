import { actingRole, type Principal } from '../../../platform/auth/principal.js'
import type { Permission } from '../../../platform/auth/roles.js'
import type { Database, Executor } from '../../../platform/db/database.js'
import { recordEvent } from '../../../platform/events/outbox.js'
import { CONCEALED_AS, commitAudits, recordAudit, recordAudits } from '../../audit/index.js'
import { alertAlreadyAcknowledged, alertNotFound } from '../stays.errors.js'
import { decodePosition, pageOf } from './watch-list-cursor.js'
import { alertRecipientUnits, listingConcealment, type Officer } from './watch-list.policy.js'
import {
  findAlertFor,
  findAlertsFor,
  insertAlerts,
  markAlertAcknowledged,
  type AlertRow,
  type ListedPerson,
  type NamingEntry,
} from './watch-list.queries.js'
import type { AlertFilter } from './watch-list.schemas.js'
import { WATCH_ALERT, type WatchAlertPayload } from '../stays.events.js'

/** What the alert check needs of a declaration just written (structural: a DeclaredStay fits). */
export interface DeclaredPerson extends ListedPerson {
  id: string
  communeCode: string
  establishmentId: string
}

const names = (entry: NamingEntry, person: DeclaredPerson): boolean =>
  entry.personalNumber !== null
    ? entry.personalNumber === person.personalNumber
    : entry.nationality === person.nationality && entry.passportNumber === person.passportNumber

/** The police unit a listing's alerts go to acts as provincial or commune police by its level. */
const unitRole = (unitCode: string) =>
  unitCode.length === 2 ? 'provincialPolice' : 'communePolice'

/**
 * An alert tells the responsible unit where the person is: a read of the person, for the purpose
 * of the investigation, by the unit for the officer who listed them. The person sees it in "who
 * viewed my data" once the listing has ended, not before (concealed under the listing's key).
 */
const alertRead = (
  alert: { id: string; entryId: string; declarationId: string },
  entry: NamingEntry,
) => ({
  actor: {
    accountId: entry.addedBy,
    role: unitRole(entry.responsibleUnitCode),
    unitCode: entry.responsibleUnitCode,
  },
  subjectPersonalNumber: entry.personalNumber,
  action: 'stays.alert.deliver',
  purpose: 'criminal_investigation',
  summary: {
    alertId: alert.id,
    declarationId: alert.declarationId,
    [CONCEALED_AS]: listingConcealment(entry.id),
  },
  sourceIp: null,
})

/**
 * Called in the declaring transaction: for each declared person on a listing in force, one alert
 * per listing, its audited read and one outbox event ('stays.watch_alert'), committed with the
 * declaration or not at all. The event carries identifiers only; the live stream delivers it to
 * the recipients (isAlertRecipient).
 */
export async function raiseWatchListAlerts(
  tx: Executor,
  declared: readonly DeclaredPerson[],
  /** The entries in force naming them, read in this transaction (activeEntriesNamingJson). */
  entries: readonly NamingEntry[],
): Promise<void> {
  if (entries.length === 0) return
  const alerts = await insertAlerts(
    tx,
    declared.flatMap((person) =>
      entries
        .filter((entry) => names(entry, person))
        .map((entry) => ({
          entryId: entry.id,
          declarationId: person.id,
          establishmentId: person.establishmentId,
          communeCode: person.communeCode,
          responsibleUnitCode: entry.responsibleUnitCode,
        })),
    ),
  )
  const byId = new Map(entries.map((entry) => [entry.id, entry]))
  await recordAudits(
    tx,
    alerts.map((alert) => alertRead(alert, byId.get(alert.entryId)!)),
  )
  for (const alert of alerts) {
    await recordEvent(tx, {
      aggregateType: 'watch_alert',
      aggregateId: alert.id,
      eventType: WATCH_ALERT,
      payload: {
        alertId: alert.id,
        communeCode: alert.communeCode,
        responsibleUnitCode: alert.responsibleUnitCode,
      } satisfies WatchAlertPayload,
    })
  }
}

const READ: Permission = 'stays.police.read'
const MANAGE: Permission = 'stays.watchlist.manage'

/** Who did it, for the audit trail (no subject: see watch-list.service.ts). */
const auditActor = (principal: Principal, permission: Permission) => ({
  accountId: principal.accountId,
  role: actingRole(principal, permission),
  clientId: principal.clientId,
})

/**
 * The alerts the caller receives (isAlertRecipient), newest first. Each one shows a declaration,
 * so each is audited before it leaves, with no subject so that the person is not tipped off.
 */
export async function listAlerts(
  database: Database,
  { principal, ip }: Officer,
  filter: AlertFilter,
): Promise<{ items: AlertRow[]; next: string | null }> {
  const limit = filter.limit ?? 100
  const rows = await findAlertsFor(database.db, alertRecipientUnits(principal, READ), {
    acknowledged: filter.acknowledged,
    limit: limit + 1,
    after: decodePosition(filter.after),
  })
  const page = pageOf(rows, limit)
  await commitAudits(
    database,
    page.items.map((alert) => ({
      actor: auditActor(principal, READ),
      subjectPersonalNumber: null,
      action: 'stays.alert.read',
      purpose: 'criminal_investigation',
      summary: { alertId: alert.id, declarationId: alert.declarationId },
      sourceIp: ip,
    })),
  )
  return page
}

/**
 * Marks an alert handled. Only a recipient may; to anyone else the alert does not exist.
 * @throws STAY_ALERT_NOT_FOUND, STAY_ALERT_ALREADY_ACKNOWLEDGED
 */
export async function acknowledgeAlert(
  db: Executor,
  { principal, ip }: Officer,
  id: string,
  now = new Date(),
): Promise<AlertRow> {
  const units = alertRecipientUnits(principal, MANAGE)
  return db.transaction(async (tx) => {
    const alert = await findAlertFor(tx, units, id)
    if (!alert) throw alertNotFound(id)
    const by = { acknowledgedBy: principal.accountId, acknowledgedAt: now }
    if (!(await markAlertAcknowledged(tx, id, by))) throw alertAlreadyAcknowledged(id)
    await recordAudit(tx, {
      actor: auditActor(principal, MANAGE),
      subjectPersonalNumber: null,
      action: 'stays.alert.acknowledge',
      purpose: null,
      summary: { alertId: id, declarationId: alert.declarationId },
      sourceIp: ip,
    })
    return { ...alert, acknowledgedAt: now }
  })
}
