import { Paper, Text, Title } from '@mantine/core'
import type { PlanAgencyRef, PlanAttachment, PlanReport } from '../../api/types'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { planMessages } from './messages'
import { formatIndicator } from './Kpi'
import { agencyName } from './labels'
import { ReportStateBadge } from './StatusBadge'

const kilobytes = (bytes: number): number => Math.max(1, Math.round(bytes / 1024))

/** A report's file, downloaded under its own name, with its size. */
export function FileLink({ reportId, file }: { reportId: number; file: PlanAttachment }) {
  const { t } = useI18n(planMessages)
  return (
    <>
      <a
        href={`/api/v1/plan/reports/${String(reportId)}/attachments/${String(file.id)}`}
        download={file.fileName}
      >
        {file.fileName}
      </a>{' '}
      <Text span size="sm" c="dimmed">
        {t('plan.report.fileSize', { kb: kilobytes(file.size) })}
      </Text>
    </>
  )
}

/** Where a report stands: a draft, or sent (on time or late), by whom and when. */
export function ReportStanding({ report }: { report: PlanReport }) {
  const { t } = useI18n(planMessages)
  if (report.status === 'draft') {
    return (
      <p>
        <ReportStateBadge state="draft" />{' '}
        {t('plan.report.savedAt', { at: formatDateTime(report.updatedAt) })}
      </p>
    )
  }
  return (
    <p>
      <ReportStateBadge state={report.submittedLate ? 'late' : 'submitted'} />{' '}
      {t('plan.report.submittedAt', {
        at: report.submittedAt ? formatDateTime(report.submittedAt) : '—',
        by: report.submittedBy ?? '—',
      })}
    </p>
  )
}

/** A monthly report as read: its text, figures and files. */
export function ReportView({
  report,
  agencies,
  headingLevel = 3,
}: {
  report: PlanReport
  agencies: PlanAgencyRef[]
  headingLevel?: 2 | 3
}) {
  const i18n = useI18n(planMessages)
  const { t, language } = i18n
  const agency = agencies.find((a) => a.code === report.agencyCode)
  const sections: [string, string][] = [
    [t('plan.report.progress'), report.progress],
    [t('plan.report.obstacles'), report.obstacles],
    [t('plan.report.proposals'), report.proposals],
  ]
  return (
    <Paper
      component="article"
      withBorder
      p="sm"
      mb="sm"
      className="plan-report"
      aria-label={t('plan.report.of', { id: report.id })}
    >
      <Title order={headingLevel} size="h4" mb={4}>
        {agency ? agencyName(agency, language) : report.agencyCode}
      </Title>
      <ReportStanding report={report} />
      <dl className="facts facts-compact">
        {sections.map(([term, text]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd className="plan-text">{text.trim() ? text : '—'}</dd>
          </div>
        ))}
        <div>
          <dt>{t('plan.report.indicators')}</dt>
          <dd>
            {report.indicators.length ? (
              <ul className="plan-indicators">
                {report.indicators.map((indicator, i) => (
                  <li key={`${indicator.label}-${String(i)}`}>
                    {formatIndicator(i18n, indicator)}
                  </li>
                ))}
              </ul>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>{t('plan.report.attachments')}</dt>
          <dd>
            {report.attachments.length ? (
              <ul className="plan-files">
                {report.attachments.map((file) => (
                  <li key={file.id}>
                    <FileLink reportId={report.id} file={file} />
                  </li>
                ))}
              </ul>
            ) : (
              '—'
            )}
          </dd>
        </div>
      </dl>
    </Paper>
  )
}
