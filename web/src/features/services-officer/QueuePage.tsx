import {
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { platformQuery } from '../../api/client'
import { Link } from '../../app/router'
import { useRequirement } from '../../components/Requirement'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { officerMessages } from './messages'
import { SlaBadge, type Sla } from './SlaBadge'
import { PlainList } from '../../components/PlainList'

const STATUSES = ['received', 'in_review', 'needs_info', 'approved', 'refused'] as const
type Status = (typeof STATUSES)[number]
const SLAS = ['on_time', 'due_soon', 'overdue'] as const

interface Filter {
  status?: Status
  sla?: Sla
  q?: string
}

/** The queue of the officer's units: filters, then dossiers soonest due first. */
export default function QueuePage() {
  const { t } = useI18n(officerMessages)
  usePageTitle(t('queue.title'))
  const requirement = useRequirement({ permission: 'services.handle', who: 'need.who.oneStopShop' })
  const [filter, setFilter] = useState<Filter>({})
  return (
    <Stack gap="md">
      <Title order={1}>{t('queue.title')}</Title>
      {requirement.blocked ? (
        requirement.notice
      ) : (
        <>
          <Text>{t('queue.intro')}</Text>
          <Filters onApply={setFilter} />
          <Pages key={JSON.stringify(filter)} filter={filter} />
        </>
      )}
    </Stack>
  )
}

function Filters({ onApply }: { onApply: (filter: Filter) => void }) {
  const { t } = useI18n(officerMessages)
  const [status, setStatus] = useState('')
  const [sla, setSla] = useState('')
  const [q, setQ] = useState('')
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    onApply({
      ...(status ? { status: status as Status } : {}),
      ...(sla ? { sla: sla as Sla } : {}),
      ...(q.trim() ? { q: q.trim() } : {}),
    })
  }
  return (
    <form onSubmit={submit} aria-label={t('queue.filters')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          id="queue-status"
          label={t('queue.status')}
          value={status}
          onChange={(e) => {
            setStatus(e.currentTarget.value)
          }}
          data={[
            { value: '', label: t('queue.status.open') },
            ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
        />
        <NativeSelect
          id="queue-sla"
          label={t('queue.sla')}
          value={sla}
          onChange={(e) => {
            setSla(e.currentTarget.value)
          }}
          data={[
            { value: '', label: t('queue.sla.any') },
            ...SLAS.map((s) => ({ value: s, label: t(`sla.${s}`) })),
          ]}
        />
        <TextInput
          id="queue-q"
          label={t('queue.search')}
          description={t('queue.searchHint')}
          classNames={{ description: 'hint' }}
          maxLength={24}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value)
          }}
        />
        <Button type="submit">{t('queue.apply')}</Button>
      </Group>
    </form>
  )
}

/** Pages fetched one after the other, each from the previous one's cursor. */
function Pages({ filter }: { filter: Filter }) {
  const [cursors, setCursors] = useState<string[]>([''])
  return (
    <Stack gap="sm">
      {cursors.map((cursor, i) => (
        <QueueChunk
          key={cursor}
          filter={filter}
          cursor={cursor}
          first={i === 0}
          last={i === cursors.length - 1}
          onMore={(next) => {
            setCursors((shown) => [...shown, next])
          }}
        />
      ))}
    </Stack>
  )
}

function QueueChunk({
  filter,
  cursor,
  first,
  last,
  onMore,
}: {
  filter: Filter
  cursor: string
  first: boolean
  last: boolean
  onMore: (cursor: string) => void
}) {
  const { t } = useI18n(officerMessages)
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/services/queue', {
      params: { query: { ...filter, limit: 50, ...(cursor ? { cursor } : {}) } },
    }),
  )
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />
  if (state.status !== 'ok') return <Loading />
  const { items, next } = state.data
  if (items.length === 0 && first) return <Text>{t('queue.empty')}</Text>
  return (
    <>
      <QueueTable items={items} caption={first} />
      <PlainList gap="sm" hiddenFrom="sm">
        {items.map((item) => (
          <QueueCard key={item.code} item={item} />
        ))}
      </PlainList>
      {last && next ? (
        <Button
          variant="default"
          onClick={() => {
            onMore(next)
          }}
        >
          {t('queue.more')}
        </Button>
      ) : null}
    </>
  )
}

type Item = {
  code: string
  serviceName: { vi: string; en: string }
  status: string
  receivedAt: string
  dueAt: string
  sla: Sla
  paused: boolean
  assigneeId: string | null
  assignedToMe: boolean
}

function useAssignee() {
  const { t } = useI18n(officerMessages)
  return (item: Item) =>
    item.assignedToMe ? t('queue.mine') : item.assigneeId ? t('queue.someone') : t('queue.nobody')
}

const statusKey = (status: string) => `status.${status}` as `status.${Status}`

function QueueTable({ items, caption }: { items: Item[]; caption: boolean }) {
  const { t, language } = useI18n(officerMessages)
  const assignee = useAssignee()
  return (
    <Table.ScrollContainer minWidth={720} visibleFrom="sm">
      <Table striped highlightOnHover captionSide="top">
        {caption ? <Table.Caption>{t('queue.caption')}</Table.Caption> : null}
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('queue.code')}</Table.Th>
            <Table.Th scope="col">{t('queue.service')}</Table.Th>
            <Table.Th scope="col">{t('queue.status')}</Table.Th>
            <Table.Th scope="col">{t('queue.due')}</Table.Th>
            <Table.Th scope="col">{t('queue.sla')}</Table.Th>
            <Table.Th scope="col">{t('queue.assignee')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.code}>
              <Table.Td>
                <Link to={`/officer/services/${item.code}`}>{item.code}</Link>
              </Table.Td>
              <Table.Td>{item.serviceName[language]}</Table.Td>
              <Table.Td>
                {t(statusKey(item.status))}
                {item.paused ? ` (${t('queue.paused')})` : ''}
              </Table.Td>
              <Table.Td>{formatDateTime(item.dueAt)}</Table.Td>
              <Table.Td>
                <SlaBadge sla={item.sla} />
              </Table.Td>
              <Table.Td>{assignee(item)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

function QueueCard({ item }: { item: Item }) {
  const { t, language } = useI18n(officerMessages)
  const assignee = useAssignee()
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Link
            to={`/officer/services/${item.code}`}
            aria-label={t('queue.open', { code: item.code })}
          >
            {item.code}
          </Link>
          <SlaBadge sla={item.sla} />
        </Group>
        <Text size="sm">{item.serviceName[language]}</Text>
        <Text size="sm">
          {t(statusKey(item.status))}
          {item.paused ? ` (${t('queue.paused')})` : ''} · {assignee(item)}
        </Text>
        <Text size="sm">
          {t('queue.due')}: {formatDateTime(item.dueAt)}
        </Text>
      </Stack>
    </Card>
  )
}
