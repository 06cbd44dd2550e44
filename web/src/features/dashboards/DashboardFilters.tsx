import { Group, NativeSelect, Paper, Radio, SimpleGrid } from '@mantine/core'
import { DateInput, DatesProvider } from '@mantine/dates'
import '@mantine/dates/styles.layer.css'
import 'dayjs/locale/vi'
import type { AdminUnit, AnalyticsDashboard } from '../../api/types'
import { useApi } from '../../components/useApi'
import { useI18n } from '../../i18n/i18n'
import { dashboardsMessages } from './messages'
import type { DashboardsKey } from './messages'
import { vietnamToday } from '../stays'
import {
  DASHBOARDS,
  GRANULARITIES,
  PROVINCE_CODE,
  STRUCTURES,
  useFilters,
  type DashboardId,
  type Granularity,
  type Structure,
} from './filters'
import { districtsOf, useMapLayer } from './mapLayers'

const GRANULARITY_NAMES: Record<Granularity, DashboardsKey> = {
  day: 'dashboards.filter.day',
  week: 'dashboards.filter.week',
  month: 'dashboards.filter.month',
}
const STRUCTURE_NAMES: Record<Structure, DashboardsKey> = {
  '2025': 'dashboards.filter.structure2025',
  '2024': 'dashboards.filter.structure2024',
}

/** A typed day as the filter shows it (31/12/2026) or as the address holds it (2026-12-31). */
function readDay(text: string): string | null {
  const shown = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text)
  if (shown) return `${shown[3]!}-${shown[2]!.padStart(2, '0')}-${shown[1]!.padStart(2, '0')}`
  return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? text.trim() : null
}

/** The units a filter offers: current communes (2025), or former districts (2024). */
function useUnitChoices(structure: Structure): { code: string; name: string }[] {
  const communes = useApi<{ units: AdminUnit[] }>(
    structure === '2025' ? `/api/v1/population/units?parent=${PROVINCE_CODE}` : null,
  )
  const districts = useMapLayer(structure === '2024' ? 'former-districts' : null)
  const units =
    structure === '2025'
      ? communes.state.status === 'ok'
        ? communes.state.data.units
        : []
      : districts.status === 'ok'
        ? districtsOf(districts.layer)
        : []
  return [...units].sort((a, b) => a.name.localeCompare(b.name, 'vi'))
}

/**
 * The dashboard's filters, kept in the address (a view can be shared and survives a reload):
 * the unit, the day or the period, and the 2024 or 2025 structure.
 */
export function DashboardFilters({
  dashboard,
  shown,
}: {
  dashboard: DashboardId
  /** What the server applied (its defaults filled in), once known. */
  shown: AnalyticsDashboard['filters'] | null
}) {
  const { t, language } = useI18n(dashboardsMessages)
  const { filters, set } = useFilters(dashboard)
  const choices = useUnitChoices(filters.structure)
  const today = vietnamToday()
  const current = filters.unit && !choices.some((c) => c.code === filters.unit)
  const id = (name: string) => `dashboard-${name}`
  const dateProps = (name: 'as-of' | 'from' | 'to', label: string) => ({
    id: id(name),
    label,
    valueFormat: 'DD/MM/YYYY',
    dateParser: readDay,
    maxDate: today,
    previousLabel: t('dashboards.calendar.previous'),
    nextLabel: t('dashboards.calendar.next'),
  })
  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
      <Paper
        component="form"
        withBorder
        p="md"
        mb="md"
        className="dashboard-filters no-print"
        role="search"
        aria-label={t('dashboards.filter.label')}
        onSubmit={(e) => {
          e.preventDefault()
        }}
      >
        <Radio.Group
          name="structure"
          label={t('dashboards.filter.structure')}
          value={filters.structure}
          mb="sm"
          onChange={(value) => {
            set('structure', value)
          }}
        >
          <Group gap="lg" mt={4}>
            {STRUCTURES.map((s) => (
              <Radio key={s} value={s} id={id(`structure-${s}`)} label={t(STRUCTURE_NAMES[s])} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
          <NativeSelect
            id={id('unit')}
            label={t('dashboards.filter.unit')}
            value={filters.unit ?? ''}
            data={[
              { value: '', label: t('dashboards.filter.wholeArea') },
              ...(current
                ? [
                    {
                      value: filters.unit ?? '',
                      label:
                        shown?.unit?.code === filters.unit ? shown.unit.name : (filters.unit ?? ''),
                    },
                  ]
                : []),
              ...choices.map((c) => ({ value: c.code, label: c.name })),
            ]}
            onChange={(e) => {
              set('unit', e.currentTarget.value)
            }}
          />
          {DASHBOARDS[dashboard] === 'snapshot' ? (
            <DateInput
              {...dateProps('as-of', t('dashboards.filter.asOf'))}
              value={filters.asOf ?? shown?.asOf ?? null}
              onChange={(value) => {
                set('asOf', value ?? '')
              }}
            />
          ) : (
            <>
              <DateInput
                {...dateProps('from', t('dashboards.filter.from'))}
                maxDate={filters.to ?? today}
                value={filters.from ?? shown?.from ?? null}
                onChange={(value) => {
                  set('from', value ?? '')
                }}
              />
              <DateInput
                {...dateProps('to', t('dashboards.filter.to'))}
                value={filters.to ?? shown?.to ?? null}
                onChange={(value) => {
                  set('to', value ?? '')
                }}
              />
              <NativeSelect
                id={id('granularity')}
                label={t('dashboards.filter.granularity')}
                value={filters.granularity ?? 'day'}
                data={GRANULARITIES.map((g) => ({ value: g, label: t(GRANULARITY_NAMES[g]) }))}
                onChange={(e) => {
                  set('granularity', e.currentTarget.value)
                }}
              />
            </>
          )}
        </SimpleGrid>
      </Paper>
    </DatesProvider>
  )
}
