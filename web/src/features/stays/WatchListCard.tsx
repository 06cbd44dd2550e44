import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { api } from '../../api/client'
import type { WatchListEntry } from '../../api/types'
import { Place } from '../../components/Place'
import { ErrorMessage } from '../../components/Status'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { TextArea } from '../plan'
import { CancelButton } from './fields'
import type { Said } from './labels'
import { vietnamToday } from './time'
import {
  dayAfterToday,
  endOfVietnamDay,
  isLawfulExpiryDay,
  LISTING_STATUS,
  MAX_LISTING_DAYS,
  MIN_REASON,
  WATCH_LIST_PATH,
} from './watchListing'
import { staysMessages, type StaysKey } from './messages'
import { Field } from './ui'

type Action = 'end' | 'refuse' | 'renew'
type Change = (said: Said) => void

/** Calls the platform for one action on the entry, then says what was done. */
function useAction(entry: WatchListEntry, onChanged: Change) {
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const run = (
    path: string,
    method: 'POST' | 'DELETE',
    body: object | undefined,
    said: StaysKey,
    who: string,
  ) => {
    setBusy(true)
    setFailure(null)
    api(`${WATCH_LIST_PATH}/${encodeURIComponent(entry.id)}${path}`, {
      method,
      ...(body ? { body } : {}),
    }).then(
      () => {
        setBusy(false)
        onChanged({ key: said, params: { who } })
      },
      (error: unknown) => {
        setBusy(false)
        setFailure(error)
      },
    )
  }
  return { busy, failure, run }
}

/** A reason (to end or refuse) or a new expiry day (to renew), asked in place. */
function ActionForm({
  entry,
  action,
  who,
  onChanged,
  onCancel,
}: {
  entry: WatchListEntry
  action: Action
  who: string
  onChanged: Change
  onCancel: () => void
}) {
  const { t } = useI18n(staysMessages)
  const [value, setValue] = useState(action === 'renew' ? dayAfterToday(MAX_LISTING_DAYS) : '')
  const [error, setError] = useState<string>()
  const { busy, failure, run } = useAction(entry, onChanged)
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    if (action === 'renew') {
      if (!isLawfulExpiryDay(value)) {
        setError(t('police.expiryInvalid', { days: MAX_LISTING_DAYS }))
        return
      }
      run('/renewal', 'POST', { expiresAt: endOfVietnamDay(value) }, 'police.watchRenewed', who)
      return
    }
    if (value.trim().length < MIN_REASON) {
      setError(t('police.reasonRequired'))
      return
    }
    const body = { reason: value.trim() }
    if (action === 'refuse') run('/refusal', 'POST', body, 'police.watchRefused', who)
    else run('', 'DELETE', body, 'police.watchRemoved', who)
  }
  const id = `${action}-${entry.id}`
  return (
    <form onSubmit={submit} noValidate>
      {action === 'renew' ? (
        <Field
          id={id}
          type="date"
          label={t('police.renewUntil', { who })}
          hint={t('police.expiresOnHint', { days: MAX_LISTING_DAYS })}
          min={vietnamToday()}
          max={dayAfterToday(MAX_LISTING_DAYS)}
          value={value}
          error={error}
          onChange={(e) => {
            setValue(e.target.value)
          }}
        />
      ) : (
        <TextArea
          id={id}
          label={t(action === 'refuse' ? 'police.watchRefusalReason' : 'police.removalReason', {
            who,
          })}
          value={value}
          error={error}
          rows={2}
          onChange={(e) => {
            setValue(e.target.value)
          }}
        />
      )}
      {failure ? <ErrorMessage error={failure} /> : null}
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {t(ACTION_LABELS[action])}
        </button>
        <CancelButton onClick={onCancel} />
      </div>
    </form>
  )
}

const ACTION_LABELS: Record<Action, StaysKey> = {
  end: 'police.watchRemove',
  refuse: 'police.watchRefuse',
  renew: 'police.watchRenew',
}

/** What may be done to an entry where it stands, by whom (the server decides again). */
function actionsFor(entry: WatchListEntry, review: boolean): Action[] {
  if (entry.status === 'pending') return review ? ['refuse', 'end'] : ['end']
  if (entry.status === 'active') return ['renew', 'end']
  return []
}

/**
 * One listing: the person (by name where the registry has them), why, on what case and legal
 * basis, who answers, until when and where it stands, with what may be done to it now.
 */
export function WatchListCard({
  entry,
  onChanged,
  review = false,
}: {
  entry: WatchListEntry
  onChanged: Change
  review?: boolean
}) {
  const { t } = useI18n(staysMessages)
  const [action, setAction] = useState<Action>()
  const approval = useAction(entry, onChanged)
  const number =
    entry.person.personalNumber ??
    `${entry.person.passportNumber ?? ''} (${entry.person.nationality ?? ''})`
  const who = entry.person.fullName ?? number
  return (
    <li className="stays-card">
      <h3>{who}</h3>
      {entry.person.fullName ? <p className="mono">{number}</p> : null}
      <p>
        <span className={`stays-status stays-watch-${entry.status}`}>
          {t(LISTING_STATUS[entry.status])}
        </span>{' '}
        · {t('police.expiresAt', { at: formatDateTime(entry.expiresAt) })}
      </p>
      <p>{entry.reason}</p>
      <dl className="facts facts-compact stays-facts">
        <dt>{t('police.caseReference')}</dt>
        <dd>{entry.caseReference}</dd>
        <dt>{t('police.legalBasis')}</dt>
        <dd>{entry.legalBasis}</dd>
        <dt>{t('police.responsibleUnit')}</dt>
        <dd>
          <Place name={entry.responsibleUnitName} code={entry.responsibleUnitCode} />
        </dd>
        <dt>{t('police.listedAt')}</dt>
        <dd>{formatDateTime(entry.addedAt)}</dd>
      </dl>
      {entry.refusalReason ? (
        <p>{t('police.refusedBecause', { reason: entry.refusalReason })}</p>
      ) : null}
      {entry.removalReason ? (
        <p>{t('police.endedBecause', { reason: entry.removalReason })}</p>
      ) : null}
      {approval.failure ? <ErrorMessage error={approval.failure} /> : null}
      {action ? (
        <ActionForm
          entry={entry}
          action={action}
          who={who}
          onChanged={onChanged}
          onCancel={() => {
            setAction(undefined)
          }}
        />
      ) : (
        <div className="actions">
          {review && entry.status === 'pending' ? (
            <button
              type="button"
              className="button"
              disabled={approval.busy}
              onClick={() => {
                approval.run('/approval', 'POST', undefined, 'police.watchApproved', who)
              }}
            >
              {t('police.watchApprove')}
            </button>
          ) : null}
          {actionsFor(entry, review).map((a) => (
            <button
              key={a}
              type="button"
              className="button button-secondary"
              onClick={() => {
                setAction(a)
              }}
            >
              {t(ACTION_LABELS[a])}
            </button>
          ))}
        </div>
      )}
    </li>
  )
}
