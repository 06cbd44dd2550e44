import type { PlanAccess, PlanAgency, PlanModelSummary, PlanScorecard } from '../../api/types'
import { Link, navigate, useLocation } from '../../app/router'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { DashboardsLink } from '../dashboards'
import { usePlanAccess } from './access'
import { ConsolidationPanel } from './ConsolidationPanel'
import { KpiValue } from './Kpi'
import { GROUPS, STATUSES, agencyName, formatMonth, groupName, isGroup, modelName } from './labels'
import { Deadline, ReportsMarker } from './ModelFacts'
import { StatusBadge } from './StatusBadge'

const AGENCY_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/

/** The filters as the address holds them (a view can be shared), checked as the server would. */
function useFilters(): { agency: string | null; group: string | null; set: FilterSetter } {
  const { query } = useLocation()
  const agency = query.get('agency')
  const group = query.get('group')
  const set: FilterSetter = (name, value) => {
    const next = new URLSearchParams(query)
    if (value) next.set(name, value)
    else next.delete(name)
    const search = next.toString()
    navigate(search ? `/plan?${search}` : '/plan', { replace: true })
  }
  return {
    agency: agency && AGENCY_CODE.test(agency) ? agency : null,
    group: isGroup(group) ? group : null,
    set,
  }
}
type FilterSetter = (name: 'agency' | 'group', value: string) => void

function Filters({ access }: { access: PlanAccess }) {
  const { t, language } = useI18n()
  const { agency, group, set } = useFilters()
  const agencies = useApi<{ agencies: PlanAgency[] }>(
    access.read === 'all' ? '/api/v1/plan/agencies' : null,
  )
  const choices = agencies.state.status === 'ok' ? agencies.state.data.agencies : []
  return (
    <form className="panel plan-filters" aria-label={t('plan.filter.label')} role="search">
      {access.read === 'all' ? (
        <div className="field">
          <label htmlFor="plan-agency">{t('plan.filter.agency')}</label>
          <select
            id="plan-agency"
            value={agency ?? ''}
            onChange={(e) => {
              set('agency', e.target.value)
            }}
          >
            <option value="">{t('plan.filter.allAgencies')}</option>
            {choices.map((a) => (
              <option key={a.code} value={a.code}>
                {agencyName(a, language)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="plan-group">{t('plan.filter.group')}</label>
        <select
          id="plan-group"
          value={group ?? ''}
          onChange={(e) => {
            set('group', e.target.value)
          }}
        >
          <option value="">{t('plan.filter.allGroups')}</option>
          {GROUPS.map((g) => (
            <option key={g} value={g}>
              {t('plan.groupHeading', { group: g, name: groupName(t, g) })}
            </option>
          ))}
        </select>
      </div>
    </form>
  )
}

function ModelCard({ model }: { model: PlanModelSummary }) {
  const { t, language } = useI18n()
  const title = `plan-model-${String(model.no)}`
  return (
    <li className={`plan-card plan-status-${model.status}`}>
      <article aria-labelledby={title}>
        <h3 id={title}>
          <Link to={`/plan/models/${String(model.no)}`}>
            {t('plan.modelNo', { no: model.no })}: {modelName(model, language)}
          </Link>
        </h3>
        <StatusBadge status={model.status} />
        <dl className="plan-card-facts">
          <div>
            <dt>{t('plan.deadline')}</dt>
            <dd>
              <Deadline deadline={model.deadline} />
            </dd>
          </div>
          <div>
            <dt>{t('plan.lead')}</dt>
            <dd>{model.lead.map((a) => agencyName(a, language)).join('; ')}</dd>
          </div>
          <div>
            <dt>{t('plan.kpi')}</dt>
            <dd>
              <KpiValue kpi={model.kpi} agencies={model.lead} />
            </dd>
          </div>
          <div>
            <dt>{t('plan.reports')}</dt>
            <dd className="plan-reports">
              <ReportsMarker reports={model.reports} />
            </dd>
          </div>
        </dl>
      </article>
    </li>
  )
}

function Totals({ models }: { models: PlanModelSummary[] }) {
  const { t, number } = useI18n()
  return (
    <ul className="plan-totals" aria-label={t('plan.totals')}>
      {STATUSES.map((status) => (
        <li key={status}>
          <StatusBadge status={status} />{' '}
          <strong>{number(models.filter((m) => m.status === status).length)}</strong>
        </li>
      ))}
    </ul>
  )
}

function Scorecard({ data }: { data: PlanScorecard }) {
  const { t, number } = useI18n()
  return (
    <>
      <p>
        {t('plan.scorecard.month', {
          month: formatMonth(data.month),
          due: formatDate(data.dueDate),
        })}
      </p>
      <Totals models={data.models} />
      <p role="status">{t('plan.scorecard.count', { count: number(data.models.length) })}</p>
      {data.models.length === 0 ? <p className="empty">{t('plan.scorecard.none')}</p> : null}
      {GROUPS.map((group) => {
        const models = data.models.filter((m) => m.group === group)
        if (models.length === 0) return null
        return (
          <section key={group} aria-labelledby={`plan-group-${group}`}>
            <h2 id={`plan-group-${group}`}>
              {t('plan.groupHeading', { group, name: groupName(t, group) })}
            </h2>
            <ul className="plan-grid">
              {models.map((model) => (
                <ModelCard key={model.no} model={model} />
              ))}
            </ul>
          </section>
        )
      })}
    </>
  )
}

/** The committee's scorecard of the 43 models, by group, filtered by agency and group. */
export default function ScorecardPage() {
  const { t } = useI18n()
  usePageTitle(t('plan.scorecard.title'))
  const { agency, group } = useFilters()
  const access = usePlanAccess()
  const query = new URLSearchParams()
  if (agency) query.set('agency', agency)
  if (group) query.set('group', group)
  const search = query.toString()
  const scorecard = useApi<PlanScorecard>(`/api/v1/plan/models${search ? `?${search}` : ''}`)

  return (
    <>
      <h1>{t('plan.scorecard.title')}</h1>
      <p>{t('plan.scorecard.intro')}</p>
      <DashboardsLink />
      {access.state.status === 'error' ? (
        <ErrorMessage error={access.state.error} onRetry={access.reload} />
      ) : null}
      {access.state.status === 'ok' ? (
        <>
          {access.state.data.report !== 'none' ? (
            <p>
              <Link to="/plan/reports" className="button">
                {t('plan.reportLink')}
              </Link>
            </p>
          ) : null}
          <Filters access={access.state.data} />
        </>
      ) : null}
      {scorecard.state.status === 'loading' ? <Loading /> : null}
      {scorecard.state.status === 'error' ? (
        <ErrorMessage error={scorecard.state.error} onRetry={scorecard.reload} />
      ) : null}
      {scorecard.state.status === 'ok' ? <Scorecard data={scorecard.state.data} /> : null}
      {access.state.status === 'ok' &&
      access.state.data.read === 'all' &&
      scorecard.state.status === 'ok' ? (
        <ConsolidationPanel
          month={scorecard.state.data.month}
          canIssue={access.state.data.manage}
        />
      ) : null}
    </>
  )
}
