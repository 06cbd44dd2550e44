import {
  agedAtLeast,
  ageOn,
  count,
  inArea,
  largestFirst,
  label,
  measure,
  num,
  percent,
  presentOn,
  tallied,
  unitColumn,
  unitLabels,
  wholeProvince,
  type ChartSpec,
  type Column,
  type DashboardSpec,
  type Label,
  type Reference,
  type SnapshotFilter,
} from './charts.js'
import type { Row } from './copy-store.js'
import { LABOUR_AGES, tallyOn } from './tallies.js'
import { AREA_KIND, bandLabels, LABOUR_STATUS, SECTOR } from './labels.js'

/**
 * Model 38: the labour force (residents aged 15 or more who work or seek work), from the
 * registry's current labour status of the residents living in the area on the day.
 */
export const WORKING_AGE = LABOUR_AGES[0]
/** One per class of the labour tally's ages. */
const AGE_GROUPS = ['15-24', '25-34', '35-44', '45-54', '55-64', '65+']
const TOP_OCCUPATIONS = 15

const workingAge = (f: SnapshotFilter): string =>
  `${presentOn(f.asOf)} AND ${inArea(f)} AND ${agedAtLeast(f.asOf, WORKING_AGE)}`

const FORCE_COLUMNS: Column[] = [
  measure('workingAge', 'Dân số từ 15 tuổi', 'Aged 15 and over', 'people'),
  measure('labourForce', 'Lực lượng lao động', 'Labour force', 'people'),
  measure('employed', 'Có việc làm', 'Employed', 'people'),
  measure('unemployed', 'Thất nghiệp', 'Unemployed', 'people'),
  measure(
    'participationPercent',
    'Tỷ lệ tham gia lực lượng lao động',
    'Participation rate',
    'percent',
  ),
  measure('unemploymentPercent', 'Tỷ lệ thất nghiệp', 'Unemployment rate', 'percent'),
]

function withRates(row: Row): Row {
  const labourForce = num(row.employed) + num(row.unemployed)
  return {
    workingAge: row.working_age ?? 0,
    labourForce,
    employed: row.employed ?? 0,
    unemployed: row.unemployed ?? 0,
    participationPercent: percent(labourForce, row.working_age),
    unemploymentPercent: percent(row.unemployed, labourForce),
  }
}

const FORCE_TALLIED = `${tallied()} AS working_age,
  ${tallied("labour_status = 'employed'")} AS employed,
  ${tallied("labour_status = 'unemployed'")} AS unemployed`

/** The SQL of a labour force split, from the residents or from a tally. */
function forceSql(
  f: SnapshotFilter,
  expression: string,
  options: { byCommune: boolean; tallied?: string },
): string {
  // By unit or urban/rural: the communes' tally, whatever the area.
  if (options.byCommune)
    return `SELECT ${expression} AS category, ${FORCE_TALLIED}
              FROM ${tallyOn('labour_units', f.asOf, inArea(f))} t
              JOIN communes c ON c.code = t.commune_code
             GROUP BY 1 HAVING sum(n) <> 0 ORDER BY 1`
  if (wholeProvince(f))
    return `SELECT ${options.tallied ?? expression} AS category, ${FORCE_TALLIED}
              FROM ${tallyOn('labour', f.asOf)} labour
             WHERE placed GROUP BY 1 HAVING sum(n) <> 0 ORDER BY 1`
  return `SELECT ${expression} AS category, ${count()} AS working_age,
                 ${count("labour_status = 'employed'")} AS employed,
                 ${count("labour_status = 'unemployed'")} AS unemployed
            FROM residents r JOIN communes c ON c.code = r.commune_code
           WHERE ${workingAge(f)} GROUP BY 1 ORDER BY 1`
}

/** The labour force split by one expression (nothing: the whole area). */
function forceBy(options: {
  id: string
  title: Label
  kind: 'kpi' | 'bar' | 'table'
  key?: string
  keyLabel?: Label
  expression?: (f: SnapshotFilter) => string
  /** The expression is on the commune (c): counted from the communes' tally. */
  byCommune?: boolean
  /** The expression over the labour tally's columns, when it differs. */
  tallied?: string
  /** Every category in order, shown even when empty. */
  categories?: readonly string[]
  labels?: (rows: Row[], reference: Reference) => Record<string, Label>
}): ChartSpec<SnapshotFilter> {
  const { key, expression } = options
  return {
    id: options.id,
    title: options.title,
    kind: options.kind,
    columns:
      key && options.keyLabel
        ? [{ key, label: options.keyLabel, role: 'dimension' }, ...FORCE_COLUMNS]
        : FORCE_COLUMNS,
    async compute(f, { run, reference }) {
      const rows = await run(
        forceSql(f, expression?.(f) ?? "'all'", {
          byCommune: options.byCommune ?? false,
          tallied: options.tallied,
        }),
      )
      if (!key) return { rows: [withRates(rows[0] ?? {})] }
      const byCategory = new Map(rows.map((r) => [String(r.category), r]))
      const categories = options.categories ?? rows.map((r) => String(r.category))
      const out = categories.map((category) => ({
        [key]: category,
        ...withRates(byCategory.get(category) ?? {}),
      }))
      return { rows: out, labels: options.labels ? { [key]: options.labels(out, reference) } : {} }
    },
  }
}

