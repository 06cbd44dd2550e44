import type { PlanReportState, PlanStatus } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import { reportStateName, statusName } from './labels'

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

export function StatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useI18n()
  return (
    <span className={`plan-badge plan-status-${status}`}>
      <span className="plan-badge-mark" aria-hidden="true">
        {STATUS_MARKS[status]}
      </span>
      {statusName(t, status)}
    </span>
  )
}

export function ReportStateBadge({ state }: { state: PlanReportState }) {
  const { t } = useI18n()
  return (
    <span className={`plan-badge plan-report-${state}`}>
      <span className="plan-badge-mark" aria-hidden="true">
        {REPORT_MARKS[state]}
      </span>
      {reportStateName(t, state)}
    </span>
  )
}
