import type { AdminUnit, AnalyticsDashboard } from '../../api/types'
import { Field } from '../../components/Field'
import { useApi } from '../../components/useApi'
import { useI18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/messages'
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

const GRANULARITY_NAMES: Record<Granularity, MessageKey> = {
  day: 'dashboards.filter.day',
  week: 'dashboards.filter.week',
  month: 'dashboards.filter.month',
}
const STRUCTURE_NAMES: Record<Structure, MessageKey> = {
  '2025': 'dashboards.filter.structure2025',
  '2024': 'dashboards.filter.structure2024',
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
  const { t } = useI18n()
  const { filters, set } = useFilters(dashboard)
  const choices = useUnitChoices(filters.structure)
  const today = vietnamToday()
  const current = filters.unit && !choices.some((c) => c.code === filters.unit)
  const id = (name: string) => `dashboard-${name}`
  return (
    <form
      className="panel dashboard-filters no-print"
      role="search"
      aria-label={t('dashboards.filter.label')}
      onSubmit={(e) => {
        e.preventDefault()
      }}
    >
      <fieldset className="segmented">
        <legend>{t('dashboards.filter.structure')}</legend>
        {STRUCTURES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="structure"
              value={s}
              checked={filters.structure === s}
              onChange={() => {
                set('structure', s)
              }}
            />
            {t(STRUCTURE_NAMES[s])}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={id('unit')}>{t('dashboards.filter.unit')}</label>
        <select
          id={id('unit')}
          value={filters.unit ?? ''}
          onChange={(e) => {
            set('unit', e.target.value)
          }}
        >
          <option value="">{t('dashboards.filter.wholeArea')}</option>
          {current ? (
            <option value={filters.unit ?? ''}>
              {shown?.unit?.code === filters.unit ? shown.unit.name : filters.unit}
            </option>
          ) : null}
          {choices.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {DASHBOARDS[dashboard] === 'snapshot' ? (
        <Field
          id={id('as-of')}
          type="date"
          label={t('dashboards.filter.asOf')}
          max={today}
          value={filters.asOf ?? shown?.asOf ?? ''}
          onChange={(e) => {
            set('asOf', e.target.value)
          }}
        />
      ) : (
        <>
          <Field
            id={id('from')}
            type="date"
            label={t('dashboards.filter.from')}
            max={filters.to ?? today}
            value={filters.from ?? shown?.from ?? ''}
            onChange={(e) => {
              set('from', e.target.value)
            }}
          />
          <Field
            id={id('to')}
            type="date"
            label={t('dashboards.filter.to')}
            max={today}
            value={filters.to ?? shown?.to ?? ''}
            onChange={(e) => {
              set('to', e.target.value)
            }}
          />
          <div className="field">
            <label htmlFor={id('granularity')}>{t('dashboards.filter.granularity')}</label>
            <select
              id={id('granularity')}
              value={filters.granularity ?? 'day'}
              onChange={(e) => {
                set('granularity', e.target.value)
              }}
            >
              {GRANULARITIES.map((g) => (
                <option key={g} value={g}>
                  {t(GRANULARITY_NAMES[g])}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
    </form>
  )
}
