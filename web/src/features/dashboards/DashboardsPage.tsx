import { useEffect } from 'react'
import type { AnalyticsStatus } from '../../api/types'
import { Link } from '../../app/router'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { isDashboardId } from './filters'
import { Preparing } from './Preparing'

const POLL_SECONDS = 10

/** The leaders' dashboards, and whether their analytical copy is ready yet. */
export default function DashboardsPage() {
  const { t, language, number } = useI18n()
  usePageTitle(t('dashboards.title'))
  const { state, reload } = useApi<AnalyticsStatus>('/api/v1/analytics/status')
  const status = state.status === 'ok' ? state.data : null
  const waiting = status !== null && !status.ready

  // While the copy is being built, ask again now and then: the page fills in by itself.
  useEffect(() => {
    if (!waiting) return
    const timer = setTimeout(reload, POLL_SECONDS * 1000)
    return () => {
      clearTimeout(timer)
    }
  }, [waiting, state, reload])

  return (
    <>
      <h1>{t('dashboards.title')}</h1>
      <p>{t('dashboards.intro')}</p>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {waiting ? <Preparing seconds={POLL_SECONDS} onRetry={reload} /> : null}
      {status?.builtAt ? (
        <p>
          {t('dashboards.copy', {
            at: formatDateTime(status.builtAt),
            residents: number(status.residents ?? 0),
          })}
        </p>
      ) : null}
      {status ? (
        <ul className="cards">
          {status.dashboards
            .filter((d) => isDashboardId(d.id))
            .map((d) => (
              <li key={d.id} className="card">
                <h2>
                  <Link to={`/dashboards/${d.id}`}>{d.title[language]}</Link>
                </h2>
                <p>{d.charts.map((c) => c.title[language]).join(' · ')}</p>
              </li>
            ))}
        </ul>
      ) : null}
    </>
  )
}
