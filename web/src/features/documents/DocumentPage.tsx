import { Anchor, Stack } from '@mantine/core'
import { platformQuery } from '../../api/client'
import { Link } from '../../app/router'
import type { PageProps } from '../../app/routes'
import { Loaded } from '../../components/Loaded'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { DocumentCard } from './DocumentCard'
import { documentsMessages } from './messages'
import { SharePanel } from './SharePanel'

/** One document of the resident's vault: its card or file, and its share links. */
export default function DocumentPage({ params }: PageProps) {
  const { t } = useI18n(documentsMessages)
  usePageTitle(t('vault.title'))
  const id = params.id ?? ''
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/me/documents/{id}', { params: { path: { id } } }),
  )
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/me/documents" size="sm">
        {t('vault.back')}
      </Anchor>
      <Loaded loaded={{ state, reload }}>
        {(data) => (
          <>
            <DocumentCard
              level={1}
              document={data}
              fileHref={`/api/v1/me/documents/${encodeURIComponent(id)}/file`}
            />
            <SharePanel documentId={id} />
          </>
        )}
      </Loaded>
    </Stack>
  )
}
