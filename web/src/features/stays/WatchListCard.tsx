import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { platform } from '../../api/client'
import type { WatchListEntry, WatchListStatus } from '../../api/types'
import { Place } from '../../components/Place'
import { ErrorMessage } from '../../components/Status'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { Fact, Facts } from '../../components/Facts'
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
} from './watchListing'
import { staysMessages, type StaysKey } from './messages'
import { AreaField, Field } from './ui'
import { Tag } from '../../components/Tag'

type Action = 'end' | 'refuse' | 'renew'
type Change = (said: Said) => void

/** Runs one call of the platform on the entry, then says what was done. */
function useAction(onChanged: Change) {
  const { mutate, isPending, error } = useMutation({
    mutationFn: ({ call }: { call: () => Promise<unknown>; said: Said }) => call(),
    onSuccess: (_, { said }) => {
      onChanged(said)
    },
  })
  const run = (call: () => Promise<unknown>, said: Said) => {
    mutate({ call, said })
  }
  return { busy: isPending, failure: error, run }
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
  const { busy, failure, run } = useAction(onChanged)
  const path = { path: { id: entry.id } }
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    if (action === 'renew') {
      if (!isLawfulExpiryDay(value)) {
        setError(t('police.expiryInvalid', { days: MAX_LISTING_DAYS }))
        return
      }
      const body = { expiresAt: endOfVietnamDay(value) }
      run(
        () => platform.POST('/api/v1/stays/police/watch-list/{id}/renewal', { params: path, body }),
        {
          key: 'police.watchRenewed',
          params: { who },
        },
      )
      return
    }
    if (value.trim().length < MIN_REASON) {
      setError(t('police.reasonRequired'))
      return
    }
    const body = { reason: value.trim() }
    if (action === 'refuse')
      run(
        () => platform.POST('/api/v1/stays/police/watch-list/{id}/refusal', { params: path, body }),
        {
          key: 'police.watchRefused',
          params: { who },
        },
      )
    else
      run(() => platform.DELETE('/api/v1/stays/police/watch-list/{id}', { params: path, body }), {
        key: 'police.watchRemoved',
        params: { who },
      })
  }
  const id = `${action}-${entry.id}`
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
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
          <AreaField
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
        <Group gap="sm">
          <Button type="submit" disabled={busy}>
            {t(ACTION_LABELS[action])}
          </Button>
          <CancelButton onClick={onCancel} />
        </Group>
      </Stack>
    </form>
  )
}

const ACTION_LABELS: Record<Action, StaysKey> = {
  end: 'police.watchRemove',
  refuse: 'police.watchRefuse',
  renew: 'police.watchRenew',
}

const STATUS_COLORS: Record<WatchListStatus, string> = {
  pending: 'orange',
  active: 'green',
  expired: 'gray',
  ended: 'gray',
  refused: 'red',
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
  const approval = useAction(onChanged)
  const number =
    entry.person.personalNumber ??
    `${entry.person.passportNumber ?? ''} (${entry.person.nationality ?? ''})`
  const who = entry.person.fullName ?? number
  const approve = () => {
    approval.run(
      () =>
        platform.POST('/api/v1/stays/police/watch-list/{id}/approval', {
          params: { path: { id: entry.id } },
        }),
      { key: 'police.watchApproved', params: { who } },
    )
  }
  return (
    <Paper component="li" withBorder p="md">
      <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
        {who}
      </Title>
      {entry.person.fullName ? <Text ff="monospace">{number}</Text> : null}
      <Group gap="xs" my="xs">
        <Tag color={STATUS_COLORS[entry.status]}>{t(LISTING_STATUS[entry.status])}</Tag>
        <Text size="sm">{t('police.expiresAt', { at: formatDateTime(entry.expiresAt) })}</Text>
      </Group>
      <Text>{entry.reason}</Text>
      <Facts compact>
        <Fact term={t('police.caseReference')}>{entry.caseReference}</Fact>
        <Fact term={t('police.legalBasis')}>{entry.legalBasis}</Fact>
        <Fact term={t('police.responsibleUnit')}>
          <Place name={entry.responsibleUnitName} code={entry.responsibleUnitCode} />
        </Fact>
        <Fact term={t('police.listedAt')}>{formatDateTime(entry.addedAt)}</Fact>
      </Facts>
      {entry.refusalReason ? (
        <Text>{t('police.refusedBecause', { reason: entry.refusalReason })}</Text>
      ) : null}
      {entry.removalReason ? (
        <Text>{t('police.endedBecause', { reason: entry.removalReason })}</Text>
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
        <Group gap="sm" mt="sm">
          {review && entry.status === 'pending' ? (
            <Button disabled={approval.busy} onClick={approve}>
              {t('police.watchApprove')}
            </Button>
          ) : null}
          {actionsFor(entry, review).map((a) => (
            <Button
              key={a}
              variant="default"
              onClick={() => {
                setAction(a)
              }}
            >
              {t(ACTION_LABELS[a])}
            </Button>
          ))}
        </Group>
      )}
    </Paper>
  )
}
