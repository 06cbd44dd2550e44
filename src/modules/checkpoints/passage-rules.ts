import { checkPersonalNumber } from '../population/index.js'
import type { AgeGroup, Direction, PassageFlag, VisitorKind } from './checkpoints.tables.js'
import type { HourlyRow, PassageRow, PresenceRow } from './passages.queries.js'

const HOUR_MS = 3_600_000
const VIETNAM_OFFSET_MS = 7 * HOUR_MS

/** What the statistics cut by, read from the personal number alone (no registry read). */
export interface Demography {
  provinceCode: string
  sex: 'M' | 'F'
  birthYear: number
}

export function demographyOf(personalNumber: string): Demography | undefined {
  const checked = checkPersonalNumber(personalNumber)
  if (!checked.valid) return undefined
  const { provinceCode, sex, birthYear } = checked.parts
  return { provinceCode, sex, birthYear }
}

/** The age group in the Vietnam year of the instant, by birth year. */
export function ageGroupOf(birthYear: number, at: Date): AgeGroup {
  const age = new Date(at.getTime() + VIETNAM_OFFSET_MS).getUTCFullYear() - birthYear
  if (age < 15) return '0-14'
  if (age < 25) return '15-24'
  if (age < 40) return '25-39'
  if (age < 60) return '40-59'
  return '60+'
}

/** The start of the hour of an instant (Vietnam is a whole number of hours from UTC). */
export const hourOf = (at: Date): Date => new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS)

/**
 * Walks new passages in time order against where each person stood, and says which to flag and
 * where everyone stands after them. An event older than the person's last one is flagged and
 * leaves their state alone: what arrives late must not undo what happened since.
 */
export function applyPassages(
  siteId: string,
  passages: readonly PassageRow[],
  before: readonly PresenceRow[],
): { flags: Map<PassageFlag, number[]>; presence: PresenceRow[] } {
  const state = new Map(before.map((p) => [p.personalNumber, { ...p }]))
  const changed = new Set<string>()
  const flags = new Map<PassageFlag, number[]>()
  const flag = (f: PassageFlag, id: number) => flags.set(f, [...(flags.get(f) ?? []), id])
  const ordered = [...passages].sort(
    (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.id - b.id,
  )
  for (const p of ordered) {
    const now = state.get(p.personalNumber)
    if (now && p.occurredAt < now.lastAt) {
      flag('outOfOrder', p.id)
      continue
    }
    if (p.direction === 'entry' && now?.inside) flag('entryTwice', p.id)
    if (p.direction === 'exit' && !now?.inside) flag('exitWithoutEntry', p.id)
    const entering = p.direction === 'entry'
    state.set(p.personalNumber, {
      siteId,
      personalNumber: p.personalNumber,
      gateId: entering ? p.gateId : (now?.gateId ?? p.gateId),
      inside: entering,
      lastAt: p.occurredAt,
    })
    changed.add(p.personalNumber)
  }
  return { flags, presence: [...changed].map((n) => state.get(n)!) }
}

/** How the people inside each gate change from the presence before to the presence after. */
export function occupancyChanges(
  before: readonly PresenceRow[],
  after: readonly PresenceRow[],
): Map<string, number> {
  const changes = new Map<string, number>()
  const add = (gateId: string, n: number) => changes.set(gateId, (changes.get(gateId) ?? 0) + n)
  const was = new Map(before.map((p) => [p.personalNumber, p]))
  for (const now of after) {
    const old = was.get(now.personalNumber)
    if (old?.inside) add(old.gateId, -1)
    if (now.inside) add(now.gateId, 1)
  }
  for (const [gateId, n] of changes) if (n === 0) changes.delete(gateId)
  return changes
}

/** The hourly counts the passages add, one row per hour and group. */
export function hourlyOf(
  siteId: string,
  passages: readonly {
    gateId: string
    direction: Direction
    personalNumber: string
    occurredAt: Date
  }[],
  kindOf: (personalNumber: string) => VisitorKind,
): HourlyRow[] {
  const rows = new Map<string, HourlyRow>()
  for (const p of passages) {
    const who = demographyOf(p.personalNumber)
    if (!who) continue
    const row: HourlyRow = {
      siteId,
      hour: hourOf(p.occurredAt),
      gateId: p.gateId,
      direction: p.direction,
      provinceCode: who.provinceCode,
      ageGroup: ageGroupOf(who.birthYear, p.occurredAt),
      sex: who.sex,
      visitorKind: kindOf(p.personalNumber),
      passages: 0,
    }
    const key = [
      row.hour.getTime(),
      row.gateId,
      row.direction,
      row.provinceCode,
      row.ageGroup,
      row.sex,
      row.visitorKind,
    ].join('|')
    const seen = rows.get(key) ?? row
    seen.passages += 1
    rows.set(key, seen)
  }
  // Key order, so that concurrent batches lock the same rows in the same order.
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r)
}
