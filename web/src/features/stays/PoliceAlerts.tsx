import { Alert as Notice, Button, Paper, Stack, Text, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
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
  const { declaration: d, entry, establishment } = alert
  const person = entry.person
  const acknowledgement = useMutation({
    mutationFn: () =>
      api(`/api/v1/stays/police/alerts/${encodeURIComponent(alert.id)}/acknowledgement`, {
        method: 'POST',
      }),
    onSuccess: onAcknowledged,
  })
  // Busy until the list shown again no longer offers it.
  const busy = acknowledgement.isPending || acknowledgement.isSuccess
  const failure = acknowledgement.error
  const acknowledge = () => {
    acknowledgement.mutate()
  }
  return (
    <Paper component="li" withBorder p="md" className="stays-card stays-alert">
      <Title order={3} size="h4" mb="xs">
        {d.fullName}
      </Title>
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
        <Text size="sm">
          {t('police.acknowledgedAt', { at: formatDateTime(alert.acknowledgedAt) })}
        </Text>
      ) : (
        <Button disabled={busy} onClick={acknowledge}>
          {t('police.acknowledge')}
        </Button>
      )}
    </Paper>
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
    <Stack gap="md">
      {arrived > 0 ? (
        <Notice color="red" variant="light" role="alert">
          {t('police.alertArrived', { count: arrived })}
        </Notice>
      ) : null}
      <Toggle checked={showAll} onChange={setShowAll}>
        {t('police.showAcknowledged')}
      </Toggle>
      <Paged list={list} isEmpty={alerts.length === 0} emptyText={t('police.noAlerts')}>
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          className="stays-cards"
          aria-label={t('police.view.alerts')}
        >
          {alerts.map((alert) => (
            <Alert key={alert.id} alert={alert} onAcknowledged={reload} />
          ))}
        </Stack>
      </Paged>
    </Stack>
  )
}
