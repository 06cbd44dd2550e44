import type { AnalyticsCell, AnalyticsChart, AnalyticsColumn } from '../api/types'
import { formatDate } from '../i18n/format'
import type { I18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'

/** Reading the API's generic chart (a small table) in the language shown. */

export type ChartI18n = Pick<I18n, 't' | 'number' | 'language'>

export const dimensionOf = (chart: AnalyticsChart): AnalyticsColumn | undefined =>
  chart.columns.find((c) => c.role === 'dimension')

export const measuresOf = (chart: AnalyticsChart): AnalyticsColumn[] =>
  chart.columns.filter((c) => c.role === 'measure')

const UNIT_SUFFIX: Partial<Record<string, MessageKey>> = {
  percent: 'chart.unit.percent',
  per_km2: 'chart.unit.perKm2',
  km2: 'chart.unit.km2',
}

/** What follows a figure of this unit ('%', 'km²'); counts have none. */
export function unitSuffix({ t }: ChartI18n, unit: string | undefined): string {
  const key = unit ? UNIT_SUFFIX[unit] : undefined
  return key ? t(key) : ''
}

/** A column's heading, its unit in brackets when it has a sign of its own. */
export function columnHeading(i18n: ChartI18n, column: AnalyticsColumn): string {
  const suffix = unitSuffix(i18n, column.unit)
  const label = column.label[i18n.language]
  return suffix ? `${label} (${suffix})` : label
}

/** A measure as a number in the language's format; null (not computable) as a dash. */
export function formatMeasure(
  i18n: ChartI18n,
  value: AnalyticsCell | undefined,
  unit?: string,
): string {
  if (typeof value !== 'number') return value === null || value === undefined ? '—' : String(value)
  const suffix = unit ? unitSuffix(i18n, unit) : ''
  return suffix ? `${i18n.number(value)} ${suffix}` : i18n.number(value)
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * A category as people read it: the label of a code, a period's first day as a date (a month
 * as MM/YYYY), else the value itself.
 */
export function categoryLabel(
  chart: AnalyticsChart,
  dimension: AnalyticsColumn,
  value: AnalyticsCell | undefined,
  language: I18n['language'],
  granularity?: string,
): string {
  const text = value === null || value === undefined ? '—' : String(value)
  const label = chart.labels[dimension.key]?.[text]
  if (label) return label[language]
  if (DAY.test(text)) return granularity === 'month' ? formatDate(text).slice(3) : formatDate(text)
  return text
}

/**
 * The measures a picture draws: those asked for, else those in the unit of the first measure
 * (a share and a count side by side would share one axis); a pie shows one. The table beside
 * the picture always has them all.
 */
export function plottedMeasures(
  chart: AnalyticsChart,
  wanted?: readonly string[],
): AnalyticsColumn[] {
  const measures = measuresOf(chart)
  if (wanted) return measures.filter((m) => wanted.includes(m.key))
  const first = measures[0]
  if (!first) return []
  if (chart.kind === 'pie') return [first]
  return measures.filter((m) => m.unit === first.unit)
}
