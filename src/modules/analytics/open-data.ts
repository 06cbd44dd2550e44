import { vietnamDate } from '../../platform/time/vietnam.js'
import { datasetUnknown } from './analytics.errors.js'
import type { Analytics } from './analytics.runtime.js'
import {
  agedAtLeast,
  ageOn,
  count,
  dateSql,
  label,
  presentOn,
  vietnamDay,
  type Label,
} from './charts.js'
import { csvCell } from './chart-export.js'
import type { ServedCopy } from './copy-store.js'
import { LABOUR_STATUS, SEX } from './labels.js'
import { WORKING_AGE } from './labour.charts.js'
import { addDays } from './period.js'
import { suppressTogether, type Relation } from './linked-suppression.js'
import { THRESHOLD, withTotals, type Grid } from './suppression.js'

/**
 * Model 41: open data. Whole-province tables (commune by category) with their totals, small
 * cells withheld, for anyone to download as JSON or CSV. The tables are published together and
 * suppressed together (linked-suppression.ts): one shares a margin with another, and withholding
 * table by table let a reader subtract across them (issue 17, item 7).
 */
interface DatasetSpec {
  id: string
  title: Label
  description: Label
  columns(today: string): { key: string; label: Label }[]
  /** Rows of (commune, column key, count). */
  sql(today: string): string
}

const AGE_BANDS = Array.from({ length: 17 }, (_, i) => (i === 16 ? '80+' : `${i * 5}-${i * 5 + 4}`))
const SIZES = ['1', '2', '3', '4', '5', '6', '7+']
const STATUSES = ['employed', 'unemployed', 'in_school', 'homemaker', 'retired']
const MONTHS = 12

/** The twelve whole months before the current one, oldest first. */
function lastMonths(today: string): string[] {
  const months: string[] = []
  let day = `${today.slice(0, 7)}-01`
  for (let i = 0; i < MONTHS; i++) {
    day = `${addDays(day, -1).slice(0, 7)}-01`
    months.unshift(day.slice(0, 7))
  }
  return months
}

const DATASETS: readonly DatasetSpec[] = [
  {
    id: 'population-by-commune-sex-age',
    title: label(
      'Dân số theo xã, giới tính và nhóm tuổi',
      'Population by commune, sex and age band',
    ),
    description: label(
      'Người đang cư trú vào ngày công bố, theo xã/phường hiện nay, giới tính và nhóm 5 tuổi',
      'Residents living in the province on the day of publication, by current commune, sex and 5-year age band',
    ),
    columns: () =>
      ['M', 'F'].flatMap((sex) =>
        AGE_BANDS.map((band) => ({
          key: `${sex}_${band}`,
          label: label(`${SEX[sex]!.vi} ${band}`, `${SEX[sex]!.en} ${band}`),
        })),
      ),
    sql: (today) =>
      `SELECT commune_code AS row_code,
              sex || '_' || CASE WHEN band = 16 THEN '80+'
                                 ELSE CAST(band * 5 AS VARCHAR) || '-' || CAST(band * 5 + 4 AS VARCHAR) END
                AS column_code, ${count()} AS n
         FROM (SELECT commune_code, sex, CAST(least(floor(${ageOn(today)} / 5), 16) AS INTEGER) AS band
                 FROM residents WHERE ${presentOn(today)}) people
        GROUP BY 1, 2`,
  },
  {
    id: 'households-by-commune-size',
    title: label('Hộ theo xã và số thành viên', 'Households by commune and size'),
    description: label(
      'Hộ có người đang cư trú, theo số thành viên đang cư trú',
      'Households with living members, by the number of those members',
    ),
    columns: () => SIZES.map((s) => ({ key: s, label: label(`${s} người`, `${s} members`) })),
    sql: (today) =>
      `SELECT commune_code AS row_code,
              CASE WHEN members >= 7 THEN '7+' ELSE CAST(members AS VARCHAR) END AS column_code,
              ${count()} AS n
         FROM (SELECT household_id, min(commune_code) AS commune_code, count(*) AS members
                 FROM residents WHERE ${presentOn(today)} GROUP BY household_id) h
        GROUP BY 1, 2`,
  },
  {
    id: 'labour-by-commune-status',
    title: label(
      'Dân số từ 15 tuổi theo xã và tình trạng việc làm',
      'Residents aged 15+ by commune and activity',
    ),
    description: label(
      'Tình trạng việc làm hiện tại trong Cơ sở dữ liệu dân cư',
      'Current activity status as the population registry holds it',
    ),
    columns: () => STATUSES.map((s) => ({ key: s, label: LABOUR_STATUS[s]! })),
    sql: (today) =>
      `SELECT commune_code AS row_code, labour_status AS column_code, ${count()} AS n
         FROM residents
        WHERE ${presentOn(today)} AND ${agedAtLeast(today, WORKING_AGE)} GROUP BY 1, 2`,
  },
  {
    id: 'guest-arrivals-by-commune-month',
    title: label('Lượt khách lưu trú theo xã và tháng', 'Guest arrivals by commune and month'),
    description: label(
      'Lượt khách đến các cơ sở lưu trú trong 12 tháng trọn vẹn gần nhất',
      'Guests arriving at accommodation establishments in the last 12 whole months',
    ),
    columns: (today) => lastMonths(today).map((m) => ({ key: m, label: label(m, m) })),
    sql: (today) => {
      const months = lastMonths(today)
      const day = vietnamDay('arrival_at')
      return `SELECT commune_code AS row_code,
                     substr(CAST(${day} AS VARCHAR), 1, 7) AS column_code, ${count()} AS n
                FROM stays
               WHERE ${day} >= ${dateSql(`${months[0]}-01`)} AND ${day} < ${dateSql(`${today.slice(0, 7)}-01`)}
               GROUP BY 1, 2`
    },
  },
]

