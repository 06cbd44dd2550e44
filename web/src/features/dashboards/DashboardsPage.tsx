import { Paper, SimpleGrid, Text, Title } from '@mantine/core'
import { useEffect } from 'react'
import type { AnalyticsStatus } from '../../api/types'
import { Link } from '../../app/router'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { dashboardsMessages } from './messages'
import { isDashboardId } from './filters'
import { Preparing } from './Preparing'

const POLL_SECONDS = 10

/** The leaders' dashboards, and whether their analytical copy is ready yet. */
export default function DashboardsPage() {
  const { t, language, number } = useI18n(dashboardsMessages)
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
      <Title order={1}>{t('dashboards.title')}</Title>
      <Text my="sm">{t('dashboards.intro')}</Text>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {waiting ? <Preparing seconds={POLL_SECONDS} onRetry={reload} /> : null}
      {status?.builtAt ? (
        <Text mb="md">
          {t('dashboards.copy', {
            at: formatDateTime(status.builtAt),
            residents: number(status.residents ?? 0),
          })}
        </Text>
      ) : null}
      {status ? (
        <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" p={0}>
          {status.dashboards
            .filter((d) => isDashboardId(d.id))
            .map((d) => (
              <Paper component="li" withBorder p="md" key={d.id} className="card">
                <Title order={2} size="h3" mb="xs">
                  <Link to={`/dashboards/${d.id}`}>{d.title[language]}</Link>
                </Title>
                <Text>{d.charts.map((c) => c.title[language]).join(' · ')}</Text>
              </Paper>
            ))}
        </SimpleGrid>
      ) : null}
    </>
  )
}
