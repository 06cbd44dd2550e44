import type { AnalyticsChart, CheckpointVisits } from '../../api/types'
import { en } from './messages.en'
import { vi } from './messages.vi'

type Key = keyof typeof vi
type Label = { vi: string; en: string }

/** A message in both languages, as the charts carry their words. */
const both = (key: Key): Label => ({ vi: vi[key], en: en[key] })

const measure = (key: 'entries' | 'exits') => ({
  key,
  label: both(`column.${key}`),
  role: 'measure' as const,
  unit: 'events',
})

function chart(
  id: string,
  kind: AnalyticsChart['kind'],
  dimension: { key: string; label: Key },
  measures: ('entries' | 'exits')[],
  rows: Record<string, string | number>[],
  labels: Record<string, Label> = {},
): AnalyticsChart {
  return {
    id,
    title: both(`chart.${id}` as Key),
    kind,
    columns: [
      { key: dimension.key, label: both(dimension.label), role: 'dimension' },
      ...measures.map(measure),
    ],
    rows,
    labels: { [dimension.key]: labels },
    note: null,
  }
}

const HOUR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/**
 * A site's visits as the platform's charts (web/src/components/Chart.tsx): by day and hour, by
 * province of residence (named from `provinces`), age group, sex and, for an industrial park,
 * workers against visitors.
 */
export function visitCharts(
  visits: CheckpointVisits,
  options: { provinces: Record<string, string>; industrialPark: boolean },
): AnalyticsChart[] {
  const provinceLabels = Object.fromEntries(
    visits.byProvince.map((p) => {
      const name = options.provinces[p.provinceCode] ?? p.provinceCode
      return [p.provinceCode, { vi: name, en: name }]
    }),
  )
  const sexes = Object.fromEntries((['M', 'F'] as const).map((s) => [s, both(`sex.${s}`)] as const))
  const kinds = Object.fromEntries(
    (['worker', 'visitor'] as const).map((k) => [k, both(`visitorKind.${k}`)] as const),
  )
  return [
    chart('byDay', 'bar', { key: 'date', label: 'column.day' }, ['entries', 'exits'], visits.days),
    chart(
      'byHour',
      'line',
      { key: 'hour', label: 'column.hour' },
      ['entries', 'exits'],
      visits.hours.map((h) => ({ ...h, hour: HOUR.format(new Date(h.hour)) })),
    ),
    chart(
      'byProvince',
      'bar',
      { key: 'provinceCode', label: 'column.province' },
      ['entries'],
      visits.byProvince,
      provinceLabels,
    ),
    chart(
      'byAgeGroup',
      'bar',
      { key: 'ageGroup', label: 'column.ageGroup' },
      ['entries'],
      visits.byAgeGroup,
    ),
    chart('bySex', 'pie', { key: 'sex', label: 'column.sex' }, ['entries'], visits.bySex, sexes),
    ...(options.industrialPark
      ? [
          chart(
            'byVisitorKind',
            'pie',
            { key: 'visitorKind', label: 'column.visitorKind' },
            ['entries'],
            visits.byVisitorKind,
            kinds,
          ),
        ]
      : []),
  ]
}
