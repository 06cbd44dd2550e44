import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { platformQuery } from '../../api/client'
import type { EstablishmentStatus, PoliceEstablishment } from '../../api/types'
import { Place } from '../../components/Place'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { useEstablishmentTypes } from './establishmentTypes'
import { CancelButton } from './fields'
import { capacityLabel, statusLabel, typeName } from './labels'
import { staysMessages } from './messages'
import { AreaField, SelectField } from './ui'
import { useTellDone } from './useTellDone'

const STATUSES: EstablishmentStatus[] = ['pending', 'approved', 'refused']

function Decision({
  establishment,
  onDecided,
}: {
  establishment: PoliceEstablishment
  onDecided: () => void
}) {
  const { t } = useI18n(staysMessages)
  const tellDone = useTellDone()
  const [refusing, setRefusing] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()
  const decision = platformQuery.useMutation('post', '/api/v1/stays/establishments/{id}/decision', {
    onSuccess: (decided) => {
      tellDone({
        key: decided.status === 'approved' ? 'police.approvedDone' : 'police.refusedDone',
        params: { name: decided.name },
      })
      onDecided()
    },
  })
  // Busy until the list shown again no longer offers it.
  const busy = decision.isPending || decision.isSuccess
  const params = { path: { id: establishment.id } }
  const refuse = (event: SubmitEvent) => {
    event.preventDefault()
    if (!reason.trim()) {
      setError(t('police.refusalReasonRequired'))
      return
    }
    decision.mutate({ params, body: { decision: 'refuse', reason: reason.trim() } })
  }
  return (
    <>
      {decision.error ? <ErrorMessage error={decision.error} /> : null}
      {refusing ? (
        <form onSubmit={refuse} noValidate>
          <Stack gap="sm" mt="sm">
            <AreaField
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
            <Group gap="sm">
              <Button type="submit" disabled={busy}>
                {t('police.refuse')}
              </Button>
              <CancelButton
                onClick={() => {
                  setRefusing(false)
                }}
              />
            </Group>
          </Stack>
        </form>
      ) : (
        <Group gap="sm" mt="sm">
          <Button
            disabled={busy}
            onClick={() => {
              decision.mutate({ params, body: { decision: 'approve' } })
            }}
          >
            {t('police.approve', { name: establishment.name })}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setRefusing(true)
            }}
          >
            {t('police.refuseStart')}
          </Button>
        </Group>
      )}
    </>
  )
}

/** Establishments of the jurisdiction by status; the pending ones to approve or refuse with a reason. */
export function PoliceEstablishments() {
  const { t, language, number } = useI18n(staysMessages)
  const types = useEstablishmentTypes()
  const [status, setStatus] = useState<EstablishmentStatus>('pending')
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/stays/establishments', {
      params: { query: { status } },
    }),
  )
  return (
    <Stack gap="md">
      <SelectField
        id="establishment-status"
        label={t('stays.owner.status')}
        value={status}
        data={STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
        onChange={(e) => {
          const chosen = STATUSES.find((s) => s === e.currentTarget.value)
          if (chosen) setStatus(chosen)
        }}
        style={{ maxWidth: '20rem' }}
      />
      <Loaded
        loaded={{ state, reload }}
        empty={<Text fs="italic">{t('police.noEstablishments')}</Text>}
      >
        {(data) => (
          <Stack component="ul" gap="sm" p={0} m={0} aria-label={t('police.view.establishments')}>
            {data.map((e) => (
              <Paper component="li" key={e.id} withBorder p="md">
                <Title order={3} size="h4" mb={4} style={{ overflowWrap: 'anywhere' }}>
                  {e.name}
                </Title>
                <Text>
                  {typeName(language, types, e.typeCode)} · {number(e.capacity)}{' '}
                  {capacityLabel(t, e.capacityUnit)}
                </Text>
                {e.owner.fullName ? (
                  <Text>{t('police.owner', { name: e.owner.fullName })}</Text>
                ) : null}
                <Text size="sm">
                  {e.address} · <Place name={e.communeName} code={e.communeCode} /> ·{' '}
                  {t('police.registeredAt', { at: formatDateTime(e.createdAt) })}
                </Text>
                {e.decisionReason ? (
                  <Text>{t('stays.owner.reason', { reason: e.decisionReason })}</Text>
                ) : null}
                {e.status === 'pending' ? <Decision establishment={e} onDecided={reload} /> : null}
              </Paper>
            ))}
          </Stack>
        )}
      </Loaded>
    </Stack>
  )
}
