import type { AnalyticsStatus } from '../../api/types'
import { Link } from '../../app/router'
import { useApi } from '../../components/useApi'
import { useI18n } from '../../i18n/i18n'
import { dashboardsMessages } from './messages'

/**
 * A way to the dashboards for those who may read them (analytics.read): the API's status answers
 * them and refuses everyone else, so the link shows exactly where the pages would work.
 */
export function DashboardsLink() {
  const { t } = useI18n(dashboardsMessages)
  const { state } = useApi<AnalyticsStatus>('/api/v1/analytics/status')
  if (state.status !== 'ok') return null
  return (
    <p>
      <Link to="/dashboards">{t('dashboards.staffLink')}</Link>
    </p>
  )
}
