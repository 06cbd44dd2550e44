import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { api } from '../../api/client'
import type { Establishment, EstablishmentStatus, PoliceEstablishment } from '../../api/types'
import { Place } from '../../components/Place'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { TextArea } from '../plan'
import { useEstablishmentTypes } from './establishmentTypes'
import { CancelButton, SaidNotice } from './fields'
import { capacityLabel, statusLabel, typeName, type Said } from './labels'
import { staysMessages } from './messages'

const STATUSES: EstablishmentStatus[] = ['pending', 'approved', 'refused']

function Decision({
  establishment,
  onDecided,
}: {
  establishment: Establishment
  onDecided: (said: Said) => void
}) {
  const { t } = useI18n(staysMessages)
  const [refusing, setRefusing] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const decide = (decision: 'approve' | 'refuse') => {
    setBusy(true)
    setFailure(null)
    api<Establishment>(
      `/api/v1/stays/establishments/${encodeURIComponent(establishment.id)}/decision`,
      {
        method: 'POST',
        body: decision === 'refuse' ? { decision, reason: reason.trim() } : { decision },
      },
    ).then(
      (decided) => {
        onDecided({
          key: decided.status === 'approved' ? 'police.approvedDone' : 'police.refusedDone',
          params: { name: decided.name },
        })
      },
      (e: unknown) => {
        setBusy(false)
        setFailure(e)
      },
    )
  }
  const refuse = (event: SubmitEvent) => {
    event.preventDefault()
    if (!reason.trim()) {
      setError(t('police.refusalReasonRequired'))
      return
    }
    decide('refuse')
  }
  return (
    <>
      {failure ? <ErrorMessage error={failure} /> : null}
      {refusing ? (
        <form onSubmit={refuse} noValidate>
          <TextArea
            id={`refusal-${establishment.id}`}
            label={t('police.refusalReason', { name: establishment.name })}
            hint={t('police.refusalHint')}
            value={reason}
            error={error}
            rows={3}
            onChange={(e) => {
              setReason(e.target.value)
            }}
          />
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {t('police.refuse')}
            </button>
            <CancelButton
              onClick={() => {
                setRefusing(false)
              }}
            />
          </div>
        </form>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              decide('approve')
            }}
          >
            {t('police.approve', { name: establishment.name })}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setRefusing(true)
            }}
          >
            {t('police.refuseStart')}
          </button>
        </div>
      )}
    </>
  )
}

/** Establishments of the jurisdiction by status; the pending ones to approve or refuse with a reason. */
export function PoliceEstablishments() {
  const { t, language, number } = useI18n(staysMessages)
  const types = useEstablishmentTypes()
  const [status, setStatus] = useState<EstablishmentStatus>('pending')
  const [done, setDone] = useState<Said>()
  const { state, reload } = useApi<PoliceEstablishment[]>(
    `/api/v1/stays/establishments?status=${status}`,
  )
  return (
    <>
      <div className="field">
        <label htmlFor="establishment-status">{t('stays.owner.status')}</label>
        <select
          id="establishment-status"
          value={status}
          onChange={(e) => {
            const chosen = STATUSES.find((s) => s === e.target.value)
            if (chosen) setStatus(chosen)
          }}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(t, s)}
            </option>
          ))}
        </select>
      </div>
      <SaidNotice said={done} />
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {state.status === 'ok' && !state.data.length ? (
        <p className="empty">{t('police.noEstablishments')}</p>
      ) : null}
      {state.status === 'ok' && state.data.length ? (
        <ul className="stays-cards" aria-label={t('police.view.establishments')}>
          {state.data.map((e) => (
            <li key={e.id} className="stays-card">
              <h3>{e.name}</h3>
              <p>
                {typeName(language, types, e.typeCode)} · {number(e.capacity)}{' '}
                {capacityLabel(t, e.capacityUnit)}
              </p>
              {e.owner.fullName ? <p>{t('police.owner', { name: e.owner.fullName })}</p> : null}
              <p className="hint">
                {e.address} · <Place name={e.communeName} code={e.communeCode} /> ·{' '}
                {t('police.registeredAt', { at: formatDateTime(e.createdAt) })}
              </p>
              {e.decisionReason ? (
                <p>{t('stays.owner.reason', { reason: e.decisionReason })}</p>
              ) : null}
              {e.status === 'pending' ? (
                <Decision
                  establishment={e}
                  onDecided={(message) => {
                    setDone(message)
                    reload()
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
