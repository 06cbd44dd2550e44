import { Text } from '@mantine/core'
import type { PlanModelSummary } from '../../api/types'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { planMessages } from './messages'
import { formatMonth } from './labels'

const withoutLeadingZeros = (text: string): string => text.replace(/\b0(\d)/g, '$1')

/** The deadline as a date where there is one, and as the plan wrote it when that says more. */
export function Deadline({ deadline }: { deadline: PlanModelSummary['deadline'] }) {
  const { t } = useI18n(planMessages)
  if (!deadline.date) {
    return (
      <>
        <span lang="vi" translate="no">
          {deadline.text}
        </span>{' '}
        <Text span size="sm" c="dimmed">
          {t('plan.deadline.undated')}
        </Text>
      </>
    )
  }
  const date = formatDate(deadline.date)
  const said = withoutLeadingZeros(deadline.text) !== withoutLeadingZeros(date)
  return (
    <>
      {date}
      {said ? (
        <>
          {' '}
          <Text span size="sm" c="dimmed" lang="vi" translate="no">
            ({deadline.text})
          </Text>
        </>
      ) : null}
    </>
  )
}

/** The month's reports of a model's lead agencies: how many are in, and which are late or missing. */
export function ReportsMarker({ reports }: { reports: PlanModelSummary['reports'] }) {
  const { t } = useI18n(planMessages)
  const total = reports.agencies.length
  const sent = reports.agencies.filter((a) => a.state === 'submitted' || a.state === 'late').length
  return (
    <>
      <span>
        {t('plan.reports.sent', {
          sent,
          total,
          month: formatMonth(reports.month),
        })}
      </span>
      {reports.missing > 0 ? (
        <span className="plan-flag plan-flag-missing">
          <span aria-hidden="true">✗ </span>
          {t('plan.reports.missing', { count: reports.missing })}
        </span>
      ) : null}
      {reports.late > 0 ? (
        <span className="plan-flag plan-flag-late">
          <span aria-hidden="true">! </span>
          {t('plan.reports.late', { count: reports.late })}
        </span>
      ) : null}
    </>
  )
}
