import { NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core'
import { useMemo, useState } from 'react'
import { platformQuery } from '../../api/client'
import type { CheckpointSite } from '../../api/types'
import { Chart } from '../../components/Chart'
import { useRequirement } from '../../components/Requirement'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { visitCharts } from './charts'
import { LiveOccupancy } from './LiveOccupancy'
import { checkpointsMessages } from './messages'

/** The statistics are asked again this often, so a camera batch shows without a reload. */
const STATISTICS_EVERY_MS = 10_000
const DAY_MS = 86_400_000

/** A Vietnam calendar day, `days` before today. */
const vietnamDay = (days = 0): string =>
  new Date(Date.now() + 7 * 3_600_000 - days * DAY_MS).toISOString().slice(0, 10)

/**
 * The operator's dashboard (police: the sites of their communes): each site's people inside,
 * live, and one site's visits over a period.
 */
export default function SitesPage() {
  const { t } = useI18n(checkpointsMessages)
  usePageTitle(t('sites.title'))
  const requirement = useRequirement({
    permission: 'checkpoints.occupancy.read',
    who: 'need.who.checkpoints',
  })
  return (
    <Stack gap="md">
      <Title order={1}>{t('sites.title')}</Title>
      {requirement.blocked ? requirement.notice : <Dashboard />}
    </Stack>
  )
}

function Dashboard() {
  const { t } = useI18n(checkpointsMessages)
  const { state, reload } = useLoaded(platformQuery.useQuery('get', '/api/v1/checkpoints/sites'))
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />
  const { sites } = state.data
  if (sites.length === 0) return <Text>{t('sites.none')}</Text>
  return (
    <>
      <Text>{t('sites.intro')}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {sites.map((site) => (
          <LiveOccupancy key={site.id} site={site} />
        ))}
      </SimpleGrid>
      <Statistics sites={sites} />
    </>
  )
}

function Statistics({ sites }: { sites: CheckpointSite[] }) {
  const { t } = useI18n(checkpointsMessages)
  const [siteId, setSiteId] = useState(sites[0]!.id)
  const site = sites.find((s) => s.id === siteId) ?? sites[0]!
  const [from, setFrom] = useState(vietnamDay(6))
  const [to, setTo] = useState(vietnamDay())
  const visits = useLoaded(
    platformQuery.useQuery(
      'get',
      '/api/v1/checkpoints/sites/{id}/visits',
      { params: { path: { id: site.id }, query: { from, to } } },
      { refetchInterval: STATISTICS_EVERY_MS },
    ),
  )
  const provinces = useLoaded(platformQuery.useQuery('get', '/api/v1/population/units'))
  const names = useMemo(
    () =>
      Object.fromEntries(
        provinces.state.status === 'ok'
          ? provinces.state.data.units.map((u) => [u.code, u.name])
          : [],
      ),
    [provinces.state],
  )
  return (
    <Stack component="section" gap="sm" aria-labelledby="visits-title">
      <Title order={2} id="visits-title">
        {t('sites.statistics')}
      </Title>
      <NativeSelect
        id="visits-site"
        label={t('sites.pick')}
        value={site.id}
        translate="no"
        data={sites.map((s) => ({ value: s.id, label: s.name }))}
        onChange={(e) => {
          setSiteId(e.currentTarget.value)
        }}
      />
      <SimpleGrid cols={2}>
        {(
          [
            ['from', from, setFrom],
            ['to', to, setTo],
          ] as const
        ).map(([bound, value, set]) => (
          <TextInput
            key={bound}
            id={`visits-${bound}`}
            type="date"
            label={t(`sites.${bound}`)}
            value={value}
            onChange={(e) => {
              if (e.currentTarget.value) set(e.currentTarget.value)
            }}
          />
        ))}
      </SimpleGrid>
      {visits.state.status === 'loading' ? <Loading /> : null}
      {visits.state.status === 'error' ? (
        <ErrorMessage error={visits.state.error} onRetry={visits.reload} />
      ) : null}
      {visits.state.status === 'ok' ? (
        <div data-entries={visits.state.data.days.reduce((sum, d) => sum + d.entries, 0)}>
          {visitCharts(visits.state.data, {
            provinces: names,
            industrialPark: site.kind === 'industrialPark',
          }).map((chart) => (
            <Chart key={chart.id} chart={chart} />
          ))}
        </div>
      ) : null}
    </Stack>
  )
}
