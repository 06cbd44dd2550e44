import {
  count,
  dateSql,
  inArea,
  dimension,
  label,
  largestFirst,
  measure,
  num,
  percent,
  tallied,
  wholeProvince,
  type ChartBody,
  type ChartSpec,
  type Label,
  type Run,
  type SnapshotFilter,
} from './charts.js'
import type { Row } from './copy-store.js'
import { BIRTHPLACE_SQL, OTHER_PROVINCE_SQL, tallyOn } from './tallies.js'
import { BIRTHPLACE, bandLabels, ETHNICITY, NO_RELIGION, RELIGION } from './labels.js'
import { firstTrendYear, living, trendYears } from './population-common.js'
import { suppressBreakdown, THRESHOLD } from './suppression.js'

/** Model 37: who the residents are (ethnicity, religion, birthplace, migration) and their households. */
const TOP_BIRTH_PROVINCES = 10
const HOUSEHOLD_SIZES = Array.from({ length: 10 }, (_, i) => (i === 9 ? '10+' : String(i + 1)))

interface BreakdownOptions {
  id: string
  title: Label
  kind: 'bar' | 'pie'
  key: string
  keyLabel: Label
  expression: string
  /** The same over the origins tally's columns, when it differs. */
  tallied?: string
  labels: Record<string, Label>
  /** Ethnicity and religion: small counts only for viewers with the need (issue 17, item 8). */
  sensitive?: boolean
}

/** What a viewer without the need is told about the withheld counts. */
const WITHHELD_NOTE = label(
  `—: số liệu được ẩn để không lộ nhóm dưới ${THRESHOLD} người`,
  `—: withheld so that no group under ${THRESHOLD} people can be told`,
)

/**
 * A sensitive breakdown as a viewer without the need sees it. Each commune's counts are
 * suppressed on their own (suppressBreakdown; its population is public on the population
 * dashboard); an area of several communes shows a count only where each of its communes shows
 * its own, so that one area's figures minus another's give nothing back. Withheld rows come
 * last, by code: their order would tell their size.
 */
async function withheldBreakdown(
  options: BreakdownOptions,
  f: SnapshotFilter,
  run: Run,
): Promise<ChartBody> {
  const rows = await run(
    `SELECT r.commune_code AS commune, ${options.expression} AS code, ${count()} AS people
       FROM residents r JOIN communes c ON c.code = r.commune_code
       LEFT JOIN provinces p ON p.code = r.birth_province_code
      WHERE ${living(f)} GROUP BY 1, 2`,
  )
  const byCommune = new Map<string, Row[]>()
  for (const r of rows)
    byCommune.set(String(r.commune), [...(byCommune.get(String(r.commune)) ?? []), r])
  const area = new Map<string, { people: number; withheld: boolean }>()
  for (const counts of byCommune.values()) {
    const hidden = suppressBreakdown(counts.map((r) => num(r.people)))
    counts.forEach((r, k) => {
      const code = String(r.code)
      const sum = area.get(code) ?? { people: 0, withheld: false }
      area.set(code, { people: sum.people + num(r.people), withheld: sum.withheld || hidden[k]! })
    })
  }
  const total = [...area.values()].reduce((sum, c) => sum + c.people, 0)
  const shown = [...area].filter(([, c]) => !c.withheld)
  const withheld = [...area].filter(([, c]) => c.withheld).map(([code]) => code)
  return {
    rows: [
      ...largestFirst(
        shown.map(([code, c]) => ({ code, people: c.people })),
        'people',
        'code',
      ).map((r) => ({
        [options.key]: r.code ?? null,
        people: r.people ?? 0,
        percent: percent(r.people, total),
      })),
      ...withheld
        .sort()
        .map((code) => ({ [options.key]: code, people: null, percent: null, withheld: true })),
    ],
    labels: { [options.key]: options.labels },
    note: withheld.length > 0 ? WITHHELD_NOTE : null,
  }
}

/** A breakdown of the living residents by one coded column, largest first, with shares. */
function breakdown(options: BreakdownOptions): ChartSpec<SnapshotFilter> {
  return {
    id: options.id,
    title: options.title,
    kind: options.kind,
    columns: [
      { key: options.key, label: options.keyLabel, role: 'dimension' },
      measure('people', 'Số người', 'People', 'people'),
      measure('percent', 'Tỷ lệ', 'Share', 'percent'),
    ],
    async compute(f, { run, readsSensitive }) {
      if (options.sensitive && !readsSensitive) return withheldBreakdown(options, f, run)
      const rows = await run(
        wholeProvince(f)
          ? `SELECT ${options.tallied ?? options.expression} AS code, ${tallied()} AS people
               FROM ${tallyOn('origins', f.asOf)} origins GROUP BY 1 HAVING sum(n) <> 0`
          : `SELECT ${options.expression} AS code, ${count()} AS people
               FROM residents r JOIN communes c ON c.code = r.commune_code
               LEFT JOIN provinces p ON p.code = r.birth_province_code
              WHERE ${living(f)} GROUP BY 1`,
      )
      const total = rows.reduce((sum, r) => sum + num(r.people), 0)
      return {
        rows: largestFirst(rows, 'people', 'code').map((r) => ({
          [options.key]: r.code ?? null,
          people: r.people ?? 0,
          percent: percent(r.people, total),
        })),
        labels: { [options.key]: options.labels },
      }
    },
  }
}

