import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { api } from '../../api/client'
import type { ResidentPage } from '../../api/types'
import { Link, navigate, useLocation } from '../../app/router'
import { Field } from '../../components/Field'
import { useRequirement } from '../../components/Requirement'
import { ErrorMessage, Loading } from '../../components/Status'
import { usePageTitle } from '../../components/usePageTitle'
import { parseTypedDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { DashboardsLink } from '../dashboards'
import { PurposePicker } from './PurposePicker'
import { ResidentTable } from './ResidentTable'
import { isPurpose, type PurposeCode } from './purposes'

const PAGE_SIZE = 20

/** Search in the officer's jurisdiction; nothing personal shows before a purpose is chosen. */
export default function OfficerSearchPage() {
  const { t, number } = useI18n()
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
  const [pages, setPages] = useState<ResidentPage[] | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)

  const choosePurpose = (next: PurposeCode | null) => {
    setPages(null)
    setFailure(null)
    navigate(next ? `/officer?purpose=${next}` : '/officer', { replace: true })
  }

  const search = (after: string | null) => {
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
    if (after) params.set('after', after)
    setBusy(true)
    setFailure(null)
    api<ResidentPage>(`/api/v1/population/residents?${params.toString()}`).then(
      (page) => {
        setPages((shown) => (after && shown ? [...shown, page] : [page]))
        setBusy(false)
      },
      (error: unknown) => {
        setFailure(error)
        setBusy(false)
      },
    )
  }

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    search(null)
  }

  const residents = pages?.flatMap((p) => p.residents) ?? []
  const next = pages?.at(-1)?.next ?? null
  return (
    <>
      <h1>{t('officer.searchTitle')}</h1>
      <p>{t('officer.searchIntro')}</p>
      <p>
        <Link to="/plan">{t('plan.officerLink')}</Link>
      </p>
      <p>
        <Link to="/police/stays">{t('police.officerLink')}</Link>
      </p>
      <DashboardsLink />
      {requirement.notice}
      <form onSubmit={submit} noValidate className="panel" hidden={requirement.blocked}>
        <PurposePicker value={purpose} onChange={choosePurpose} />
        <fieldset disabled={!purpose} className="search-criteria">
          <legend>{t('officer.criteria')}</legend>
          {!purpose ? <p className="hint">{t('officer.purposeFirst')}</p> : null}
          <Field
            id="name"
            label={t('field.fullName')}
            value={criteria.name}
            error={errors.name}
            autoComplete="off"
            onChange={(e) => {
              setCriteria({ ...criteria, name: e.target.value })
            }}
          />
          <Field
            id="birthDate"
            label={t('field.birthDate')}
            hint={t('field.dateHint')}
            placeholder="DD/MM/YYYY"
            inputMode="numeric"
            value={criteria.birthDate}
            error={errors.birthDate}
            autoComplete="off"
            onChange={(e) => {
              setCriteria({ ...criteria, birthDate: e.target.value })
            }}
          />
          <Field
            id="unit"
            label={t('officer.unitCode')}
            hint={t('officer.unitHint')}
            inputMode="numeric"
            value={criteria.unit}
            error={errors.unit}
            autoComplete="off"
            onChange={(e) => {
              setCriteria({ ...criteria, unit: e.target.value })
            }}
          />
          <button type="submit" className="button" disabled={busy}>
            {t('officer.search')}
          </button>
        </fieldset>
      </form>
      {failure ? <ErrorMessage error={failure} focus /> : null}
      {busy && !pages ? <Loading /> : null}
      {pages && purpose ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title">{t('officer.results')}</h2>
          <p role="status">{t('officer.resultCount', { count: number(residents.length) })}</p>
          {residents.length ? (
            <ResidentTable residents={residents} purpose={purpose} caption={t('officer.results')} />
          ) : (
            <p className="empty">{t('officer.noResults')}</p>
          )}
          {next ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => {
                search(next)
              }}
            >
              {busy ? t('common.loading') : t('officer.more')}
            </button>
          ) : null}
        </section>
      ) : null}
    </>
  )
}
