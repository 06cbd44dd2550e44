import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { api } from '../../api/client'
import type { EstablishmentStaffMember } from '../../api/types'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { SaidNotice } from './fields'
import type { Said } from './labels'
import { staysMessages } from './messages'
import { Field } from './ui'

/** The owner names residents (with an eID account) as staff, and ends their access. */
export function OwnerStaff({ establishmentId }: { establishmentId: string }) {
  const { t } = useI18n(staysMessages)
  const path = `/api/v1/stays/establishments/${encodeURIComponent(establishmentId)}/staff`
  const { state, reload } = useApi<EstablishmentStaffMember[]>(path)
  const [personalNumber, setPersonalNumber] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const [done, setDone] = useState<Said>()

  const change = (run: () => Promise<unknown>, message: Said) => {
    setBusy(true)
    setFailure(null)
    setDone(undefined)
    run().then(
      () => {
        setBusy(false)
        setDone(message)
        reload()
      },
      (e: unknown) => {
        setBusy(false)
        setFailure(e)
      },
    )
  }
  const name = (event: SubmitEvent) => {
    event.preventDefault()
    const number = personalNumber.replace(/\s/g, '')
    if (!/^\d{12}$/.test(number)) {
      setError(t('signUp.numberInvalid'))
      document.getElementById('staff-number')?.focus()
      return
    }
    setError(undefined)
    change(
      async () => {
        await api(path, { method: 'POST', body: { personalNumber: number } })
        setPersonalNumber('')
      },
      { key: 'stays.staff.named', params: { number } },
    )
  }

  return (
    <section aria-labelledby="staff-title" className="panel">
      <h2 id="staff-title">{t('stays.staff.title')}</h2>
      <p className="hint">{t('stays.staff.intro')}</p>
      <SaidNotice said={done} />
      {failure ? <ErrorMessage error={failure} focus /> : null}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {state.status === 'ok' && !state.data.length ? (
        <p className="empty">{t('stays.staff.none')}</p>
      ) : null}
      {state.status === 'ok' && state.data.length ? (
        <ul className="stays-staff">
          {state.data.map((member) => (
            <li key={member.grantId}>
              <span className="mono">{member.personalNumber}</span>{' '}
              <span className="hint">
                {t('stays.staff.since', { at: formatDateTime(member.grantedAt) })}
              </span>{' '}
              <button
                type="button"
                className="button-link"
                disabled={busy}
                onClick={() => {
                  change(() => api(`${path}/${String(member.grantId)}`, { method: 'DELETE' }), {
                    key: 'stays.staff.revoked',
                    params: { number: member.personalNumber },
                  })
                }}
              >
                {t('stays.staff.revoke', { number: member.personalNumber })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={name} noValidate>
        <Field
          id="staff-number"
          label={t('stays.staff.number')}
          hint={t('stays.staff.numberHint')}
          inputMode="numeric"
          autoComplete="off"
          value={personalNumber}
          error={error}
          onChange={(e) => {
            setPersonalNumber(e.target.value)
          }}
        />
        <button type="submit" className="button button-secondary" disabled={busy}>
          {t('stays.staff.name')}
        </button>
      </form>
    </section>
  )
}
