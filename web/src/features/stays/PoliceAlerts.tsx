import { useEffect, useState } from 'react'
import { api } from '../../api/client'
import type { WatchAlert, WatchAlertPage } from '../../api/types'
import { Place } from '../../components/Place'
import { ErrorMessage } from '../../components/Status'
import { formatDate, formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { Toggle } from './fields'
import { Paged } from './Paged'
import { usePages } from './usePages'
import { staysMessages } from './messages'

function Alert({ alert, onAcknowledged }: { alert: WatchAlert; onAcknowledged: () => void }) {
  const { t } = useI18n(staysMessages)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const { declaration: d, entry, establishment } = alert
  const person = entry.person
  const acknowledge = () => {
    setBusy(true)
    setFailure(null)
    api(`/api/v1/stays/police/alerts/${encodeURIComponent(alert.id)}/acknowledgement`, {
      method: 'POST',
    }).then(onAcknowledged, (error: unknown) => {
      setBusy(false)
      setFailure(error)
    })
  }
  return (
    <li className="stays-card stays-alert">
      <h3>{d.fullName}</h3>
      <dl className="facts facts-compact stays-facts">
        <div>
          <dt>{person.personalNumber ? t('field.personalNumber') : t('stays.passportNumber')}</dt>
          <dd className="mono">
            {person.personalNumber ??
              `${person.passportNumber ?? ''} (${person.nationality ?? ''})`}
          </dd>
        </div>
        <div>
          <dt>{t('field.birthDate')}</dt>
          <dd>{formatDate(d.birthDate)}</dd>
        </div>
        <div>
          <dt>{t('police.watchReason')}</dt>
          <dd>{entry.reason}</dd>
        </div>
        <div>
          <dt>{t('stays.establishment')}</dt>
          <dd>
            {establishment.name}, {establishment.address}
            {d.room ? ` · ${t('stays.place.any')} ${d.room}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('stays.arrivalAt')}</dt>
          <dd>{formatDateTime(d.arrivalAt)}</dd>
        </div>
        <div>
          <dt>{t('police.alertAt')}</dt>
          <dd>{formatDateTime(alert.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('police.responsibleUnit')}</dt>
          <dd>
            <Place name={alert.responsibleUnitName} code={alert.responsibleUnitCode} withCode />
          </dd>
        </div>
      </dl>
      {failure ? <ErrorMessage error={failure} /> : null}
      {alert.acknowledgedAt ? (
        <p className="hint">
          {t('police.acknowledgedAt', { at: formatDateTime(alert.acknowledgedAt) })}
        </p>
      ) : (
        <button type="button" className="button" disabled={busy} onClick={acknowledge}>
          {t('police.acknowledge')}
        </button>
      )}
    </li>
  )
}

/**
 * Watch-list alerts for this officer (the police of the stay's commune and the unit responsible
 * for the entry): open ones first; `arrived` counts live alerts, each one reloading the list.
 */
export function PoliceAlerts({ arrived }: { arrived: number }) {
  const { t } = useI18n(staysMessages)
  const [showAll, setShowAll] = useState(false)
  const list = usePages<WatchAlertPage>(
    `/api/v1/stays/police/alerts?limit=50${showAll ? '' : '&acknowledged=false'}`,
  )
  const { reload } = list
  useEffect(() => {
    if (arrived > 0) reload()
  }, [arrived, reload])
  const alerts = list.pages.flatMap((p) => p.alerts)
  return (
    <>
      {arrived > 0 ? (
        <p className="alert alert-error" role="alert">
          {t('police.alertArrived', { count: arrived })}
        </p>
      ) : null}
      <Toggle checked={showAll} onChange={setShowAll}>
        {t('police.showAcknowledged')}
      </Toggle>
      <Paged list={list} isEmpty={alerts.length === 0} emptyText={t('police.noAlerts')}>
        <ul className="stays-cards" aria-label={t('police.view.alerts')}>
          {alerts.map((alert) => (
            <Alert key={alert.id} alert={alert} onAcknowledged={reload} />
          ))}
        </ul>
      </Paged>
    </>
  )
}
