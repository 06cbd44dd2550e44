import { Button, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { platformQuery } from '../../api/client'
import type { AccessLogEntry } from '../../api/types'
import { ErrorMessage, Loading } from '../../components/Status'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { auditMessages } from './messages'
import { roleLabel } from '../../i18n/labels'

const PAGE_SIZE = 20

function Entry({ entry }: { entry: AccessLogEntry }) {
  const { t, language } = useI18n(auditMessages)
  const purpose = entry.purposeLabel
    ? entry.purposeLabel[language]
    : (entry.purpose ?? t('log.noPurpose'))
  // Names, not codes: the establishment, the office's agency and unit, as the person knows them.
  const who = [
    entry.actorEstablishmentName,
    roleLabel(t, entry.actorRole),
    entry.actorAgencyName?.[language] ?? entry.actorAgency,
    entry.actorUnitName ?? entry.actorUnitCode,
  ]
    .filter(Boolean)
    .join(' · ')
  const via = entry.viaSystemName ?? entry.viaSystem
  const facts: [string, string][] = [
    [t('log.who'), who],
    [t('log.purpose'), purpose],
    ...(via ? [[t('log.via'), via] as [string, string]] : []),
  ]
  return (
    <Paper component="li" withBorder p="md">
      <Text size="sm" c="dimmed">
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
      </Text>
      <Text fw={600} mb="xs">
        {entry.actionLabel?.[language] ?? entry.action}
      </Text>
      <DataList orientation="vertical" withDivider>
        {facts.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue fw={600}>{value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Paper>
  )
}

/** Who viewed my data: each audited read of the resident, newest first, never the officer's name. */
export default function AccessLogPage() {
  const { t } = useI18n(auditMessages)
  usePageTitle(t('log.title'))
  const log = platformQuery.useInfiniteQuery(
    'get',
    '/api/v1/me/access-log',
    { params: { query: { limit: PAGE_SIZE } } },
    {
      pageParamName: 'before',
      // null, not undefined: openapi-react-query sends `before=0` for an undefined page.
      initialPageParam: null,
      getNextPageParam: (page) => page.next ?? undefined,
    },
  )
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? []
  const more = () => {
    void log.fetchNextPage()
  }
  // A failed further page keeps the entries shown; retrying asks for that page again.
  const failure = log.isFetching ? null : log.error

  return (
    <Stack gap="md">
      <Title order={1}>{t('log.title')}</Title>
      <Text>{t('log.intro')}</Text>
      {log.isPending && log.isFetching ? <Loading /> : null}
      {failure ? (
        <ErrorMessage
          error={failure}
          onRetry={
            entries.length
              ? more
              : () => {
                  void log.refetch()
                }
          }
        />
      ) : null}
      {log.isSuccess && entries.length === 0 ? <Text fs="italic">{t('log.empty')}</Text> : null}
      {entries.length ? (
        <Stack
          component="ol"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('log.listLabel')}
        >
          {entries.map((entry, i) => (
            <Entry key={`${entry.at}-${String(i)}`} entry={entry} />
          ))}
        </Stack>
      ) : null}
      {log.hasNextPage ? (
        <Group>
          <Button type="button" variant="default" onClick={more} disabled={log.isFetchingNextPage}>
            {log.isFetchingNextPage ? t('common.loading') : t('log.more')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  )
}
