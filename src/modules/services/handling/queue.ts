import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { addWorkingDays, slaState, type SlaState } from '../calendar/index.js'
import { catalogue } from '../catalogue/catalogue.js'
import type { DossierRow } from '../filing/filing.queries.js'
import { dossierOutsideUnits } from '../services.errors.js'
import type { DossierStatus } from '../services.tables.js'
import { queueScopes, type QueueScope } from './handling-access.js'
import { findQueue } from './handling.queries.js'

export interface QueueQuery {
  unit?: string | undefined
  service?: string | undefined
  status?: Exclude<DossierStatus, 'linked'> | undefined
  sla?: SlaState | undefined
  q?: string | undefined
  cursor?: string | undefined
  limit: number
}

/** A queue line: what the dossier is and where it stands, nothing personal. */
export interface QueueItem {
  code: string
  serviceCode: string
  serviceName: { vi: string; en: string }
  status: string
  channel: string
  communeCode: string
  receivedAt: string
  dueAt: string
  sla: SlaState
  paused: boolean
  assigneeId: string | null
  assignedToMe: boolean
  feePaid: boolean
}

export interface QueuePage {
  items: QueueItem[]
  next: string | null
}

const vietnamMidnight = (day: string): Date => new Date(`${day}T00:00:00+07:00`)

/**
 * The due-date window of an SLA state at `now`, as slaState draws it: overdue before now; due
 * soon from now until the start of the second working day after today; on time after that.
 */
export function slaWindow(sla: SlaState, now: Date): { dueFrom?: Date; dueBefore?: Date } {
  const soonEnds = vietnamMidnight(addWorkingDays(vietnamDate(now), 2))
  if (sla === 'overdue') return { dueBefore: now }
  if (sla === 'due_soon') return { dueFrom: now, dueBefore: soonEnds }
  return { dueFrom: soonEnds }
}

const cursorOf = (row: DossierRow): string =>
  Buffer.from(JSON.stringify([row.dueAt.toISOString(), row.code])).toString('base64url')

function parseCursor(cursor: string | undefined): { dueAt: Date; code: string } | undefined {
  if (!cursor) return undefined
  try {
    const [at, code] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[]
    const dueAt = new Date(String(at))
    return Number.isNaN(dueAt.getTime()) || typeof code !== 'string' ? undefined : { dueAt, code }
  } catch {
    return undefined
  }
}

/**
 * A unit filter must be one of the officer's units, or a commune inside a province they hold.
 * @throws SERVICE_DOSSIER_OUTSIDE_UNITS
 */
function checkUnit(scopes: QueueScope[], unit: string | undefined): void {
  if (!unit) return
  const held = scopes.flatMap((s) => s.unitCodes)
  if (held.includes(unit) || held.includes(unit.slice(0, 2))) return
  throw dossierOutsideUnits()
}

const searchOf = (q: string | undefined) => {
  const text = q?.trim().toUpperCase()
  if (!text) return {}
  return /^\d{12}$/.test(text) ? { applicantNumber: text } : { codePrefix: text }
}

const itemOf =
  (principal: Principal, now: Date) =>
  (row: DossierRow): QueueItem => ({
    code: row.code,
    serviceCode: row.serviceCode,
    serviceName: catalogue().get(row.serviceCode)?.definition.name ?? {
      vi: row.serviceCode,
      en: row.serviceCode,
    },
    status: row.status,
    channel: row.channel,
    communeCode: row.communeCode,
    receivedAt: row.receivedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    sla: slaState(row.dueAt, now),
    paused: row.pausedAt !== null,
    assigneeId: row.assigneeId,
    assignedToMe: row.assigneeId === principal.accountId,
    feePaid: row.feeAmount === 0 || row.feePaidAt !== null,
  })

/**
 * The officer's queue: dossiers of their units and of the services their roles handle, the open
 * ones unless a status is asked, soonest due first, each with its SLA state in Vietnam working
 * days. `q` is a dossier code's beginning or an applicant's personal number (exact).
 * @throws SERVICE_DOSSIER_OUTSIDE_UNITS for a unit filter outside the officer's units
 */
export async function listQueue(
  db: Executor,
  principal: Principal,
  query: QueueQuery,
  now: Date,
): Promise<QueuePage> {
  const scopes = queueScopes(principal)
  checkUnit(scopes, query.unit)
  if (scopes.length === 0) return { items: [], next: null }
  const rows = await findQueue(db, {
    scopes,
    unit: query.unit,
    serviceCode: query.service,
    status: query.status,
    ...(query.sla ? slaWindow(query.sla, now) : {}),
    ...searchOf(query.q),
    after: parseCursor(query.cursor),
    limit: query.limit + 1,
  })
  const shown = rows.slice(0, query.limit)
  return {
    items: shown.map(itemOf(principal, now)),
    next: rows.length > query.limit ? cursorOf(shown.at(-1)!) : null,
  }
}