/**
 * Sums that tie one table to another, row by row (the same communes, then the province): a
 * row's total in `total` is the sum of its cells under `columns` in `of`. Residents aged 15+ by
 * activity add up to the age bands from 15 of residents by sex and age.
 */
const SHARED_MARGINS: readonly { total: string; of: string; columns: (key: string) => boolean }[] =
  [
    {
      total: 'labour-by-commune-status',
      of: 'population-by-commune-sex-age',
      columns: (key) => Number.parseInt(key.split('_')[1]!, 10) >= WORKING_AGE,
    },
  ]

export interface PublishedCell {
  value: number | null
  suppressed: boolean
}

export interface PublishedTable {
  id: string
  title: Label
  description: Label
  threshold: number
  asOf: string
  builtAt: string
  columns: { key: string; label: Label }[]
  rows: { code: string; label: string; cells: PublishedCell[]; total: PublishedCell }[]
  totals: { cells: PublishedCell[]; total: PublishedCell }
  suppressedCells: number
}

export const datasetCatalogue = () =>
  DATASETS.map(({ id, title, description }) => ({ id, title, description, threshold: THRESHOLD }))

/** A dataset's counts with their margins (suppression.ts's grid), communes in directory order. */
async function tabulate(copy: ServedCopy, spec: DatasetSpec, today: string): Promise<Grid> {
  const communes = copy.reference.units.communes
  const columns = spec.columns(today)
  const rowIndex = new Map(communes.map((c, i) => [c.code, i]))
  const columnIndex = new Map(columns.map((c, j) => [c.key, j]))
  const values = communes.map(() => columns.map(() => 0))
  for (const row of await copy.query(spec.sql(today))) {
    const i = rowIndex.get(String(row.row_code))
    const j = columnIndex.get(String(row.column_code))
    if (i !== undefined && j !== undefined) values[i]![j] = Number(row.n)
  }
  return withTotals(values)
}

