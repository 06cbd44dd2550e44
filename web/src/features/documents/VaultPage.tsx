import { Paper, Stack, Text, Title } from '@mantine/core'
import { platformQuery } from '../../api/client'
import { Link } from '../../app/router'
import { Loaded } from '../../components/Loaded'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { DocumentTags } from './DocumentCard'
import { documentsMessages } from './messages'
import type { VaultDocument } from './types'
import { UploadForm } from './UploadForm'
import { PlainList } from '../../components/PlainList'

function VaultItem({ document }: { document: VaultDocument }) {
  const { t, language } = useI18n(documentsMessages)
  const name = language === 'en' ? document.kind.name.en : document.kind.name.vi
  return (
    <Paper component="li" withBorder p="md">
      <Stack gap={6}>
        <Title order={2} size="h4">
          <Link to={`/me/documents/${document.id}`}>
            {document.title ? <span translate="no">{document.title}</span> : name}
          </Link>
        </Title>
        {document.title ? <Text size="sm">{name}</Text> : null}
        <DocumentTags document={document} />
        <Text size="sm" c="dimmed">
          {t('vault.addedAt')}: {formatDateTime(document.createdAt)}
        </Text>
      </Stack>
    </Paper>
  )
}

/** The resident's vault: issued documents as cards, scans as files, and an upload. */
export default function VaultPage() {
  const { t } = useI18n(documentsMessages)
  usePageTitle(t('vault.title'))
  const { state, reload } = useLoaded(platformQuery.useQuery('get', '/api/v1/me/documents'))
  return (
    <Stack gap="md">
      <Title order={1}>{t('vault.title')}</Title>
      <Text>{t('vault.intro')}</Text>
      <Loaded
        loaded={{ state, reload }}
        empty={<Text>{t('vault.empty')}</Text>}
        isEmpty={(data) => data.documents.length === 0}
      >
        {(data) => (
          <PlainList gap="sm" aria-label={t('vault.title')}>
            {data.documents.map((document) => (
              <VaultItem key={document.id} document={document} />
            ))}
          </PlainList>
        )}
      </Loaded>
      <UploadForm />
    </Stack>
  )
}
