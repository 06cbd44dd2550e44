import { Button, Title } from '@mantine/core'
import type { AnalyticsDashboard } from '../../api/types'
import type { PageProps } from '../../app/routes'
import { Link } from '../../app/router'
import { Chart, type ChartExport } from '../../components/Chart'
import { ErrorMessage, Loading } from '../../components/Status'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDate, formatDateTime } from '../../i18n/format'
import { useI18n, type I18n } from '../../i18n/i18n'
import { dashboardsMessages, type DashboardsKey } from './messages'
import { DashboardFilters } from './DashboardFilters'
import { DASHBOARDS, filterQuery, isDashboardId, useFilters, type DashboardId } from './filters'
import { PopulationMap } from './PopulationMap'
import { Preparing } from './Preparing'
import { seriesOf } from './series'
import { useAnalytics } from './useAnalytics'

/** What the figures cover, in words: printed and carried into every exported picture. */
function scopeOf({ t }: I18n<DashboardsKey>, { filters, copy }: AnalyticsDashboard): string[] {
  const area = filters.unit
    ? filters.unit.name
    : t('dashboards.scope.communes', { count: filters.communes?.length ?? 0 })
  const when = filters.asOf
    ? t('dashboards.scope.asOf', { date: formatDate(filters.asOf) })
    : t('dashboards.scope.period', {
        from: formatDate(filters.from ?? ''),
        to: formatDate(filters.to ?? ''),
      })
  return [
    `${area} · ${when} · ${t('dashboards.scope.structure', { structure: filters.structure })}`,
    t('dashboards.scope.builtAt', { at: formatDateTime(copy.builtAt) }),
  ]
}

function Charts({
  dashboard,
  data,
  query,
}: {
  dashboard: DashboardId
  data: AnalyticsDashboard
  query: string
}) {
  const i18n = useI18n(dashboardsMessages)
  const scope = scopeOf(i18n, data)
  const exportsOf = (chart: string): ChartExport => {
    const base = new URLSearchParams(query)
    base.set('chart', chart)
    base.set('lang', i18n.language)
    const href = (format: 'csv' | 'xlsx') =>
      `/api/v1/analytics/${dashboard}/export?${base.toString()}&format=${format}`
    return {
      csv: href('csv'),
      xlsx: href('xlsx'),
      fileName: `${dashboard}-${chart}`,
      context: scope,
    }
  }
  const byUnit = data.charts.find((c) => c.id === 'by-unit')
  return (
    <>
      <div className="dashboard-scope">
        {scope.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {data.charts.map((chart) => (
        <div key={chart.id} className="chart-slot">
          <Chart
            chart={chart}
            series={seriesOf(dashboard, chart.id)}
            granularity={data.filters.granularity}
            exports={exportsOf(chart.id)}
          />
          {dashboard === 'population' && chart.id === 'summary' && byUnit ? (
            <PopulationMap
              byUnit={byUnit}
              structure={data.filters.structure}
              exports={exportsOf(byUnit.id)}
            />
          ) : null}
        </div>
      ))}
    </>
  )
}

/** One leaders' dashboard: its filters in the address, its charts, their exports, a print view. */
function Dashboard({ id }: { id: DashboardId }) {
  const { t, language } = useI18n(dashboardsMessages)
  const { filters } = useFilters(id)
  const query = filterQuery(filters, DASHBOARDS[id]).toString()
  const { state, reload, waitSeconds } = useAnalytics<AnalyticsDashboard>(
    `/api/v1/analytics/${id}${query ? `?${query}` : ''}`,
  )
  const data = state.status === 'ok' ? state.data : null
  const title = data ? data.title[language] : t('dashboards.title')
  usePageTitle(title)
  return (
    <div className="dashboard">
      <p className="no-print">
        <Link to="/dashboards">{t('dashboards.back')}</Link>
      </p>
      <Title order={1}>{title}</Title>
      <p className="no-print">
        <Button
          type="button"
          variant="outline"
          onClick={() => {
            window.print()
          }}
        >
          {t('dashboards.print')}
        </Button>
      </p>
      <DashboardFilters dashboard={id} shown={data?.filters ?? null} />
      {state.status === 'loading' ? <Loading /> : null}
      {waitSeconds !== undefined ? (
        <Preparing seconds={waitSeconds} onRetry={reload} />
      ) : state.status === 'error' ? (
        <ErrorMessage error={state.error} onRetry={reload} />
      ) : null}
      {data ? <Charts dashboard={id} data={data} query={query} /> : null}
    </div>
  )
}

function UnknownDashboard() {
  const { t } = useI18n(dashboardsMessages)
  usePageTitle(t('dashboards.unknown'))
  return (
    <>
      <Title order={1}>{t('dashboards.unknown')}</Title>
      <p>
        <Link to="/dashboards">{t('dashboards.back')}</Link>
      </p>
    </>
  )
}

export default function DashboardPage({ params }: PageProps) {
  const id = params.dashboard
  return isDashboardId(id) ? <Dashboard id={id} /> : <UnknownDashboard />
}
