import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { getResident } from '../../population/index.js'
import { catalogue } from '../catalogue/catalogue.js'
import type { DossierRow } from '../filing/filing.queries.js'
import { dossierNotFound } from '../services.errors.js'
import {
  findDossierByCode,
  findDossiersOf,
  findEvents,
  findParts,
  type DossierEventRow,
} from './dossiers.queries.js'
import { presentReceipt, type Receipt } from './receipt.js'

export interface TimelineEntry {
  dossierCode: string
  kind: string
  at: string
  /** What the officer asked or the resident answered; a refusal's reason. */
  note: string | null
}

export interface MyDossier extends Receipt {
  data: Record<string, unknown>
  decisionReason: string | null
  outcome: Record<string, unknown> | null
  timeline: TimelineEntry[]
}

const entryOf =
  (codes: Map<string, string>) =>
  (event: DossierEventRow): TimelineEntry => ({
    dossierCode: codes.get(event.dossierId) ?? '',
    kind: event.kind,
    at: event.at.toISOString(),
    note: event.note,
  })

/** A filing with its parts and their timeline. */
export async function dossierWithParts(
  db: Executor,
  main: DossierRow,
): Promise<{ parts: DossierRow[]; timeline: TimelineEntry[] }> {
  const parts = await findParts(db, main.id)
  const all = [main, ...parts]
  const events = await findEvents(
    db,
    all.map((d) => d.id),
  )
  return { parts, timeline: events.map(entryOf(new Map(all.map((d) => [d.id, d.code])))) }
}

/**
 * One of the resident's own filings, by the code on its receipt. Another person's code answers
 * as an unknown one. @throws SERVICE_DOSSIER_NOT_FOUND
 */
export async function getMyDossier(
  db: Executor,
  principal: Principal,
  code: string,
): Promise<MyDossier> {
  const main = await findDossierByCode(db, code)
  if (!main || main.applicantNumber !== principal.personalNumber || main.parentId !== null)
    throw dossierNotFound()
  const { parts, timeline } = await dossierWithParts(db, main)
  const applicant = await getResident(db, main.applicantNumber)
  return {
    ...presentReceipt(main, parts, applicant),
    data: main.data,
    decisionReason: main.decisionReason,
    outcome: main.outcome,
    timeline,
  }
}

export interface MyDossierPage {
  items: (Omit<Receipt, 'applicantName'> & { parts: Receipt['parts'] })[]
  next: string | null
}

const cursorOf = (row: DossierRow): string =>
  Buffer.from(JSON.stringify([row.receivedAt.toISOString(), row.code])).toString('base64url')

function parseCursor(cursor: string | undefined): { receivedAt: Date; code: string } | undefined {
  if (!cursor) return undefined
  try {
    const [at, code] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string]
    const receivedAt = new Date(at)
    return Number.isNaN(receivedAt.getTime()) || typeof code !== 'string'
      ? undefined
      : { receivedAt, code }
  } catch {
    return undefined
  }
}

/** The resident's filings, newest first. */
export async function listMyDossiers(
  db: Executor,
  personalNumber: string,
  page: { limit: number; cursor?: string },
): Promise<MyDossierPage> {
  const rows = await findDossiersOf(db, personalNumber, {
    limit: page.limit + 1,
    before: parseCursor(page.cursor),
  })
  const shown = rows.slice(0, page.limit)
  const items = await Promise.all(
    shown.map(async (row) => {
      const { applicantName: _, ...receipt } = presentReceipt(row, await findParts(db, row.id), {
        fullName: '',
      })
      return receipt
    }),
  )
  return { items, next: rows.length > page.limit ? cursorOf(shown.at(-1)!) : null }
}

/** What anyone holding a receipt's code may read: the service and where it stands, nothing personal. */
export interface DossierLookup {
  code: string
  serviceName: { vi: string; en: string }
  status: string
  receivedAt: string
  dueAt: string
  parts: { code: string; serviceName: { vi: string; en: string }; status: string }[]
}

/** @throws SERVICE_DOSSIER_NOT_FOUND */
export async function lookUpDossier(db: Executor, code: string): Promise<DossierLookup> {
  const main = await findDossierByCode(db, code)
  if (!main) throw dossierNotFound()
  const parts = await findParts(db, main.id)
  const receipt = presentReceipt(main, parts, { fullName: '' })
  const names = catalogue()
  return {
    code: receipt.code,
    serviceName: receipt.serviceName,
    status: receipt.status,
    receivedAt: receipt.receivedAt,
    dueAt: receipt.dueAt,
    parts: parts.map((p) => ({
      code: p.code,
      serviceName: names.get(p.serviceCode)?.definition.name ?? {
        vi: p.serviceCode,
        en: p.serviceCode,
      },
      status: p.status,
    })),
  }
}
