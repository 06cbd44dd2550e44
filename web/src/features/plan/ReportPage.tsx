import { Alert, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import type { PlanAccess, PlanModelDetail, PlanReport, PlanScorecard } from '../../api/types'
import { Link, navigate, useLocation } from '../../app/router'
import { useRequirement } from '../../components/Requirement'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { planMessages } from './messages'
import { reportsFor, usePlanAccess } from './access'
import { DraftForm } from './DraftForm'
import { agencyName, formatMonth, isMonth, modelName, monthBefore } from './labels'
import { ReportView } from './ReportView'
import { ReportStateBadge } from './StatusBadge'

/** How far back the month list goes: past months' reports stay readable (the server closes them). */
const MONTHS_SHOWN = 6

const reportHref = (month: string, no?: number, agency?: string): string => {
  const query = new URLSearchParams({ month })
  if (no !== undefined) query.set('model', String(no))
  if (agency) query.set('agency', agency)
  return `/plan/reports?${query.toString()}`
}

function MonthPicker({ month, current }: { month: string; current: string }) {
  const { t } = useI18n(planMessages)
  const months = Array.from({ length: MONTHS_SHOWN }, (_, i) => monthBefore(current, i))
  if (!months.includes(month)) months.unshift(month)
  return (
    <NativeSelect
      id="report-month"
      label={t('plan.month')}
      maw="20rem"
      value={month}
      data={months.map((m) => ({ value: m, label: formatMonth(m) }))}
      onChange={(e) => {
        navigate(reportHref(e.currentTarget.value), { replace: true })
      }}
    />
  )
}

/** The caller's (model, lead agency) pairs of the month, each with where its report stands. */
function ModelList({ data, access }: { data: PlanScorecard; access: PlanAccess }) {
  const { t, language } = useI18n(planMessages)
  const rows = data.models.flatMap((model) =>
    model.reports.agencies
      .filter((a) => reportsFor(access, a.agencyCode))
      .map((a) => ({ model, state: a, agency: model.lead.find((l) => l.code === a.agencyCode) })),
  )
  if (rows.length === 0) return <p className="empty">{t('plan.report.noModels')}</p>
  return (
    <Stack component="ul" gap="sm" p={0} className="plan-report-list">
      {rows.map(({ model, state, agency }) => (
        <Paper
          component="li"
          withBorder
          p="sm"
          key={`${String(model.no)}-${state.agencyCode}`}
          className="plan-report-item"
        >
          <Title order={2} size="h4" mb={4}>
            <Link to={reportHref(data.month, model.no, state.agencyCode)}>
              {t('plan.modelNo', { no: model.no })}: {modelName(model, language)}
            </Link>
          </Title>
          {model.lead.length > 1 || access.report === 'all' ? (
            <Text size="sm" mb={4}>
              {t('plan.report.forAgency', {
                agency: agency ? agencyName(agency, language) : state.agencyCode,
              })}
            </Text>
          ) : null}
          <ReportStateBadge state={state.state} />
        </Paper>
      ))}
    </Stack>
  )
}

/** The report of one model for one month: a draft to write, or the report as it was sent. */
function ReportEditor({
  no,
  month,
  agency,
  access,
  onSaved,
}: {
  no: number
  month: string
  agency: string | null
  access: PlanAccess
  onSaved: () => void
}) {
  const { t, language } = useI18n(planMessages)
  const loaded = useApi<PlanModelDetail>(`/api/v1/plan/models/${String(no)}`)
  const [latest, setLatest] = useState<PlanReport | null>(null)
  if (loaded.state.status === 'loading') return <Loading />
  if (loaded.state.status === 'error')
    return <ErrorMessage error={loaded.state.error} onRetry={loaded.reload} focus />
  const model = loaded.state.data
  const mine = model.lead.filter((a) => reportsFor(access, a.code))
  const chosen = mine.find((a) => a.code === agency) ?? (mine.length === 1 ? mine[0] : undefined)
  if (!chosen) {
    // The standing office reports for any lead agency: which one, when the model has several.
    return (
      <ul className="plan-agency-choice">
        {mine.map((a) => (
          <li key={a.code}>
            <Link to={reportHref(month, no, a.code)}>
              {t('plan.report.forAgency', { agency: agencyName(a, language) })}
            </Link>
          </li>
        ))}
      </ul>
    )
  }
  const report =
    latest ?? model.reportHistory.find((r) => r.month === month && r.agencyCode === chosen.code)
  const saved = (next: PlanReport) => {
    setLatest(next)
    onSaved()
  }
  return (
    <>
      <p>
        <strong>
          {t('plan.modelNo', { no: model.no })}: {modelName(model, language)}
        </strong>
        <br />
        {t('plan.report.forAgency', { agency: agencyName(chosen, language) })}
      </p>
      {report?.status === 'submitted' ? (
        <>
          {latest ? (
            <Alert role="status" color="green" variant="light" mb="md">
              {t('plan.report.submittedNotice')}
            </Alert>
          ) : null}
          <ReportView report={report} agencies={model.lead} headingLevel={2} />
        </>
      ) : (
        <DraftForm
          model={model}
          month={month}
          agencyCode={chosen.code}
          report={report}
          onSaved={saved}
        />
      )}
      <p>
        <Link to={`/plan/models/${String(no)}`}>{t('plan.report.modelPage', { no })}</Link>
      </p>
    </>
  )
}

/** The monthly reports of an agency reporter (or the standing office, for any lead agency). */
export default function ReportPage() {
  const { t } = useI18n(planMessages)
  usePageTitle(t('plan.report.title'))
  const { query } = useLocation()
  const asked = query.get('month')
  const month = isMonth(asked) ? asked : null
  const model = /^\d{1,3}$/.test(query.get('model') ?? '') ? Number(query.get('model')) : null
  const agency = query.get('agency')
  const requirement = useRequirement({ permission: 'plan.report', who: 'need.who.planReport' })
  const access = usePlanAccess()
  const scorecard = useApi<PlanScorecard>(`/api/v1/plan/models${month ? `?month=${month}` : ''}`)
  const heading = useRef<HTMLHeadingElement>(null)
  const modelShown = useRef(model)
  const saved = useRef(false)
  const reloadList = scorecard.reload

  // Choosing a model or going back changes the query only, not the page: focus goes to the new
  // heading, and the list is asked again if a report changed meanwhile.
  useEffect(() => {
    if (modelShown.current === model) return
    modelShown.current = model
    heading.current?.focus()
    if (model === null && saved.current) {
      saved.current = false
      reloadList()
    }
  }, [model, reloadList])

  if (requirement.blocked)
    return (
      <>
        <h1>{t('plan.report.title')}</h1>
        {requirement.notice}
        {/* A committee member reads the reports on the scorecard. */}
        {access.state.status === 'ok' ? <Link to="/plan">{t('plan.backToScorecard')}</Link> : null}
      </>
    )
  for (const loaded of [access, scorecard]) {
    if (loaded.state.status === 'error')
      return (
        <>
          <h1>{t('plan.report.title')}</h1>
          <ErrorMessage error={loaded.state.error} onRetry={loaded.reload} />
        </>
      )
  }
  if (access.state.status !== 'ok' || scorecard.state.status !== 'ok') return <Loading />
  const data = scorecard.state.data
  const rights = access.state.data
  const shown = month ?? data.month

  return (
    <>
      <p>
        <Link to={model === null ? '/plan' : reportHref(shown)}>
          ← {model === null ? t('plan.backToScorecard') : t('plan.report.backToList')}
        </Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {model === null
          ? t('plan.report.title')
          : t('plan.report.editorTitle', { no: model, month: formatMonth(shown) })}
      </h1>
      <p>{t('plan.report.due', { month: formatMonth(shown), due: formatDate(data.dueDate) })}</p>
      {model === null ? (
        <>
          <Paper component="form" withBorder p="md" mb="md" aria-label={t('plan.month')}>
            <MonthPicker month={shown} current={data.today.slice(0, 7)} />
          </Paper>
          <ModelList data={data} access={rights} />
        </>
      ) : (
        <ReportEditor
          key={`${String(model)}-${shown}-${agency ?? ''}`}
          no={model}
          month={shown}
          agency={agency}
          access={rights}
          onSaved={() => {
            saved.current = true
          }}
        />
      )}
    </>
  )
}
