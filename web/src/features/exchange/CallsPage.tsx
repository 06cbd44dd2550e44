import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { platformQuery } from '../../api/client'
import type { ResponseOf } from '../../api/types'
import { Fact, Facts } from '../../components/Facts'
import { useRequirement } from '../../components/Requirement'
import { ErrorMessage, Loading } from '../../components/Status'
import { Tag } from '../../components/Tag'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { exchangeMessages } from './messages'
import { Data } from './shared'

type Call = ResponseOf<'/api/v1/exchange/calls', 'get'>[number]

const PAGE_SIZE = 20
type Filters = Record<
  'service' | 'consumer' | 'provider' | 'purpose' | 'status' | 'from' | 'to',
  string
>
const NO_FILTERS: Filters = {
  service: '',
  consumer: '',
  provider: '',
  purpose: '',
  status: '',
  from: '',
  to: '',
}

/** Vietnam keeps +07:00 all year: a wall-clock time there names one instant. */
const vietnamInstant = (wallClock: string) => new Date(`${wallClock}:00+07:00`).toISOString()

/** The filters as the API's query: empty ones left out, times as instants. */
function queryOf(filters: Filters) {
  const text = (value: string) => (value.trim() ? value.trim() : undefined)
  const status = text(filters.status)
  return {
    limit: PAGE_SIZE,
    ...(text(filters.service) ? { service: text(filters.service) } : {}),
    ...(text(filters.consumer) ? { consumer: text(filters.consumer) } : {}),
    ...(text(filters.provider) ? { provider: text(filters.provider) } : {}),
    ...(text(filters.purpose) ? { purpose: text(filters.purpose) } : {}),
    ...(status ? { status: Number(status) } : {}),
    ...(filters.from ? { from: vietnamInstant(filters.from) } : {}),
    ...(filters.to ? { to: vietnamInstant(filters.to) } : {}),
  }
}

/** The gateway's call log: a member's administrator sees its members' calls, an administrator all. */
export default function CallsPage() {
  const { t } = useI18n(exchangeMessages)
  usePageTitle(t('calls.title'))
  const requirement = useRequirement({
    permission: 'exchange.read',
    who: 'need.who.exchangeMember',
  })
  return (
    <Stack gap="md">
      <Title order={1}>{t('calls.title')}</Title>
      <Text>{t('calls.intro')}</Text>
      {requirement.blocked ? requirement.notice : <CallLog />}
    </Stack>
  )
}

function CallLog() {
  const [applied, setApplied] = useState<Filters>(NO_FILTERS)
  return (
    <>
      <FilterForm
        key={JSON.stringify(applied)}
        initial={applied}
        onApply={setApplied}
        onClear={() => {
          setApplied(NO_FILTERS)
        }}
      />
      <Calls filters={applied} />
    </>
  )
}

function FilterForm({
  initial,
  onApply,
  onClear,
}: {
  initial: Filters
  onApply: (filters: Filters) => void
  onClear: () => void
}) {
  const { t } = useI18n(exchangeMessages)
  const [filters, setFilters] = useState(initial)
  const field = (key: keyof Filters, extra: Record<string, unknown> = {}) => (
    <TextInput
      id={`calls-${key}`}
      label={t(`calls.${key}`)}
      value={filters[key]}
      onChange={(e) => {
        const value = e.currentTarget.value
        setFilters((f) => ({ ...f, [key]: value }))
      }}
      {...extra}
    />
  )
  return (
    <Paper withBorder p="md">
      <form
        aria-labelledby="calls-filters-title"
        onSubmit={(e) => {
          e.preventDefault()
          onApply(filters)
        }}
      >
        <Stack gap="sm">
          <Title order={2} id="calls-filters-title">
            {t('calls.filters')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {field('from', { type: 'datetime-local' })}
            {field('to', { type: 'datetime-local' })}
            {field('service', { translate: 'no', maxLength: 64 })}
            {field('purpose', { translate: 'no', maxLength: 64 })}
            {field('consumer', { translate: 'no', maxLength: 32 })}
            {field('provider', { translate: 'no', maxLength: 32 })}
            {field('status', { inputMode: 'numeric', pattern: '[1-5][0-9]{2}', maxLength: 3 })}
          </SimpleGrid>
          <Group gap="sm">
            <Button type="submit">{t('calls.apply')}</Button>
            <Button type="button" variant="default" onClick={onClear}>
              {t('calls.clear')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}

function Calls({ filters }: { filters: Filters }) {
  const { t } = useI18n(exchangeMessages)
  const log = platformQuery.useInfiniteQuery(
    'get',
    '/api/v1/exchange/calls',
    { params: { query: queryOf(filters) } },
    {
      pageParamName: 'before',
      // null, not undefined: openapi-react-query sends `before=0` for an undefined page.
      initialPageParam: null,
      getNextPageParam: (page) =>
        page.length === PAGE_SIZE ? page[page.length - 1]!.chainIndex : undefined,
    },
  )
  const calls = log.data?.pages.flat() ?? []
  const more = () => {
    void log.fetchNextPage()
  }
  const failure = log.isFetching ? null : log.error
  return (
    <>
      {log.isPending && log.isFetching ? <Loading /> : null}
      {failure ? (
        <ErrorMessage
          error={failure}
          onRetry={
            calls.length
              ? more
              : () => {
                  void log.refetch()
                }
          }
        />
      ) : null}
      {log.isSuccess && calls.length === 0 ? <Text>{t('calls.empty')}</Text> : null}
      {calls.length ? (
        <Stack
          component="ol"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('calls.listLabel')}
        >
          {calls.map((c) => (
            <CallEntry key={c.chainIndex} call={c} />
          ))}
        </Stack>
      ) : null}
      {log.hasNextPage ? (
        <Group>
          <Button type="button" variant="default" onClick={more} disabled={log.isFetchingNextPage}>
            {log.isFetchingNextPage ? t('common.loading') : t('calls.more')}
          </Button>
        </Group>
      ) : null}
    </>
  )
}

function CallEntry({ call }: { call: Call }) {
  const { t } = useI18n(exchangeMessages)
  const ok = call.status < 400
  return (
    <Paper component="li" withBorder p="md" data-call={call.requestId}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed">
            <time dateTime={call.occurredAt}>{formatDateTime(call.occurredAt)}</time>
          </Text>
          <Tag color={ok ? 'green' : 'red'}>
            {t(ok ? 'call.ok' : 'call.refused')} · <Data>{call.status}</Data>
          </Tag>
        </Group>
        <Text fw={600} translate="no" style={{ overflowWrap: 'anywhere' }}>
          {call.consumerCode} → {call.providerCode}/{call.serviceCode}
        </Text>
        <Facts>
          <Fact term={t('call.purpose')} translate="no">
            {call.purpose ?? '—'}
          </Fact>
          <Fact term={t('call.duration')}>{t('call.ms', { ms: String(call.durationMs) })}</Fact>
          <Fact term={t('call.requestId')} translate="no" ff="monospace">
            {call.requestId}
          </Fact>
          {call.errorCode ? (
            <Fact term={t('call.error')} translate="no" ff="monospace">
              {call.errorCode}
            </Fact>
          ) : null}
        </Facts>
      </Stack>
    </Paper>
  )
}
