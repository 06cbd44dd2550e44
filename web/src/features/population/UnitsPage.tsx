import { useState } from 'react'
import { api } from '../../api/client'
import type { AdminUnit, Successors } from '../../api/types'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'

/** The last day of the 2024 structure: provinces, districts and communes before the 2025 reform. */
const BEFORE_REFORM = '2025-06-30'
type Structure = 'current' | 'before'

function SuccessorList({ unit }: { unit: AdminUnit }) {
  const { t } = useI18n()
  const [state, setState] = useState<
    | { status: 'idle' }
    | { status: 'loading' }
    | { status: 'ok'; data: Successors }
    | { status: 'error'; error: unknown }
  >({
    status: 'idle',
  })
  const load = () => {
    setState({ status: 'loading' })
    api<Successors>(`/api/v1/population/units/${unit.code}/successors`).then(
      (data) => {
        setState({ status: 'ok', data })
      },
      (error: unknown) => {
        setState({ status: 'error', error })
      },
    )
  }
  if (state.status === 'idle')
    return (
      <button type="button" className="button-link" onClick={load}>
        {t('units.successorsOf', { name: unit.name })}
      </button>
    )
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={load} />
  return (
    <ul className="successors" aria-label={t('units.successorsOf', { name: unit.name })}>
      {state.data.successors.map((s) => (
        <li key={s.code}>
          →{' '}
          <span lang="vi" translate="no">
            {s.name}
          </span>{' '}
          (<span className="mono">{s.code}</span>)
          {s.coverage === 'partial' ? ` · ${t('units.partial')}` : ''}
        </li>
      ))}
    </ul>
  )
}

/** Provinces, then their districts and communes, in the 2025 structure or the one before it. */
export default function UnitsPage() {
  const { t, number } = useI18n()
  usePageTitle(t('units.title'))
  const [structure, setStructure] = useState<Structure>('current')
  const [trail, setTrail] = useState<AdminUnit[]>([])
  const parent = trail.at(-1)
  const params = new URLSearchParams()
  if (parent) params.set('parent', parent.code)
  if (structure === 'before') params.set('asOf', BEFORE_REFORM)
  const { state, reload } = useApi<{ asOf: string; units: AdminUnit[] }>(
    `/api/v1/population/units?${params.toString()}`,
  )

  return (
    <>
      <h1>{t('units.title')}</h1>
      <fieldset className="segmented">
        <legend>{t('units.structure')}</legend>
        {(['current', 'before'] as const).map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="structure"
              value={s}
              checked={structure === s}
              onChange={() => {
                setStructure(s)
                setTrail([])
              }}
            />
            {s === 'current'
              ? t('units.current')
              : t('units.before', { date: formatDate(BEFORE_REFORM) })}
          </label>
        ))}
      </fieldset>
      <nav aria-label={t('units.trail')} className="breadcrumb">
        <ol>
          <li>
            {trail.length ? (
              <button
                type="button"
                className="button-link"
                onClick={() => {
                  setTrail([])
                }}
              >
                {t('units.allProvinces')}
              </button>
            ) : (
              <span aria-current="location">{t('units.allProvinces')}</span>
            )}
          </li>
          {trail.map((unit, i) => (
            <li key={unit.code}>
              {i < trail.length - 1 ? (
                <button
                  type="button"
                  className="button-link"
                  onClick={() => {
                    setTrail(trail.slice(0, i + 1))
                  }}
                >
                  <span lang="vi" translate="no">
                    {unit.name}
                  </span>
                </button>
              ) : (
                <span aria-current="location" lang="vi" translate="no">
                  {unit.name}
                </span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {state.status === 'ok' ? (
        <>
          <p role="status">
            {t('units.count', {
              count: number(state.data.units.length),
              date: formatDate(state.data.asOf),
            })}
          </p>
          <ul className="unit-list">
            {state.data.units.map((unit) => (
              <li key={unit.code}>
                {unit.level === 'commune' ? (
                  <span lang="vi" translate="no">
                    {unit.name}
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button-link"
                    onClick={() => {
                      setTrail([...trail, unit])
                    }}
                  >
                    <span lang="vi" translate="no">
                      {unit.name}
                    </span>
                  </button>
                )}{' '}
                <span className="mono hint">{unit.code}</span>
                {unit.validTo ? (
                  <div>
                    <span className="hint">
                      {t('units.endedOn', { date: formatDate(unit.validTo) })}
                    </span>{' '}
                    <SuccessorList unit={unit} />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
