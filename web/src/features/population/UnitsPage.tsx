import { Anchor, Group, Radio, Stack, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { api } from '../../api/client'
import type { AdminUnit, Successors } from '../../api/types'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { populationMessages } from './messages'

/** The last day of the 2024 structure: provinces, districts and communes before the 2025 reform. */
const BEFORE_REFORM = '2025-06-30'
type Structure = 'current' | 'before'

function SuccessorList({ unit }: { unit: AdminUnit }) {
  const { t } = useI18n(populationMessages)
  const [asked, setAsked] = useState(false)
  const successors = useQuery({
    queryKey: ['population', 'successors', unit.code],
    queryFn: ({ signal }) =>
      api<Successors>(`/api/v1/population/units/${unit.code}/successors`, { signal }),
    enabled: asked,
  })
  if (!asked)
    return (
      <Anchor
        component="button"
        type="button"
        onClick={() => {
          setAsked(true)
        }}
      >
        {t('units.successorsOf', { name: unit.name })}
      </Anchor>
    )
  if (successors.isError)
    return (
      <ErrorMessage
        error={successors.error}
        onRetry={() => {
          void successors.refetch()
        }}
      />
    )
  if (!successors.data) return <Loading />
  return (
    <ul className="successors" aria-label={t('units.successorsOf', { name: unit.name })}>
      {successors.data.successors.map((s) => (
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
  const { t, number } = useI18n(populationMessages)
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
    <Stack gap="md">
      <Title order={1}>{t('units.title')}</Title>
      <Radio.Group
        name="structure"
        label={t('units.structure')}
        value={structure}
        onChange={(value) => {
          setStructure(value === 'before' ? 'before' : 'current')
          setTrail([])
        }}
      >
        <Group gap="md" mt="xs">
          <Radio value="current" label={t('units.current')} />
          <Radio value="before" label={t('units.before', { date: formatDate(BEFORE_REFORM) })} />
        </Group>
      </Radio.Group>
      <nav aria-label={t('units.trail')} className="breadcrumb">
        <ol>
          <li>
            {trail.length ? (
              <Anchor
                component="button"
                type="button"
                onClick={() => {
                  setTrail([])
                }}
              >
                {t('units.allProvinces')}
              </Anchor>
            ) : (
              <span aria-current="location">{t('units.allProvinces')}</span>
            )}
          </li>
          {trail.map((unit, i) => (
            <li key={unit.code}>
              {i < trail.length - 1 ? (
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => {
                    setTrail(trail.slice(0, i + 1))
                  }}
                >
                  <span lang="vi" translate="no">
                    {unit.name}
                  </span>
                </Anchor>
              ) : (
                <span aria-current="location" lang="vi" translate="no">
                  {unit.name}
                </span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <Loaded loaded={{ state, reload }}>
        {(data) => (
          <>
            <p role="status">
              {t('units.count', {
                count: number(data.units.length),
                date: formatDate(data.asOf),
              })}
            </p>
            <ul className="unit-list">
              {data.units.map((unit) => (
                <li key={unit.code}>
                  {unit.level === 'commune' ? (
                    <span lang="vi" translate="no">
                      {unit.name}
                    </span>
                  ) : (
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => {
                        setTrail([...trail, unit])
                      }}
                    >
                      <span lang="vi" translate="no">
                        {unit.name}
                      </span>
                    </Anchor>
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
        )}
      </Loaded>
    </Stack>
  )
}
