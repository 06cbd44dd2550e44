import {
  Button,
  Code,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { platform, platformQuery } from '../../api/client'
import { useRequirement } from '../../components/Requirement'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage, Notice } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { useNotifyDone } from '../../components/useNotify'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { subscriptionsMessages } from './messages'

type Key = keyof typeof subscriptionsMessages.vi

interface Subscription {
  id: string
  memberCode: string
  eventType: string
  url: string
  createdAt: string
}

const eventKey = (eventType: string) => `event.${eventType}` as Key

/** A member administrator's webhook subscriptions: subscribe, unsubscribe, dead letters, replay. */
export default function SubscriptionsPage() {
  const { t } = useI18n(subscriptionsMessages)
  usePageTitle(t('title'))
  const requirement = useRequirement({
    permission: 'exchange.grants',
    who: 'need.who.exchangeMember',
  })
  return (
    <Stack gap="md">
      <Title order={1}>{t('title')}</Title>
      <Text>{t('intro')}</Text>
      {requirement.blocked ? requirement.notice : <Console />}
    </Stack>
  )
}

function Console() {
  const { t } = useI18n(subscriptionsMessages)
  const list = useLoaded(platformQuery.useQuery('get', '/api/v1/exchange/subscriptions'))
  return (
    <>
      <NewSubscription onCreated={list.reload} />
      <Title order={2}>{t('list.title')}</Title>
      <Loaded loaded={list} empty={<Text>{t('list.empty')}</Text>}>
        {(data) =>
          data.map((s) => <SubscriptionCard key={s.id} subscription={s} onRemoved={list.reload} />)
        }
      </Loaded>
    </>
  )
}

function NewSubscription({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n(subscriptionsMessages)
  const types = useLoaded(
    platformQuery.useQuery('get', '/api/v1/exchange/subscriptions/event-types'),
  )
  const [eventType, setEventType] = useState<string | null>(null)
  const [url, setUrl] = useState('')
  const [memberCode, setMemberCode] = useState('')
  const create = useMutation({
    mutationFn: async () => {
      const { data } = await platform.POST('/api/v1/exchange/subscriptions', {
        body: {
          eventType: eventType ?? '',
          url: url.trim(),
          ...(memberCode.trim() ? { memberCode: memberCode.trim() } : {}),
        },
      })
      return data
    },
    onSuccess: onCreated,
  })
  const options =
    types.state.status === 'ok'
      ? types.state.data.map((e) => ({ value: e.eventType, label: t(eventKey(e.eventType)) }))
      : []
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          create.mutate()
        }}
      >
        <Stack gap="sm">
          <Title order={2}>{t('form.title')}</Title>
          <Select
            id="subscription-event-type"
            label={t('form.eventType')}
            data={options}
            value={eventType}
            onChange={setEventType}
            required
          />
          <TextInput
            id="subscription-url"
            label={t('form.url')}
            description={t('form.urlHint')}
            type="url"
            value={url}
            maxLength={2000}
            required
            onChange={(e) => {
              setUrl(e.currentTarget.value)
            }}
          />
          <TextInput
            id="subscription-member"
            label={t('form.memberCode')}
            value={memberCode}
            maxLength={32}
            onChange={(e) => {
              setMemberCode(e.currentTarget.value)
            }}
          />
          <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('form.submit')}
          </Button>
          {create.error ? <ErrorMessage error={create.error} /> : null}
          {create.data?.secret ? (
            <Notice kind="success">
              <Stack gap="xs">
                <Text inherit>{t('created.title')}</Text>
                <Text inherit>{t('created.secret')}:</Text>
                <Code block translate="no" style={{ wordBreak: 'break-all' }}>
                  {create.data.secret}
                </Code>
              </Stack>
            </Notice>
          ) : null}
        </Stack>
      </form>
    </Paper>
  )
}

function SubscriptionCard({
  subscription,
  onRemoved,
}: {
  subscription: Subscription
  onRemoved: () => void
}) {
  const { t } = useI18n(subscriptionsMessages)
  const notify = useNotifyDone()
  const [isOpen, setOpen] = useState(false)
  const remove = useMutation({
    mutationFn: async () => {
      await platform.DELETE('/api/v1/exchange/subscriptions/{id}', {
        params: { path: { id: subscription.id } },
      })
    },
    onSuccess: () => {
      notify(t('list.removed'))
      onRemoved()
    },
  })
  return (
    <Paper withBorder p="md" data-subscription={subscription.id}>
      <Stack gap="xs">
        <Text fw={600}>{t(eventKey(subscription.eventType))}</Text>
        <Text size="sm" translate="no" style={{ wordBreak: 'break-all' }}>
          {subscription.url}
        </Text>
        <Text size="sm">
          <span translate="no">{subscription.memberCode}</span> · {t('list.createdAt')}:{' '}
          {formatDateTime(subscription.createdAt)}
        </Text>
        <Group gap="sm" wrap="wrap">
          <Button
            variant="default"
            onClick={() => {
              setOpen((open) => !open)
            }}
            aria-expanded={isOpen}
          >
            {t('list.deadLetters')}
          </Button>
          <Button
            variant="default"
            color="red"
            loading={remove.isPending}
            onClick={() => {
              remove.mutate()
            }}
          >
            {t('list.remove')}
          </Button>
        </Group>
        {remove.error ? <ErrorMessage error={remove.error} /> : null}
        {isOpen ? <DeadLetters id={subscription.id} /> : null}
      </Stack>
    </Paper>
  )
}

/** Vietnam keeps +07:00 all year: a wall-clock time there names one instant. */
const vietnamInstant = (wallClock: string) => new Date(`${wallClock}:00+07:00`).toISOString()

function DeadLetters({ id }: { id: string }) {
  const { t } = useI18n(subscriptionsMessages)
  const notify = useNotifyDone()
  const letters = useLoaded(
    platformQuery.useQuery('get', '/api/v1/exchange/subscriptions/{id}/dead-letters', {
      params: { path: { id } },
    }),
  )
  const [since, setSince] = useState('')
  const replay = useMutation({
    mutationFn: async () => {
      const { data } = await platform.POST('/api/v1/exchange/subscriptions/{id}/replay', {
        params: { path: { id } },
        body: { since: vietnamInstant(since) },
      })
      return data
    },
    onSuccess: (data) => {
      notify(t('replay.done', { count: String(data?.requeued ?? 0) }))
      letters.reload()
    },
  })
  return (
    <Stack gap="sm">
      <Loaded loaded={letters} empty={<Text size="sm">{t('dead.empty')}</Text>}>
        {(data) => (
          <Table.ScrollContainer minWidth={320}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('dead.event')}</Table.Th>
                  <Table.Th>{t('dead.occurredAt')}</Table.Th>
                  <Table.Th>{t('dead.attempts')}</Table.Th>
                  <Table.Th>{t('dead.error')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td translate="no">{d.eventId}</Table.Td>
                    <Table.Td>{formatDateTime(d.occurredAt)}</Table.Td>
                    <Table.Td>{d.attempts}</Table.Td>
                    <Table.Td translate="no">{d.lastError}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Loaded>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (since) replay.mutate()
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            id={`replay-since-${id}`}
            type="datetime-local"
            label={t('replay.since')}
            value={since}
            required
            onChange={(e) => {
              setSince(e.currentTarget.value)
            }}
          />
          <Button type="submit" loading={replay.isPending}>
            {t('replay.submit')}
          </Button>
        </Group>
      </form>
      {replay.error ? <ErrorMessage error={replay.error} /> : null}
    </Stack>
  )
}
