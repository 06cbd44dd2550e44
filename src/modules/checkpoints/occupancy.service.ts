import type { Principal } from '../../platform/auth/principal.js'
import type { Executor } from '../../platform/db/database.js'
import { parseCalendarDate, vietnamDate, vietnamDays } from '../../platform/time/vietnam.js'
import { checkpointsErrors } from './checkpoints.errors.js'
import type { AgeGroup } from './checkpoints.tables.js'
import { countByHour, countEntriesByGroup, countInside } from './passages.queries.js'
import { siteFor } from './site-access.js'
import { findGatesOf } from './sites.queries.js'

const READ = 'checkpoints.occupancy.read'
const MAX_DAYS = 62

export interface Occupancy {
  siteId: string
  inside: number
  gates: { gateId: string; name: string; inside: number }[]
  at: Date
}

/**
 * People inside the site now, in all and by the gate they came in through.
 * @throws CHECKPOINTS_SITE_NOT_FOUND, CHECKPOINTS_NOT_YOUR_SITE
 */
export async function liveOccupancy(
  db: Executor,
  principal: Principal,
  siteId: string,
  now: Date,
): Promise<Occupancy> {
  const site = await siteFor(db, principal, READ, siteId)
  const [counts, gates] = [await countInside(db, site.id), await findGatesOf(db, [site.id])]
  const byGate = new Map(counts.map((c) => [c.gateId, c.inside]))
  return {
    siteId: site.id,
    inside: counts.reduce((sum, c) => sum + c.inside, 0),
    gates: gates.map((g) => ({ gateId: g.id, name: g.name, inside: byGate.get(g.id) ?? 0 })),
    at: now,
  }
}

type Count = { entries: number; exits: number }

export interface Visits {
  siteId: string
  from: string
  to: string
  hours: ({ hour: Date } & Count)[]
  days: ({ date: string } & Count)[]
  byProvince: { provinceCode: string; entries: number }[]
  byAgeGroup: { ageGroup: AgeGroup; entries: number }[]
  bySex: { sex: string; entries: number }[]
  byVisitorKind: { visitorKind: string; entries: number }[]
}

/** @throws CHECKPOINTS_PERIOD_INVALID */
function periodOf(query: { from?: string | undefined; to?: string | undefined }, now: Date) {
  const today = vietnamDate(now)
  const from = query.from === undefined ? today : parseCalendarDate(query.from)
  const to = query.to === undefined ? (from ?? today) : parseCalendarDate(query.to)
  const span = from && to ? vietnamDays({ from, to }) : undefined
  const days = span ? (span.to.getTime() - span.from.getTime()) / 86_400_000 : 0
  if (!from || !to || !span || days < 1 || days > MAX_DAYS)
    throw checkpointsErrors.refuse('PERIOD_INVALID')
  return { from, to, span }
}

function totals<K extends string>(rows: { key: K; entries: number }[]) {
  const sums = new Map<K, number>()
  for (const r of rows) sums.set(r.key, (sums.get(r.key) ?? 0) + r.entries)
  return [...sums].sort(([a], [b]) => (a < b ? -1 : 1))
}

/**
 * Visits (entries) and exits by hour and day over Vietnam days, and entries by province of
 * origin, age group, sex and worker or visitor; read from the hourly counts only.
 * @throws CHECKPOINTS_PERIOD_INVALID, CHECKPOINTS_SITE_NOT_FOUND, CHECKPOINTS_NOT_YOUR_SITE
 */
export async function visitStatistics(
  db: Executor,
  principal: Principal,
  request: { siteId: string; from?: string | undefined; to?: string | undefined },
  now: Date,
): Promise<Visits> {
  const { from, to, span } = periodOf(request, now)
  const site = await siteFor(db, principal, READ, request.siteId)
  const hourly = await countByHour(db, site.id, span)
  const hours = new Map<number, { hour: Date } & Count>()
  const days = new Map<string, { date: string } & Count>()
  for (const r of hourly) {
    const h = hours.get(r.hour.getTime()) ?? { hour: r.hour, entries: 0, exits: 0 }
    const date = vietnamDate(r.hour)
    const d = days.get(date) ?? { date, entries: 0, exits: 0 }
    const field = r.direction === 'entry' ? 'entries' : 'exits'
    h[field] += r.passages
    d[field] += r.passages
    hours.set(r.hour.getTime(), h)
    days.set(date, d)
  }
  const groups = await countEntriesByGroup(db, site.id, span)
  const by = <K extends string>(key: (g: (typeof groups)[number]) => K) =>
    totals(groups.map((g) => ({ key: key(g), entries: g.entries })))
  return {
    siteId: site.id,
    from,
    to,
    hours: [...hours.values()],
    days: [...days.values()],
    byProvince: by((g) => g.provinceCode).map(([provinceCode, entries]) => ({
      provinceCode,
      entries,
    })),
    byAgeGroup: by((g) => g.ageGroup as AgeGroup).map(([ageGroup, entries]) => ({
      ageGroup,
      entries,
    })),
    bySex: by((g) => g.sex).map(([sex, entries]) => ({ sex, entries })),
    byVisitorKind: by((g) => g.visitorKind).map(([visitorKind, entries]) => ({
      visitorKind,
      entries,
    })),
  }
}
