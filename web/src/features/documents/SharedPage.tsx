import { Stack, Text, Title } from '@mantine/core'
import { platformQuery } from '../../api/client'
import type { PageProps } from '../../app/routes'
import { Loaded } from '../../components/Loaded'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { DocumentCard } from './DocumentCard'
import { documentsMessages } from './messages'

/** A document a resident shared: the one document, for whoever holds the link (no sign-in). */
export default function SharedPage({ params }: PageProps) {
  const { t } = useI18n(documentsMessages)
  usePageTitle(t('shared.title'))
  const secret = params.secret ?? ''
  const { state } = useLoaded(
    platformQuery.useQuery(
      'get',
      '/api/v1/documents/shared/{secret}',
      { params: { path: { secret } } },
      // Each opening is recorded: one request per visit, no retries of a refusal.
      { retry: false, refetchOnWindowFocus: false },
    ),
  )
  return (
    <Stack gap="md">
      <Title order={1}>{t('shared.title')}</Title>
      <Text>{t('shared.intro')}</Text>
      <Loaded loaded={{ state }}>
        {(data) => (
          <>
            <Text size="sm">{t('shared.until', { at: formatDateTime(data.expiresAt) })}</Text>
            <DocumentCard
              document={data.document}
              fileHref={`/api/v1/documents/shared/${encodeURIComponent(secret)}/file`}
            />
          </>
        )}
      </Loaded>
    </Stack>
  )
}
