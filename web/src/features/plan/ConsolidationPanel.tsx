import { useState } from 'react'
import { api } from '../../api/client'
import type { PlanConsolidation } from '../../api/types'
import { ErrorMessage, Loading, Notice } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { formatMonth } from './labels'

const FILES = '/api/v1/plan/consolidations'

function Consolidation({ item }: { item: PlanConsolidation }) {
  const { t } = useI18n()
  const { models, reports } = item.totals
  return (
    <li className="log-entry">
      <h3>{t('plan.consolidation.number', { number: item.number, year: item.year })}</h3>
      <p className="log-when">
        {t('plan.consolidation.issuedAt', { at: formatDateTime(item.issuedAt) })}
      </p>
      <p>
        {t('plan.consolidation.totals', {
          done: models.done,
          overdue: models.overdue,
          submitted: reports.submitted + reports.late,
          expected: reports.expected,
          missing: reports.missing,
        })}
      </p>
      <p className="actions">
        <a className="button button-secondary" href={`${FILES}/${String(item.id)}/report.pdf`}>
          {t('plan.consolidation.pdf', { number: item.number })}
        </a>
        <a className="button button-secondary" href={`${FILES}/${String(item.id)}/figures.xlsx`}>
          {t('plan.consolidation.xlsx', { number: item.number })}
        </a>
      </p>
    </li>
  )
}

/**
 * The month's consolidated reports for the committee, as PDF and XLSX; the standing office issues
 * them (again, under a new number, when late reports come in).
 */
export function ConsolidationPanel({ month, canIssue }: { month: string; canIssue: boolean }) {
  const { t } = useI18n()
  const list = useApi<{ consolidations: PlanConsolidation[] }>(`${FILES}?month=${month}`)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const [issued, setIssued] = useState<PlanConsolidation | null>(null)

  const issue = () => {
    setBusy(true)
    setFailure(null)
    api<PlanConsolidation>(FILES, { method: 'POST', body: { month } }).then(
      (made) => {
        setBusy(false)
        setIssued(made)
        list.reload()
      },
      (error: unknown) => {
        setBusy(false)
        setFailure(error)
      },
    )
  }

  return (
    <section aria-labelledby="plan-consolidation" className="panel">
      <h2 id="plan-consolidation">
        {t('plan.consolidation.title', { month: formatMonth(month) })}
      </h2>
      <p>{t('plan.consolidation.intro')}</p>
      {canIssue ? (
        <button type="button" className="button" disabled={busy} onClick={issue}>
          {busy
            ? t('common.sending')
            : t('plan.consolidation.issue', { month: formatMonth(month) })}
        </button>
      ) : null}
      {issued ? (
        <Notice kind="success">
          {t('plan.consolidation.issued', { number: issued.number, year: issued.year })}
        </Notice>
      ) : null}
      {failure ? <ErrorMessage error={failure} focus /> : null}
      {list.state.status === 'loading' ? <Loading /> : null}
      {list.state.status === 'error' ? (
        <ErrorMessage error={list.state.error} onRetry={list.reload} />
      ) : null}
      {list.state.status === 'ok' ? (
        list.state.data.consolidations.length ? (
          <ul className="log plan-consolidations">
            {list.state.data.consolidations.map((item) => (
              <Consolidation key={item.id} item={item} />
            ))}
          </ul>
        ) : (
          <p className="empty">{t('plan.consolidation.none')}</p>
        )
      ) : null}
    </section>
  )
}
