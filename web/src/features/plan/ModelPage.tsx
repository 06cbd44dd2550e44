import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core'
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
import { planMessages } from './messages'
import { reportsFor, usePlanAccess } from './access'
import { formatIndicator, KpiValue } from './Kpi'
import { agencyName, formatMonth, groupName, inLanguage, modelName, statusName } from './labels'
import { Deadline } from './ModelFacts'
import { ReportView } from './ReportView'
import { ReportStateBadge, StatusBadge } from './StatusBadge'
import { StatusForm } from './StatusForm'

function Facts({ model }: { model: PlanModelDetail }) {
  const { t, language } = useI18n(planMessages)
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
  const i18n = useI18n(planMessages)
  const { t, language, number } = i18n
  const { kpi, breakdown } = model
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="kpi-title">
      <Title order={2} id="kpi-title" mb="xs">
        {t('plan.kpi')}
      </Title>
      <Text mb="xs">{inLanguage(kpi.description, language)}</Text>
      <KpiValue kpi={kpi} agencies={model.lead} all />
      {kpi.trend.length ? (
        <Table.ScrollContainer minWidth={320} mt="sm">
          <Table striped withTableBorder>
            <caption className="visually-hidden">{t('plan.kpi.history')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('plan.month')}</Table.Th>
                <Table.Th scope="col">{t('plan.kpi.figures')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {kpi.trend.map((point) => (
                <Table.Tr key={point.month}>
                  <Table.Th scope="row">{formatMonth(point.month)}</Table.Th>
                  <Table.Td className="plan-wrap">
                    {point.indicators.map((i) => formatIndicator(i18n, i)).join('; ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {breakdown ? (
        <details>
          <summary>{t('plan.kpi.breakdown', { count: number(breakdown.rows.length) })}</summary>
          <Table.ScrollContainer minWidth={320}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('plan.kpi.unit')}</Table.Th>
                  {breakdown.columns.map((c) => (
                    <Table.Th scope="col" key={c.key}>
                      {inLanguage(c.label, language)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {breakdown.rows.map((row) => (
                  <Table.Tr key={row.unitCode}>
                    <Table.Th scope="row" className="mono">
                      {row.unitCode}
                    </Table.Th>
                    {row.values.map((v, i) => (
                      <Table.Td key={breakdown.columns[i]?.key ?? i}>{number(v)}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </details>
      ) : null}
    </Paper>
  )
}

function MonthReports({ model, access }: { model: PlanModelDetail; access: PlanAccess }) {
  const { t, language } = useI18n(planMessages)
  const mine = model.lead.some((a) => reportsFor(access, a.code))
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="month-title">
      <Title order={2} id="month-title" mb="xs">
        {t('plan.model.monthReports', {
          month: formatMonth(model.reports.month),
          due: formatDate(model.reports.dueDate),
        })}
      </Title>
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
        <Button
          component={Link}
          variant="outline"
          to={`/plan/reports?model=${String(model.no)}&month=${model.reports.month}`}
        >
          {t('plan.model.writeReport')}
        </Button>
      ) : null}
    </Paper>
  )
}

function History({ model }: { model: PlanModelDetail }) {
  const { t } = useI18n(planMessages)
  const shown = (field: 'status' | 'deadline', value: string | null): string =>
    value === null ? '—' : field === 'status' ? statusName(t, value) : formatDate(value)
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="history-title">
      <Title order={2} id="history-title" mb="xs">
        {t('plan.history')}
      </Title>
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
    </Paper>
  )
}

function ReportHistory({ model }: { model: PlanModelDetail }) {
  const { t } = useI18n(planMessages)
  const months = [...new Set(model.reportHistory.map((r) => r.month))]
  return (
    <section aria-labelledby="reports-title">
      <Title order={2} id="reports-title" mb="xs">
        {t('plan.model.reportsByMonth')}
      </Title>
      {months.length === 0 ? <p className="empty">{t('plan.model.noReports')}</p> : null}
      {months.map((month) => (
        <section key={month} aria-labelledby={`reports-${month}`} className="plan-month">
          <Title order={3} id={`reports-${month}`} mt="md" mb="xs">
            {t('plan.monthOf', { month: formatMonth(month) })}
          </Title>
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
  const { t, language } = useI18n(planMessages)
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
          <Title order={1}>
            {t('plan.modelNo', { no: model.no })}: {modelName(model, language)}
          </Title>
          <p>
            <StatusBadge status={model.status} />
          </p>
          <Stack gap="md">
            <Paper component="section" withBorder p="md" aria-labelledby="facts-title">
              <Title order={2} id="facts-title" mb="xs">
                {t('plan.model.facts')}
              </Title>
              <Facts model={model} />
            </Paper>
            <KpiSection model={model} />
            {access.state.status === 'ok' ? (
              <MonthReports model={model} access={access.state.data} />
            ) : null}
            {access.state.status === 'ok' && access.state.data.manage ? (
              <StatusForm model={model} onChanged={setChanged} />
            ) : null}
            <History model={model} />
            <ReportHistory model={model} />
          </Stack>
        </>
      ) : null}
    </>
  )
}