const birthProvinces: ChartSpec<SnapshotFilter> = {
  id: 'birth-provinces',
  title: label('Mười tỉnh sinh nhiều nhất ngoài tỉnh', 'Top 10 other provinces of birth'),
  kind: 'bar',
  columns: [
    dimension('province', 'Tỉnh sinh', 'Province of birth'),
    measure('people', 'Số người', 'People', 'people'),
  ],
  async compute(f, { run, reference }) {
    const rows = await run(
      wholeProvince(f)
        ? `SELECT birth_province_code AS province, ${tallied()} AS people
             FROM ${tallyOn('origins', f.asOf)} origins
            WHERE other_province GROUP BY 1 HAVING sum(n) <> 0`
        : `SELECT r.birth_province_code AS province, ${count()} AS people
             FROM residents r JOIN communes c ON c.code = r.commune_code
             LEFT JOIN provinces p ON p.code = r.birth_province_code
            WHERE ${living(f)} AND ${OTHER_PROVINCE_SQL}
            GROUP BY 1`,
    ).then((all) => largestFirst(all, 'people', 'province').slice(0, TOP_BIRTH_PROVINCES))
    const labels = Object.fromEntries(
      rows.map((r) => {
        const name = reference.provinceNames.get(String(r.province)) ?? String(r.province)
        return [String(r.province), label(name, name)]
      }),
    )
    return { rows, labels: { province: labels } }
  },
}

const migrants: ChartSpec<SnapshotFilter> = {
  id: 'migrants',
  title: label('Người nhập cư theo năm đến', 'Migrants by year of arrival'),
  kind: 'bar',
  columns: [
    dimension('year', 'Năm đến', 'Year of arrival'),
    measure('people', 'Số người còn cư trú', 'Still resident', 'people'),
  ],
  async compute(f, { run }) {
    const rows = await run(
      wholeProvince(f)
        ? `SELECT entry_year AS year, ${tallied()} AS people
             FROM ${tallyOn('migrants', f.asOf)} migrants
            WHERE entry_year >= ${firstTrendYear(f)} GROUP BY 1`
        : `SELECT CAST(extract(year FROM entered_on) AS INTEGER) AS year, ${count()} AS people
             FROM residents
            WHERE ${living(f)} AND moved_from IS NOT NULL
              AND entered_on >= ${dateSql(`${firstTrendYear(f)}-01-01`)}
            GROUP BY 1`,
    )
    const byYear = new Map(rows.map((r) => [num(r.year), r.people ?? 0]))
    return {
      rows: trendYears(f).map((year) => ({ year: String(year), people: byYear.get(year) ?? 0 })),
    }
  },
}

const householdSizes: ChartSpec<SnapshotFilter> = {
  id: 'household-sizes',
  title: label('Hộ theo số thành viên', 'Households by size'),
  kind: 'bar',
  columns: [
    dimension('size', 'Số người trong hộ', 'Members'),
    measure('households', 'Số hộ', 'Households', 'households'),
  ],
  async compute(f, { run }) {
    // Households of one commune from their tally, the others member by member.
    const rows = await run(
      `SELECT members AS size, ${tallied()} AS households
         FROM (SELECT members, n FROM ${tallyOn('households', f.asOf, inArea(f))} t
               UNION ALL
               SELECT CAST(least(count(*), 10) AS INTEGER), 1 FROM households_split
                WHERE ${living(f)} GROUP BY household_id) h
        GROUP BY 1`,
    )
    const bySize = new Map(rows.map((r) => [num(r.size), r.households ?? 0]))
    return {
      rows: HOUSEHOLD_SIZES.map((size, i) => ({ size, households: bySize.get(i + 1) ?? 0 })),
      labels: { size: bandLabels(HOUSEHOLD_SIZES) },
    }
  },
}

export const populationGroupCharts: readonly ChartSpec<SnapshotFilter>[] = [
  breakdown({
    id: 'ethnicity',
    title: label('Dân tộc', 'Ethnic groups'),
    kind: 'bar',
    key: 'ethnicity',
    keyLabel: label('Dân tộc', 'Ethnic group'),
    expression: 'r.ethnicity_code',
    tallied: 'ethnicity_code',
    labels: ETHNICITY,
    sensitive: true,
  }),
  breakdown({
    id: 'religion',
    title: label('Tôn giáo', 'Religion'),
    kind: 'pie',
    key: 'religion',
    keyLabel: label('Tôn giáo', 'Religion'),
    expression: `coalesce(r.religion_code, '${NO_RELIGION}')`,
    tallied: `coalesce(religion_code, '${NO_RELIGION}')`,
    labels: RELIGION,
    sensitive: true,
  }),
  breakdown({
    id: 'birthplace',
    title: label('Nơi sinh', 'Place of birth'),
    kind: 'pie',
    key: 'birthplace',
    keyLabel: label('Nơi sinh', 'Place of birth'),
    expression: BIRTHPLACE_SQL,
    tallied: 'birthplace',
    labels: BIRTHPLACE,
  }),
  birthProvinces,
  migrants,
  householdSizes,
]
