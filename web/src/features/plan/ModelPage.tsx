import { useState } from 'react'
import type { ReactNode } from 'react'
import type { PlanAccess, PlanModelDetail } from '../../api/types'
import { Link } from '../../app/router'
import type { PageProps } from '../../app/routes'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDate, formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { reportsFor, usePlanAccess } from './access'
import { formatIndicator, KpiValue } from './Kpi'
import { agencyName, formatMonth, groupName, inLanguage, modelName, statusName } from './labels'
import { Deadline } from './ModelFacts'
import { ReportView } from './ReportView'
import { ReportStateBadge, StatusBadge } from './StatusBadge'
import { StatusForm } from './StatusForm'

function Facts({ model }: { model: PlanModelDetail }) {
  const { t, language } = useI18n()
  const names = (list: PlanModelDetail['lead'], text: string) =>
    list.length ? list.map((a) => agencyName(a, language)).join('; ') : text
  const rows: [string, ReactNode][] = [
    [
      t('plan.group'),
      t('plan.groupHeading', { group: model.group, name: groupName(t, model.group) }),
    ],
    // Both official names, each in its own language whatever the page's (not to be translated).
    [
      t('plan.nameVi'),
      <span lang="vi" translate="no">
        {model.nameVi}
      </span>,
    ],
    [
      t('plan.nameEn'),
      <span lang="en" translate="no">
        {model.nameEn}
      </span>,
    ],
    [t('plan.deadline'), <Deadline deadline={model.deadline} />],
    [t('plan.lead'), names(model.lead, model.leadText)],
    [t('plan.coordinate'), names(model.coordinate, model.coordinateText)],
    // The plan's own words, quoted in Vietnamese on every page.
    [
      t('plan.forces'),
      <span lang="vi" translate="no">
        {model.forces}
      </span>,
    ],
    [
      t('plan.platform'),
      model.platform ? (
        <span lang="vi" translate="no">
          {model.platform}
        </span>
      ) : (
        '—'
      ),
    ],
    [t('plan.platformDelivers'), inLanguage(model.platformDelivers, language) || '—'],
  ]
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

function KpiSection({ model }: { model: PlanModelDetail }) {
  const i18n = useI18n()
  const { t, language, number } = i18n
  const { kpi, breakdown } = model
  return (
    <section aria-labelledby="kpi-title" className="panel">
      <h2 id="kpi-title">{t('plan.kpi')}</h2>
      <p>{inLanguage(kpi.description, language)}</p>
      <KpiValue kpi={kpi} agencies={model.lead} all />
      {kpi.trend.length ? (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('plan.kpi.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.month')}</th>
                <th scope="col">{t('plan.kpi.figures')}</th>
              </tr>
            </thead>
            <tbody>
              {kpi.trend.map((point) => (
                <tr key={point.month}>
                  <th scope="row">{formatMonth(point.month)}</th>
                  <td className="plan-wrap">
                    {point.indicators.map((i) => formatIndicator(i18n, i)).join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {breakdown ? (
        <details>
          <summary>{t('plan.kpi.breakdown', { count: number(breakdown.rows.length) })}</summary>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('plan.kpi.unit')}</th>
                  {breakdown.columns.map((c) => (
                    <th scope="col" key={c.key}>
                      {inLanguage(c.label, language)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {breakdown.rows.map((row) => (
                  <tr key={row.unitCode}>
                    <th scope="row" className="mono">
                      {row.unitCode}
                    </th>
                    {row.values.map((v, i) => (
                      <td key={breakdown.columns[i]?.key ?? i}>{number(v)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </section>
  )
}

function MonthReports({ model, access }: { model: PlanModelDetail; access: PlanAccess }) {
  const { t, language } = useI18n()
  const mine = model.lead.some((a) => reportsFor(access, a.code))
  return (
    <section aria-labelledby="month-title" className="panel">
      <h2 id="month-title">
        {t('plan.model.monthReports', {
          month: formatMonth(model.reports.month),
          due: formatDate(model.reports.dueDate),
        })}
      </h2>
      <ul className="plan-agency-states">
        {model.reports.agencies.map((a) => {
          const agency = model.lead.find((l) => l.code === a.agencyCode)
          return (
            <li key={a.agencyCode}>
              {agency ? agencyName(agency, language) : a.agencyCode}:{' '}
              <ReportStateBadge state={a.state} />
            </li>
          )
        })}
      </ul>
      {mine ? (
        <Link
          className="button button-secondary"
          to={`/plan/reports?model=${String(model.no)}&month=${model.reports.month}`}
        >
          {t('plan.model.writeReport')}
        </Link>
      ) : null}
    </section>
  )
}

function History({ model }: { model: PlanModelDetail }) {
  const { t } = useI18n()
  const shown = (field: 'status' | 'deadline', value: string | null): string =>
    value === null ? '—' : field === 'status' ? statusName(t, value) : formatDate(value)
  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">{t('plan.history')}</h2>
      {model.history.length ? (
        <ol className="log plan-history">
          {model.history.map((change) => (
            <li key={`${change.changedAt}-${change.field}`} className="log-entry">
              <p className="log-what">
                {t(change.field === 'status' ? 'plan.history.status' : 'plan.history.deadline', {
                  from: shown(change.field, change.from),
                  to: shown(change.field, change.to),
                })}
              </p>
              <p>{t('plan.history.reason', { reason: change.reason })}</p>
              <p className="log-when">
                {t('plan.history.by', {
                  who: change.changedBy ?? t('plan.history.unknown'),
                  at: formatDateTime(change.changedAt),
                })}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty">{t('plan.history.none')}</p>
      )}
    </section>
  )
}

function ReportHistory({ model }: { model: PlanModelDetail }) {
  const { t } = useI18n()
  const months = [...new Set(model.reportHistory.map((r) => r.month))]
  return (
    <section aria-labelledby="reports-title">
      <h2 id="reports-title">{t('plan.model.reportsByMonth')}</h2>
      {months.length === 0 ? <p className="empty">{t('plan.model.noReports')}</p> : null}
      {months.map((month) => (
        <section key={month} aria-labelledby={`reports-${month}`} className="plan-month">
          <h3 id={`reports-${month}`}>{t('plan.monthOf', { month: formatMonth(month) })}</h3>
          {model.reportHistory
            .filter((r) => r.month === month)
            .map((report) => (
              <ReportView key={report.id} report={report} agencies={model.lead} />
            ))}
        </section>
      ))}
    </section>
  )
}

/** One model: its facts, KPI and history, the month's reports, and the office's status decision. */
export default function ModelPage({ params }: PageProps) {
  const { t, language } = useI18n()
  const no = params.no ?? ''
  const access = usePlanAccess()
  // The server says which numbers exist; only what is not a number at all is not asked.
  const isNumber = /^\d{1,3}$/.test(no)
  const loaded = useApi<PlanModelDetail>(isNumber ? `/api/v1/plan/models/${no}` : null)
  const [changed, setChanged] = useState<PlanModelDetail | null>(null)
  const model = changed ?? (loaded.state.status === 'ok' ? loaded.state.data : null)
  usePageTitle(model ? t('plan.modelNo', { no: model.no }) : t('plan.model.title'))

  return (
    <>
      <p>
        <Link to="/plan">← {t('plan.backToScorecard')}</Link>
      </p>
      {!isNumber ? (
        <>
          <h1>{t('plan.model.title')}</h1>
          <p>{t('plan.model.notFound')}</p>
        </>
      ) : loaded.state.status === 'loading' ? (
        <Loading />
      ) : null}
      {loaded.state.status === 'error' ? (
        <>
          <h1>{t('plan.model.title')}</h1>
          <ErrorMessage error={loaded.state.error} onRetry={loaded.reload} />
        </>
      ) : null}
      {model ? (
        <>
          <h1>
            {t('plan.modelNo', { no: model.no })}: {modelName(model, language)}
          </h1>
          <p>
            <StatusBadge status={model.status} />
          </p>
          <section aria-labelledby="facts-title" className="panel">
            <h2 id="facts-title">{t('plan.model.facts')}</h2>
            <Facts model={model} />
          </section>
          <KpiSection model={model} />
          {access.state.status === 'ok' ? (
            <MonthReports model={model} access={access.state.data} />
          ) : null}
          {access.state.status === 'ok' && access.state.data.manage ? (
            <StatusForm model={model} onChanged={setChanged} />
          ) : null}
          <History model={model} />
          <ReportHistory model={model} />
        </>
      ) : null}
    </>
  )
}
