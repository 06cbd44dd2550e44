import { readFileSync } from 'node:fs'
import type { Executor } from '../../platform/db/database.js'
import { upsertDeadlineRule, upsertEstablishmentTypes } from './stays.reference.queries.js'
import type { CAPACITY_UNITS } from './stays.tables.js'

export interface EstablishmentTypeRecord {
  code: string
  nameVi: string
  nameEn: string
  capacityUnit: (typeof CAPACITY_UNITS)[number]
  /** The plan 106 model (9-12) whose KPI counts establishments of this type. */
  model: number
}

/** The establishment types of data/stays-establishment-types.json, in the order shown. */
export const readEstablishmentTypeFile = (): EstablishmentTypeRecord[] =>
  JSON.parse(
    readFileSync(new URL('../../../data/stays-establishment-types.json', import.meta.url), 'utf8'),
  ) as EstablishmentTypeRecord[]

/**
 * The notice deadline of the Law on Residence in force since it took effect: a guest arriving
 * before 23:00 is declared before 23:00 that day, a later one before 08:00 the next day.
 */
export const DEADLINE_RULE_2021 = {
  validFrom: '2021-07-01',
  lateArrivalFrom: '23:00:00',
  sameDayCutoff: '23:00:00',
  nextDayCutoff: '08:00:00',
  legalBasis: 'Luật Cư trú 2020, Điều 30; Thông tư 55/2021/TT-BCA',
} as const

/**
 * Writes the establishment types and the deadline rule from the data above, replacing what a
 * previous version wrote, so every start may call it. Establishments refer to types by code, so
 * a type is never deleted here.
 */
export async function ensureStaysReference(db: Executor): Promise<void> {
  const types = readEstablishmentTypeFile().map(({ model: _model, ...t }, position) => ({
    ...t,
    position,
  }))
  await upsertEstablishmentTypes(db, types)
  await upsertDeadlineRule(db, DEADLINE_RULE_2021)
}
