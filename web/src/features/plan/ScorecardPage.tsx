import { Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Text, Title } from '@mantine/core'
import type { PlanAccess, PlanAgency, PlanModelSummary, PlanScorecard } from '../../api/types'
import { Link, navigate, useLocation } from '../../app/router'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { planMessages } from './messages'
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
  const { t, language } = useI18n(planMessages)
  const { agency, group, set } = useFilters()
  const agencies = useApi<{ agencies: PlanAgency[] }>(
    access.read === 'all' ? '/api/v1/plan/agencies' : null,
  )
  const choices = agencies.state.status === 'ok' ? agencies.state.data.agencies : []
  return (
    <Paper
      component="form"
      withBorder
      p="md"
      mb="md"
      aria-label={t('plan.filter.label')}
      role="search"
    >
      <SimpleGrid cols={{ base: 1, sm: access.read === 'all' ? 2 : 1 }} spacing="md">
        {access.read === 'all' ? (
          <NativeSelect
            id="plan-agency"
            label={t('plan.filter.agency')}
            value={agency ?? ''}
            data={[
              { value: '', label: t('plan.filter.allAgencies') },
              ...choices.map((a) => ({ value: a.code, label: agencyName(a, language) })),
            ]}
            onChange={(e) => {
              set('agency', e.currentTarget.value)
            }}
          />
        ) : null}
        <NativeSelect
          id="plan-group"
          label={t('plan.filter.group')}
          value={group ?? ''}
          data={[
            { value: '', label: t('plan.filter.allGroups') },
            ...GROUPS.map((g) => ({
              value: g,
              label: t('plan.groupHeading', { group: g, name: groupName(t, g) }),
            })),
          ]}
          onChange={(e) => {
            set('group', e.currentTarget.value)
          }}
        />
      </SimpleGrid>
    </Paper>
  )
}

function ModelCard({ model }: { model: PlanModelSummary }) {
  const { t, language } = useI18n(planMessages)
  const title = `plan-model-${String(model.no)}`
  return (
    <Paper component="li" withBorder p="sm" className={`plan-card plan-status-${model.status}`}>
      <article aria-labelledby={title}>
        <Title order={3} size="h4" mb="xs" id={title}>
          <Link to={`/plan/models/${String(model.no)}`}>
            {t('plan.modelNo', { no: model.no })}: {modelName(model, language)}
          </Link>
        </Title>
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
    </Paper>
  )
}

function Totals({ models }: { models: PlanModelSummary[] }) {
  const { t, number } = useI18n(planMessages)
  return (
    <Group
      component="ul"
      gap="md"
      p={0}
      mb="sm"
      className="plan-totals"
      aria-label={t('plan.totals')}
    >
      {STATUSES.map((status) => (
        <Group component="li" gap={6} key={status}>
          <StatusBadge status={status} />{' '}
          <Badge component="strong" variant="light" color="gray" size="lg">
            {number(models.filter((m) => m.status === status).length)}
          </Badge>
        </Group>
      ))}
    </Group>
  )
}

function Scorecard({ data }: { data: PlanScorecard }) {
  const { t, number } = useI18n(planMessages)
  return (
    <>
      <Text mb="sm">
        {t('plan.scorecard.month', {
          month: formatMonth(data.month),
          due: formatDate(data.dueDate),
        })}
      </Text>
      <Totals models={data.models} />
      <p role="status">{t('plan.scorecard.count', { count: number(data.models.length) })}</p>
      {data.models.length === 0 ? <p className="empty">{t('plan.scorecard.none')}</p> : null}
      {GROUPS.map((group) => {
        const models = data.models.filter((m) => m.group === group)
        if (models.length === 0) return null
        return (
          <section key={group} aria-labelledby={`plan-group-${group}`}>
            <Title order={2} id={`plan-group-${group}`} mt="lg" mb="sm">
              {t('plan.groupHeading', { group, name: groupName(t, group) })}
            </Title>
            <SimpleGrid
              component="ul"
              cols={{ base: 1, sm: 2, lg: 3 }}
              spacing="md"
              p={0}
              className="plan-grid"
            >
              {models.map((model) => (
                <ModelCard key={model.no} model={model} />
              ))}
            </SimpleGrid>
          </section>
        )
      })}
    </>
  )
}

/** The committee's scorecard of the 43 models, by group, filtered by agency and group. */
export default function ScorecardPage() {
  const { t } = useI18n(planMessages)
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
      <Title order={1}>{t('plan.scorecard.title')}</Title>
      <Text my="sm">{t('plan.scorecard.intro')}</Text>
      <DashboardsLink />
      {access.state.status === 'error' ? (
        <ErrorMessage error={access.state.error} onRetry={access.reload} />
      ) : null}
      {access.state.status === 'ok' ? (
        <>
          {access.state.data.report !== 'none' ? (
            <p>
              <Button component={Link} to="/plan/reports">
                {t('plan.reportLink')}
              </Button>
            </p>
          ) : null}
          <Filters access={access.state.data} />
        </>
      ) : null}
      <Loaded loaded={scorecard}>
        {(data) => (
          <>
            <Scorecard data={data} />
            {access.state.status === 'ok' && access.state.data.read === 'all' ? (
              <ConsolidationPanel month={data.month} canIssue={access.state.data.manage} />
            ) : null}
          </>
        )}
      </Loaded>
    </>
  )
}