/** The shared margins as sums over the grids, one per row (the province's row included). */
function sharedMargins(grids: Grid[], today: string): Relation[] {
  const table = (id: string) => DATASETS.findIndex((d) => d.id === id)
  return SHARED_MARGINS.flatMap(({ total, of, columns }) => {
    const [t, o] = [table(total), table(of)]
    const totalColumn = grids[t]![0]!.length - 1
    const summed = DATASETS[o]!.columns(today).flatMap((c, j) => (columns(c.key) ? [j] : []))
    return grids[t]!.map((_, i): Relation => [
      { table: t, at: [i, totalColumn], coefficient: 1 },
      ...summed.map((j) => ({ table: o, at: [i, j] as [number, number], coefficient: -1 })),
    ])
  })
}

function present(
  copy: ServedCopy,
  spec: DatasetSpec,
  today: string,
  grid: Grid,
  hidden: boolean[][],
): PublishedTable {
  const communes = copy.reference.units.communes
  const columns = spec.columns(today)
  const cell = (i: number, j: number): PublishedCell => ({
    value: hidden[i]![j] ? null : grid[i]![j]!,
    suppressed: hidden[i]![j]!,
  })
  const last = columns.length
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    threshold: THRESHOLD,
    asOf: today,
    builtAt: copy.meta.builtAt,
    columns,
    rows: communes.map((c, i) => ({
      code: c.code,
      label: c.name,
      cells: columns.map((_, j) => cell(i, j)),
      total: cell(i, last),
    })),
    totals: {
      cells: columns.map((_, j) => cell(communes.length, j)),
      total: cell(communes.length, last),
    },
    suppressedCells: hidden.flat().filter(Boolean).length,
  }
}

/** Every dataset of the day, suppressed together. */
async function publishAll(copy: ServedCopy, today: string): Promise<Map<string, PublishedTable>> {
  const grids = await Promise.all(DATASETS.map((spec) => tabulate(copy, spec, today)))
  const hidden = suppressTogether({ grids, links: sharedMargins(grids, today) })
  return new Map(
    DATASETS.map((spec, t) => [spec.id, present(copy, spec, today, grids[t]!, hidden[t]!)]),
  )
}

const CACHE_MS = 60_000
type Publication = Promise<Map<string, PublishedTable>>
const cache = new WeakMap<ServedCopy, { day: string; at: number; tables: Publication }>()

/**
 * A dataset as published today: all datasets tabulated from the served copy and suppressed
 * together, kept for a minute (the audit over all tables takes a moment).
 * @throws ANALYTICS_DATASET_UNKNOWN, ANALYTICS_NOT_READY
 */
export async function publishDataset(analytics: Analytics, id: string): Promise<PublishedTable> {
  if (!DATASETS.some((d) => d.id === id)) throw datasetUnknown(id)
  const copy = await analytics.current()
  const today = vietnamDate()
  let kept = cache.get(copy)
  if (!kept || kept.day !== today || Date.now() - kept.at >= CACHE_MS) {
    const tables = publishAll(copy, today)
    kept = { day: today, at: Date.now(), tables }
    cache.set(copy, kept)
    tables.catch(() => cache.delete(copy))
  }
  return (await kept.tables).get(id)!
}

/** The table in long form, one line per cell, totals included (row or column code 'total'). */
export function datasetCsv(table: PublishedTable, lang: 'vi' | 'en'): string {
  const lines = ['row_code,row_label,column_code,column_label,value,suppressed']
  const emit = (row: string, rowLabel: string, cells: PublishedCell[], total: PublishedCell) => {
    const columns = [
      ...table.columns.map((c) => ({ key: c.key, label: c.label[lang] })),
      { key: 'total', label: lang === 'vi' ? 'Tổng' : 'Total' },
    ]
    ;[...cells, total].forEach((cell, j) =>
      lines.push(
        [row, rowLabel, columns[j]!.key, columns[j]!.label, cell.value, cell.suppressed]
          .map(csvCell)
          .join(','),
      ),
    )
  }
  for (const row of table.rows) emit(row.code, row.label, row.cells, row.total)
  emit(
    'total',
    lang === 'vi' ? 'Toàn tỉnh' : 'Whole province',
    table.totals.cells,
    table.totals.total,
  )
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
