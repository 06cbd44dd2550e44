import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { api } from '../../api/client'
import type { WatchListEntry, WatchListPage } from '../../api/types'
import { bindFields, Field } from '../../components/Field'
import { Place } from '../../components/Place'
import { ErrorMessage } from '../../components/Status'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { TextArea } from '../plan/TextArea'
import { CancelButton, SaidNotice } from './fields'
import type { Said } from './labels'
import { Paged } from './Paged'
import { usePages } from './usePages'

const PATH = '/api/v1/stays/police/watch-list'
const MIN_REASON = 3

type Form = {
  personalNumber: string
  nationality: string
  passportNumber: string
  reason: string
  responsibleUnitCode: string
}
const EMPTY: Form = {
  personalNumber: '',
  nationality: '',
  passportNumber: '',
  reason: '',
  responsibleUnitCode: '',
}

function NewEntry({ onAdded }: { onAdded: () => void }) {
  const { t } = useI18n()
  const [foreigner, setForeigner] = useState(false)
  const [form, setForm] = useState<Form>(EMPTY)
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({})
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const field = bindFields(form, setForm, errors)

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const nationality = form.nationality.trim().toUpperCase()
    const passportNumber = form.passportNumber.trim().toUpperCase()
    const personalNumber = form.personalNumber.replace(/\s/g, '')
    const found: typeof errors = {}
    if (foreigner && !/^[A-Z]{3}$/.test(nationality))
      found.nationality = t('police.nationalityInvalid')
    if (foreigner && !/^[A-Z0-9]{5,20}$/.test(passportNumber))
      found.passportNumber = t('police.passportInvalid')
    if (!foreigner && !/^\d{12}$/.test(personalNumber))
      found.personalNumber = t('signUp.numberInvalid')
    if (form.reason.trim().length < MIN_REASON) found.reason = t('police.reasonRequired')
    if (!/^\d{2}(\d{3})?$/.test(form.responsibleUnitCode.trim()))
      found.responsibleUnitCode = t('police.unitInvalid')
    setErrors(found)
    const first = Object.keys(found)[0]
    if (first) {
      document.getElementById(`watch-${first}`)?.focus()
      return
    }
    setBusy(true)
    setFailure(null)
    api<WatchListEntry>(PATH, {
      method: 'POST',
      body: {
        person: foreigner ? { nationality, passportNumber } : { personalNumber },
        reason: form.reason.trim(),
        responsibleUnitCode: form.responsibleUnitCode.trim(),
      },
    }).then(
      () => {
        setBusy(false)
        setForm(EMPTY)
        onAdded()
      },
      (error: unknown) => {
        setBusy(false)
        setFailure(error)
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="watch-new-title">
      <h2 id="watch-new-title">{t('police.watchAdd')}</h2>
      <fieldset className="segmented">
        <legend>{t('police.watchWho')}</legend>
        <label>
          <input
            type="radio"
            name="watch-kind"
            checked={!foreigner}
            onChange={() => {
              setForeigner(false)
            }}
          />
          {t('stays.kind.citizen')}
        </label>
        <label>
          <input
            type="radio"
            name="watch-kind"
            checked={foreigner}
            onChange={() => {
              setForeigner(true)
            }}
          />
          {t('stays.kind.foreigner')}
        </label>
      </fieldset>
      {foreigner ? (
        <>
          <Field
            {...field('nationality')}
            id="watch-nationality"
            label={t('police.nationality')}
            hint={t('police.nationalityHint')}
            maxLength={3}
            autoComplete="off"
          />
          <Field
            {...field('passportNumber')}
            id="watch-passportNumber"
            label={t('stays.passportNumber')}
            autoComplete="off"
          />
        </>
      ) : (
        <Field
          {...field('personalNumber')}
          id="watch-personalNumber"
          label={t('field.personalNumber')}
          inputMode="numeric"
          autoComplete="off"
        />
      )}
      <TextArea
        id="watch-reason"
        label={t('police.watchReason')}
        value={form.reason}
        error={errors.reason}
        rows={3}
        onChange={(e) => {
          setForm({ ...form, reason: e.target.value })
        }}
      />
      <Field
        {...field('responsibleUnitCode')}
        id="watch-responsibleUnitCode"
        label={t('police.responsibleUnit')}
        hint={t('police.responsibleUnitHint')}
        inputMode="numeric"
        autoComplete="off"
      />
      {failure ? <ErrorMessage error={failure} focus /> : null}
      <button type="submit" className="button" disabled={busy}>
        {t('police.watchAddSubmit')}
      </button>
    </form>
  )
}

function Entry({ entry, onRemoved }: { entry: WatchListEntry; onRemoved: (said: Said) => void }) {
  const { t } = useI18n()
  const [removing, setRemoving] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const number =
    entry.person.personalNumber ??
    `${entry.person.passportNumber ?? ''} (${entry.person.nationality ?? ''})`
  const who = entry.person.fullName ?? number
  const remove = (event: SubmitEvent) => {
    event.preventDefault()
    if (reason.trim().length < MIN_REASON) {
      setError(t('police.reasonRequired'))
      return
    }
    setBusy(true)
    setFailure(null)
    api(`${PATH}/${encodeURIComponent(entry.id)}`, {
      method: 'DELETE',
      body: { reason: reason.trim() },
    }).then(
      () => {
        onRemoved({ key: 'police.watchRemoved', params: { who } })
      },
      (e: unknown) => {
        setBusy(false)
        setFailure(e)
      },
    )
  }
  return (
    <li className="stays-card">
      <h3>{who}</h3>
      {entry.person.fullName ? <p className="mono">{number}</p> : null}
      <p>{entry.reason}</p>
      <p className="hint">
        {t('police.responsibleUnit')}:{' '}
        <Place name={entry.responsibleUnitName} code={entry.responsibleUnitCode} withCode /> ·{' '}
        {formatDateTime(entry.addedAt)}
      </p>
      {failure ? <ErrorMessage error={failure} /> : null}
      {removing ? (
        <form onSubmit={remove} noValidate>
          <TextArea
            id={`remove-${entry.id}`}
            label={t('police.removalReason', { who })}
            value={reason}
            error={error}
            rows={2}
            onChange={(e) => {
              setReason(e.target.value)
            }}
          />
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {t('police.watchRemove')}
            </button>
            <CancelButton
              onClick={() => {
                setRemoving(false)
              }}
            />
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setRemoving(true)
          }}
        >
          {t('police.watchRemove')}
        </button>
      )}
    </li>
  )
}

/** The watch list kept by the police: who, why, which unit answers the alerts. */
export function PoliceWatchList() {
  const { t } = useI18n()
  const list = usePages<WatchListPage>(`${PATH}?limit=100`)
  const [done, setDone] = useState<Said>()
  const entries = list.pages.flatMap((p) => p.entries)
  return (
    <>
      <SaidNotice said={done} />
      <Paged list={list} isEmpty={entries.length === 0} emptyText={t('police.watchEmpty')}>
        <ul className="stays-cards" aria-label={t('police.view.watchList')}>
          {entries.map((entry) => (
            <Entry
              key={entry.id}
              entry={entry}
              onRemoved={(message) => {
                setDone(message)
                list.reload()
              }}
            />
          ))}
        </ul>
      </Paged>
      <NewEntry
        onAdded={() => {
          setDone({ key: 'police.watchAdded' })
          list.reload()
        }}
      />
    </>
  )
}