const AGE_GROUP_TALLIED = `CASE age_class ${AGE_GROUPS.map((g, i) => `WHEN ${i} THEN '${g}'`).join(' ')} END`

const ageGroup = (f: SnapshotFilter): string => {
  const age = ageOn(f.asOf)
  return `CASE WHEN ${age} < 25 THEN '15-24' WHEN ${age} < 35 THEN '25-34'
               WHEN ${age} < 45 THEN '35-44' WHEN ${age} < 55 THEN '45-54'
               WHEN ${age} < 65 THEN '55-64' ELSE '65+' END`
}

/** The working-age residents or the employed, counted by one coded column. */
function countBy(options: {
  id: string
  title: Label
  key: string
  keyLabel: Label
  column: string
  employedOnly: boolean
  limit?: number
  labels: (codes: string[]) => Record<string, Label>
}): ChartSpec<SnapshotFilter> {
  return {
    id: options.id,
    title: options.title,
    kind: 'bar',
    columns: [
      { key: options.key, label: options.keyLabel, role: 'dimension' },
      measure('people', 'Số người', 'People', 'people'),
      measure('percent', 'Tỷ lệ', 'Share', 'percent'),
    ],
    async compute(f, { run }) {
      const employed = options.employedOnly ? "AND labour_status = 'employed'" : ''
      const rows = await run(
        wholeProvince(f)
          ? `SELECT ${options.column} AS code, ${tallied()} AS people
               FROM ${tallyOn('labour', f.asOf)} labour
              WHERE TRUE ${employed} GROUP BY 1 HAVING sum(n) <> 0`
          : `SELECT ${options.column} AS code, ${count()} AS people FROM residents
              WHERE ${workingAge(f)} ${employed} GROUP BY 1`,
      )
      const total = rows.reduce((sum, r) => sum + num(r.people), 0)
      const shown = largestFirst(rows, 'people', 'code').slice(0, options.limit ?? rows.length)
      return {
        rows: shown.map((r) => ({
          [options.key]: r.code ?? null,
          people: r.people ?? 0,
          percent: percent(r.people, total),
        })),
        labels: { [options.key]: options.labels(shown.map((r) => String(r.code))) },
      }
    },
  }
}

const sameInBoth = (codes: string[]): Record<string, Label> =>
  Object.fromEntries(codes.map((c) => [c, label(c, c)]))

export const labourDashboard: DashboardSpec<SnapshotFilter> = {
  id: 'labour',
  title: label('Phân tích lao động', 'Labour analysis'),
  charts: [
    forceBy({
      id: 'summary',
      title: label('Tổng quan lao động', 'Labour at a glance'),
      kind: 'kpi',
    }),
    forceBy({
      id: 'by-age-group',
      title: label('Lực lượng lao động theo nhóm tuổi', 'Labour force by age group'),
      kind: 'bar',
      key: 'ageGroup',
      keyLabel: label('Nhóm tuổi', 'Age group'),
      expression: ageGroup,
      tallied: AGE_GROUP_TALLIED,
      categories: AGE_GROUPS,
      labels: () => bandLabels(AGE_GROUPS),
    }),
    forceBy({
      id: 'urban-rural',
      title: label('Thành thị và nông thôn', 'Urban and rural'),
      kind: 'bar',
      key: 'area',
      keyLabel: label('Khu vực', 'Area'),
      expression: () => "CASE WHEN c.urban THEN 'urban' ELSE 'rural' END",
      byCommune: true,
      categories: ['urban', 'rural'],
      labels: () => AREA_KIND,
    }),
    countBy({
      id: 'status',
      title: label('Tình trạng việc làm (từ 15 tuổi)', 'Activity status (aged 15 and over)'),
      key: 'status',
      keyLabel: label('Tình trạng', 'Status'),
      column: 'labour_status',
      employedOnly: false,
      labels: () => LABOUR_STATUS,
    }),
    countBy({
      id: 'sector',
      title: label('Lao động có việc làm theo khu vực kinh tế', 'Employed by economic sector'),
      key: 'sector',
      keyLabel: label('Khu vực kinh tế', 'Sector'),
      column: 'sector',
      employedOnly: true,
      labels: () => SECTOR,
    }),
    countBy({
      id: 'occupation',
      title: label('Nghề nghiệp phổ biến', 'Most common occupations'),
      key: 'occupation',
      keyLabel: label('Nghề nghiệp', 'Occupation'),
      column: 'occupation',
      employedOnly: true,
      limit: TOP_OCCUPATIONS,
      labels: sameInBoth,
    }),
    forceBy({
      id: 'by-unit',
      title: label('Lao động theo đơn vị hành chính', 'Labour by administrative unit'),
      kind: 'table',
      key: 'unit',
      keyLabel: label('Đơn vị', 'Unit'),
      expression: (f) => unitColumn(f),
      byCommune: true,
      labels: unitLabels,
    }),
  ],
}
