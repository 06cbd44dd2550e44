import type { Executor } from '../../platform/db/database.js'
import { findAccessesTo, type AccessPosition } from './access-log.queries.js'
import { actionLabel } from './actions.reference.js'
import { cursorInvalid, subjectInvalid } from './audit.errors.js'
import { purposeLabel } from './purposes.reference.js'

type Label = { vi: string; en: string }

/** One line of "who viewed my data": the office that acted, never the officer. */
export interface AccessLogEntry {
  at: string
  action: string
  actionLabel: Label | null
  purpose: string | null
  purposeLabel: Label | null
  actorRole: string
  actorAgency: string | null
  actorUnitCode: string | null
  /** The establishment whose staff or software acted, if any. */
  actorEstablishmentId: string | null
  /** The partner system the access came through, if any. */
  viaSystem: string | null
}

export interface AccessLogPage {
  entries: AccessLogEntry[]
  /** Pass as `before` for the next (older) page; null on the last page. */
  next: string | null
}

const DEFAULT_LIMIT = 50
const MAX_LIMIT = 200
const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)~(\d{1,18})$/

const encodeCursor = (atMicros: string, seq: number): string =>
  Buffer.from(`${atMicros}~${seq}`).toString('base64url')

/** @throws AUDIT_CURSOR_INVALID */
function decodeCursor(cursor: string): AccessPosition {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString())
  if (!match) throw cursorInvalid()
  return { at: match[1]!, seq: Number(match[2]) }
}

/**
 * Every audited access to a resident's data, newest first, as the resident may see it: role,
 * agency, unit, purpose and time, a page at a time (findAccessesTo says what stays out).
 * @throws AUDIT_SUBJECT_INVALID, AUDIT_CURSOR_INVALID
 */
export async function listAccessesTo(
  db: Executor,
  personalNumber: string,
  options: { limit?: number; before?: string } = {},
): Promise<AccessLogPage> {
  if (!/^\d{12}$/.test(personalNumber)) throw subjectInvalid()
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT)
  const before = options.before === undefined ? undefined : decodeCursor(options.before)
  // One more than the page: whether there is a next one.
  const rows = await findAccessesTo(db, personalNumber, { limit: limit + 1, before })
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    entries: page.map(({ seq: _seq, atMicros, ...row }) => ({
      ...row,
      // Milliseconds, as every other instant in the API.
      at: `${atMicros.slice(0, 23)}Z`,
      actionLabel: actionLabel(row.action) ?? null,
      purposeLabel: row.purpose === null ? null : (purposeLabel(row.purpose) ?? null),
    })),
    next: rows.length > limit && last ? encodeCursor(last.atMicros, last.seq) : null,
  }
}

/** Names by code, in one look-up for a whole page; a code without a name is left out. */
export type Namer<N = string> = (codes: string[]) => Promise<Map<string, N>>
/** Names of administrative units by code, from the population module (wired in by the app). */
export type UnitNamer = Namer

/**
 * Who names what on a page of the access log. Each comes from the module that owns the names
 * (population, plan, stays, sso), handed in by the app, so that audit, which they all record
 * into, imports none of them.
 */
export interface AccessLogNamers {
  units: UnitNamer
  /** Agencies (GLOSSARY codes) in Vietnamese and English. */
  agencies: Namer<Label>
  establishments: Namer
  /** Partner systems (SSO clients) by client id. */
  systems: Namer
}

/** An entry as the person reads it: the office, establishment and system by name. */
export type NamedAccessLogEntry = Omit<AccessLogEntry, 'actorEstablishmentId'> & {
  actorAgencyName: Label | null
  actorUnitName: string | null
  actorEstablishmentName: string | null
  viaSystemName: string | null
}

const present = (codes: (string | null)[]): string[] => [
  ...new Set(codes.filter((c): c is string => c !== null)),
]

async function lookUp<N>(namer: Namer<N>, codes: (string | null)[]): Promise<Map<string, N>> {
  const wanted = present(codes)
  return wanted.length ? namer(wanted) : new Map<string, N>()
}

/** The page with every acting office, establishment and system named, one look-up each. */
export async function nameAccesses(
  page: AccessLogPage,
  namers: AccessLogNamers,
): Promise<{ entries: NamedAccessLogEntry[]; next: string | null }> {
  const { entries } = page
  const [units, agencies, establishments, systems] = await Promise.all([
    lookUp(
      namers.units,
      entries.map((e) => e.actorUnitCode),
    ),
    lookUp(
      namers.agencies,
      entries.map((e) => e.actorAgency),
    ),
    lookUp(
      namers.establishments,
      entries.map((e) => e.actorEstablishmentId),
    ),
    lookUp(
      namers.systems,
      entries.map((e) => e.viaSystem),
    ),
  ])
  const nameOf = <N>(names: Map<string, N>, code: string | null): N | null =>
    code === null ? null : (names.get(code) ?? null)
  return {
    ...page,
    entries: entries.map(({ actorEstablishmentId, ...e }) => ({
      ...e,
      actorAgencyName: nameOf(agencies, e.actorAgency),
      actorUnitName: nameOf(units, e.actorUnitCode),
      actorEstablishmentName: nameOf(establishments, actorEstablishmentId),
      viaSystemName: nameOf(systems, e.viaSystem),
    })),
  }
}
