import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core'
import { useInfiniteQuery } from '@tanstack/react-query'
import { api } from '../../api/client'
import { Link } from '../../app/router'
import { ErrorMessage, Loading } from '../../components/Status'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import type { ResponseOf } from '../../api/types'
import { inLanguage, statusColor, statusText } from './labels'
import { servicesMessages } from './messages'
import { MyDrafts } from './MyDrafts'
import { Tag } from '../../components/Tag'
import type { MyDossierItem } from './types'

type Page = ResponseOf<'/api/v1/me/dossiers', 'get'>

function DossierItem({ dossier }: { dossier: MyDossierItem }) {
  const i18n = useI18n(servicesMessages)
  const { t, language } = i18n
  return (
    <Paper component="li" withBorder p="md">
      <Title order={2} size="h4">
        <Link to={`/services/dossiers/${encodeURIComponent(dossier.code)}`}>
          {inLanguage(dossier.serviceName, language)}
        </Link>
      </Title>
      <Text size="sm" translate="no" ff="monospace" my={4}>
        {dossier.code}
      </Text>
      <Tag color={statusColor(dossier.status)}>{statusText(i18n, dossier.status)}</Tag>
      <dl className="facts facts-compact" style={{ marginTop: '0.5rem' }}>
        <div>
          <dt>{t('receipt.receivedAt')}</dt>
          <dd>{formatDateTime(dossier.receivedAt)}</dd>
        </div>
        <div>
          <dt>{t('receipt.dueAt')}</dt>
          <dd>{formatDateTime(dossier.dueAt)}</dd>
        </div>
      </dl>
    </Paper>
  )
}

/** The resident's filings, newest first, with where each stands. */
export default function MyDossiersPage() {
  const { t } = useI18n(servicesMessages)
  usePageTitle(t('myDossiers.title'))
  const list = useInfiniteQuery({
    queryKey: ['api', '/api/v1/me/dossiers'],
    initialPageParam: '',
    queryFn: ({ pageParam, signal }) =>
      api<Page>(
        `/api/v1/me/dossiers?limit=20${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`,
        { signal },
      ),
    getNextPageParam: (last) => last.next ?? undefined,
  })
  const dossiers = list.data?.pages.flatMap((p) => p.items) ?? []
  return (
    <Stack gap="md">
      <Title order={1}>{t('myDossiers.title')}</Title>
      <Text>{t('myDossiers.intro')}</Text>
      <MyDrafts />
      {list.isPending ? <Loading /> : null}
      {list.isError ? (
        <ErrorMessage
          error={list.error}
          onRetry={() => {
            void list.refetch()
          }}
        />
      ) : null}
      {list.isSuccess && dossiers.length === 0 ? (
        <Stack gap="xs" align="flex-start">
          <Text>{t('myDossiers.empty')}</Text>
          <Anchor component={Link} to="/services">
            {t('myDossiers.browse')}
          </Anchor>
        </Stack>
      ) : null}
      {dossiers.length > 0 ? (
        <Stack
          component="ol"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('myDossiers.title')}
        >
          {dossiers.map((dossier) => (
            <DossierItem key={dossier.code} dossier={dossier} />
          ))}
        </Stack>
      ) : null}
      {list.hasNextPage ? (
        <Button
          type="button"
          variant="default"
          loading={list.isFetchingNextPage}
          onClick={() => {
            void list.fetchNextPage()
          }}
        >
          {t('myDossiers.more')}
        </Button>
      ) : null}
    </Stack>
  )
}
