import { Text } from '@mantine/core'
import type { PlanAgencyRef, PlanIndicator, PlanKpi } from '../../api/types'
import { formatDateTime } from '../../i18n/format'
import { useI18n, type I18n } from '../../i18n/i18n'
import { planMessages } from './messages'
import { agencyName, formatMonth, inLanguage } from './labels'

/** The indicator a card leads with: the first share (what the plan's KPIs are), else the first. */
export const headline = (indicators: PlanIndicator[]): PlanIndicator | undefined =>
  indicators.find((i) => i.unit === '%') ?? indicators[0]

const sameIndicator = (a: PlanIndicator, b: PlanIndicator): boolean =>
  a.key !== undefined && b.key !== undefined ? a.key === b.key : a.label === b.label

/** One indicator's value month by month, from the KPI's trend (months that lack it are skipped). */
export function seriesOf(
  kpi: PlanKpi,
  indicator: PlanIndicator,
): { month: string; value: number }[] {
  return kpi.trend.flatMap(({ month, indicators }) => {
    const found = indicators.find((i) => sameIndicator(i, indicator))
    return found ? [{ month, value: found.value }] : []
  })
}

export function formatIndicator(
  { number, language }: Pick<I18n, 'number' | 'language'>,
  indicator: PlanIndicator,
): string {
  const unit = indicator.unit === '%' ? '%' : ` ${inLanguage(indicator.unit, language)}`
  return `${inLanguage(indicator.label, language)}: ${number(indicator.value)}${unit.trimEnd()}`
}

const WIDTH = 120
const HEIGHT = 32
const PAD = 4

/**
 * A small line of a series (two points or more), drawn as SVG in the page's text colour; its
 * label reads the whole series, so the figures are not in the picture only.
 */
export function Sparkline({
  points,
  unit,
}: {
  points: { month: string; value: number }[]
  unit: string
}) {
  const { t, number } = useI18n(planMessages)
  if (points.length < 2) return null
  const values = points.map((p) => p.value)
  const min = Math.min(...values)
  const span = Math.max(...values) - min || 1
  const xy = points.map((p, i) => [
    PAD + (i * (WIDTH - 2 * PAD)) / (points.length - 1),
    HEIGHT - PAD - ((p.value - min) / span) * (HEIGHT - 2 * PAD),
  ])
  const last = xy.at(-1)!
  const series = points
    .map((p) => `${formatMonth(p.month)}: ${number(p.value)}${unit === '%' ? '%' : ` ${unit}`}`)
    .join('; ')
  return (
    <svg
      className="plan-spark"
      viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={t('plan.kpi.trend', { series })}
    >
      <polyline
        points={xy.map(([x, y]) => `${x!.toFixed(1)},${y!.toFixed(1)}`).join(' ')}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
      <circle cx={last[0]} cy={last[1]} r="3" fill="currentColor" />
    </svg>
  )
}

/** Where a KPI's figures come from, or why there are none: never a silent zero. */
export function KpiNote({ kpi, agencies }: { kpi: PlanKpi; agencies: PlanAgencyRef[] }) {
  const { t, language } = useI18n(planMessages)
  switch (kpi.state) {
    case 'computed':
      return (
        <Text size="sm" c="dimmed" mt={2} className="plan-kpi-note">
          {kpi.computedAt
            ? t('plan.kpi.computedAt', { at: formatDateTime(kpi.computedAt) })
            : t('plan.kpi.computed')}
        </Text>
      )
    case 'failed':
      return (
        <Text size="sm" fw={600} c="var(--mantine-color-error)" mt={2} className="plan-kpi-failed">
          <span aria-hidden="true">⚠ </span>
          {t('plan.kpi.failed', { reason: kpi.reason ?? '—' })}
        </Text>
      )
    case 'reported': {
      const by = agencies.find((a) => a.code === kpi.reportedBy)
      return (
        <Text size="sm" c="dimmed" mt={2} className="plan-kpi-note">
          {t('plan.kpi.reported', {
            month: formatMonth(kpi.reportedMonth ?? ''),
            agency: by ? agencyName(by, language) : (kpi.reportedBy ?? '—'),
          })}
        </Text>
      )
    }
    case 'not_reported':
      return (
        <Text size="sm" c="dimmed" mt={2} className="plan-kpi-note">
          {t('plan.kpi.notReported')}
        </Text>
      )
    case 'none':
      return (
        <Text size="sm" c="dimmed" mt={2} className="plan-kpi-note">
          {t('plan.kpi.none')}
        </Text>
      )
  }
}

/** The KPI's current figures with their source, and the lead figure's trend as a sparkline. */
export function KpiValue({
  kpi,
  agencies,
  all = false,
}: {
  kpi: PlanKpi
  agencies: PlanAgencyRef[]
  /** Every indicator (the model's page), or the lead one only (a card). */
  all?: boolean
}) {
  const i18n = useI18n(planMessages)
  const lead = headline(kpi.indicators)
  const shown = all ? kpi.indicators : lead ? [lead] : []
  return (
    <div className="plan-kpi">
      {shown.length ? (
        <ul className="plan-indicators">
          {shown.map((indicator) => (
            <li key={indicator.key ?? indicator.label}>{formatIndicator(i18n, indicator)}</li>
          ))}
        </ul>
      ) : null}
      {lead ? <Sparkline points={seriesOf(kpi, lead)} unit={lead.unit} /> : null}
      <KpiNote kpi={kpi} agencies={agencies} />
    </div>
  )
}
