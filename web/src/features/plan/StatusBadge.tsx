import { Badge } from '@mantine/core'
import type { PlanReportState, PlanStatus } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import { reportStateName, statusName } from './labels'
import { planMessages } from './messages'

// A mark beside each colour, so that no state is told by colour alone (WCAG 1.4.1).
const STATUS_MARKS: Record<PlanStatus, string> = {
  not_started: '○',
  in_progress: '◐',
  done: '✓',
  overdue: '!',
}

const REPORT_MARKS: Record<PlanReportState, string> = {
  submitted: '✓',
  late: '!',
  draft: '✎',
  due: '…',
  missing: '✗',
}

/** The state's name last in the badge (tests and screen readers read it there), its mark before. */
function StateBadge({ state, mark, name }: { state: string; mark: string; name: string }) {
  return (
    <Badge
      component="span"
      variant="outline"
      tt="none"
      className={`plan-badge ${state}`}
      leftSection={
        <span className="plan-badge-mark" aria-hidden="true">
          {mark}
        </span>
      }
    >
      {name}
    </Badge>
  )
}

export function StatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useI18n(planMessages)
  return (
    <StateBadge
      state={`plan-status-${status}`}
      mark={STATUS_MARKS[status]}
      name={statusName(t, status)}
    />
  )
}

export function ReportStateBadge({ state }: { state: PlanReportState }) {
  const { t } = useI18n(planMessages)
  return (
    <StateBadge
      state={`plan-report-${state}`}
      mark={REPORT_MARKS[state]}
      name={reportStateName(t, state)}
    />
  )
}
