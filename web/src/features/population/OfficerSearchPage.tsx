import { Button, Fieldset, Group, Paper, Stack, TextInput, Title } from '@mantine/core'
import { useInfiniteQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { api } from '../../api/client'
import type { ResidentPage } from '../../api/types'
import { Link, navigate, useLocation } from '../../app/router'
import { useRequirement } from '../../components/Requirement'
import { ErrorMessage, Loading } from '../../components/Status'
import { usePageTitle } from '../../components/usePageTitle'
import { parseTypedDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { populationMessages } from './messages'
import { DashboardsLink } from '../dashboards'
import { PurposePicker } from './PurposePicker'
import { ResidentTable } from './ResidentTable'
import { isPurpose, type PurposeCode } from './purposes'

const PAGE_SIZE = 20

/** Search in the officer's jurisdiction; nothing personal shows before a purpose is chosen. */
export default function OfficerSearchPage() {
  const { t, number } = useI18n(populationMessages)
  usePageTitle(t('officer.searchTitle'))
  const requirement = useRequirement({
    permission: 'population.resident.search',
    who: 'need.who.residentSearch',
  })
  const { query } = useLocation()
  const given = query.get('purpose')
  const purpose: PurposeCode | null = isPurpose(given) ? given : null
  const [criteria, setCriteria] = useState({ name: '', birthDate: '', unit: '' })
  const [errors, setErrors] = useState<Partial<Record<'name' | 'birthDate' | 'unit', string>>>({})
  // The criteria last searched for (with the purpose), and how many times, so that searching again asks again.
  const [submitted, setSubmitted] = useState<{ params: string; n: number } | null>(null)
  const results = useInfiniteQuery({
    queryKey: ['population', 'residents', submitted],
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams(submitted!.params)
      if (pageParam) params.set('after', pageParam)
      return api<ResidentPage>(`/api/v1/population/residents?${params.toString()}`, { signal })
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next ?? undefined,
    enabled: submitted !== null,
    gcTime: 0,
  })

  const choosePurpose = (next: PurposeCode | null) => {
    setSubmitted(null)
    navigate(next ? `/officer?purpose=${next}` : '/officer', { replace: true })
  }

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    if (!purpose) return
    const found: typeof errors = {}
    const birthDate = criteria.birthDate.trim() ? parseTypedDate(criteria.birthDate) : ''
    if (birthDate === undefined) found.birthDate = t('officer.birthDateInvalid')
    if (criteria.unit.trim() && !/^\d{2,5}$/.test(criteria.unit.trim()))
      found.unit = t('officer.unitInvalid')
    if (!criteria.name.trim() && !birthDate && !criteria.unit.trim())
      found.name = t('officer.criteriaRequired')
    setErrors(found)
    if (Object.keys(found).length) {
      document.getElementById(Object.keys(found)[0]!)?.focus()
      return
    }
    const params = new URLSearchParams({ purpose, limit: String(PAGE_SIZE) })
    if (criteria.name.trim()) params.set('name', criteria.name.trim())
    if (birthDate) params.set('birthDate', birthDate)
    if (criteria.unit.trim()) params.set('unit', criteria.unit.trim())
    setSubmitted((last) => ({ params: params.toString(), n: (last?.n ?? 0) + 1 }))
  }

  const pages = submitted ? (results.data?.pages ?? null) : null
  const busy = results.isFetching
  const failure = submitted ? results.error : null
  const residents = pages?.flatMap((p) => p.residents) ?? []
  const next = pages?.at(-1)?.next ?? null
  return (
    <Stack gap="md">
      <Title order={1}>{t('officer.searchTitle')}</Title>
      <p>{t('officer.searchIntro')}</p>
      <p>
        <Link to="/plan">{t('plan.officerLink')}</Link>
      </p>
      <p>
        <Link to="/police/stays">{t('police.officerLink')}</Link>
      </p>
      <DashboardsLink />
      {requirement.notice}
      <Paper
        component="form"
        onSubmit={submit}
        noValidate
        className="panel"
        hidden={requirement.blocked}
      >
        <Stack gap="md">
          <PurposePicker value={purpose} onChange={choosePurpose} />
          <Fieldset
            disabled={!purpose}
            className="search-criteria"
            legend={t('officer.criteria')}
            variant="unstyled"
          >
            <Stack gap="md">
              {!purpose ? <p className="hint">{t('officer.purposeFirst')}</p> : null}
              <TextInput
                id="name"
                name="name"
                label={t('field.fullName')}
                value={criteria.name}
                error={errors.name}
                autoComplete="off"
                onChange={(e) => {
                  setCriteria({ ...criteria, name: e.currentTarget.value })
                }}
              />
              <TextInput
                id="birthDate"
                name="birthDate"
                label={t('field.birthDate')}
                classNames={{ description: 'hint' }}
                description={t('field.dateHint')}
                placeholder="DD/MM/YYYY"
                inputMode="numeric"
                value={criteria.birthDate}
                error={errors.birthDate}
                autoComplete="off"
                onChange={(e) => {
                  setCriteria({ ...criteria, birthDate: e.currentTarget.value })
                }}
              />
              <TextInput
                id="unit"
                name="unit"
                label={t('officer.unitCode')}
                classNames={{ description: 'hint' }}
                description={t('officer.unitHint')}
                inputMode="numeric"
                value={criteria.unit}
                error={errors.unit}
                autoComplete="off"
                onChange={(e) => {
                  setCriteria({ ...criteria, unit: e.currentTarget.value })
                }}
              />
              <Group>
                <Button type="submit" disabled={busy}>
                  {t('officer.search')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        </Stack>
      </Paper>
      {failure ? <ErrorMessage error={failure} focus /> : null}
      {busy && !pages ? <Loading /> : null}
      {pages && purpose ? (
        <section aria-labelledby="results-title">
          <Title order={2} id="results-title">
            {t('officer.results')}
          </Title>
          <p role="status">{t('officer.resultCount', { count: number(residents.length) })}</p>
          {residents.length ? (
            <ResidentTable residents={residents} purpose={purpose} caption={t('officer.results')} />
          ) : (
            <p className="empty">{t('officer.noResults')}</p>
          )}
          {next ? (
            <Button
              type="button"
              variant="default"
              mt="md"
              disabled={busy}
              onClick={() => {
                void results.fetchNextPage()
              }}
            >
              {busy ? t('common.loading') : t('officer.more')}
            </Button>
          ) : null}
        </section>
      ) : null}
    </Stack>
  )
}
