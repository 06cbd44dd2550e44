import { Button, Paper, Stack, Text, Title } from '@mantine/core'
import { platform, platformQuery } from '../../api/client'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { useI18n } from '../../i18n/i18n'
import { claimValue } from './claims'
import { CredentialPresenter } from './CredentialPresenter'
import { credentialsMessages } from './messages'
import { useStoredCredential } from './useStoredCredential'

interface VaultDocument {
  id: string
  kind: { code: string; name: { vi: string; en: string } }
  labels: Record<string, { vi: string; en: string }>
  fields: Record<string, unknown>
}

/** What an agency adds to every document credential, after the kind's own fields. */
const DOCUMENT_CLAIMS = ['issuing_agency', 'issued_on'] as const

function DocumentCredential({ document }: { document: VaultDocument }) {
  const i18n = useI18n(credentialsMessages)
  const { t, language } = i18n
  const { stored, failure, receive } = useStoredCredential(`document:${document.id}`)
  const issue = () =>
    receive(
      async (holderKey) =>
        (
          await platform.POST('/api/v1/me/credentials/documents/{id}', {
            params: { path: { id: document.id } },
            body: { holderKey },
          })
        ).data,
    )
  const labelOf = (name: string) =>
    document.labels[name]?.[language] ??
    (name === 'issuing_agency' || name === 'issued_on' ? t(`claim.${name}`) : name)
  return (
    <Paper withBorder p="md" component="section" aria-label={document.kind.name[language]}>
      <Title order={3} size="h5" mb="xs">
        {document.kind.name[language]}
      </Title>
      {failure ? <ErrorMessage error={failure} /> : null}
      {stored === null ? (
        <Button
          type="button"
          variant="default"
          onClick={() => {
            void issue()
          }}
        >
          {t('documents.issue')}
        </Button>
      ) : null}
      {stored ? (
        <CredentialPresenter
          key={stored.credential}
          credential={stored.credential}
          order={[...Object.keys(document.fields), ...DOCUMENT_CLAIMS]}
          labelOf={labelOf}
          valueOf={(name, value) => claimValue(i18n, name, value)}
          initiallyChosen={[]}
        />
      ) : null}
    </Paper>
  )
}

/** The vault's documents an agency stands behind (issued or certified), each as a credential. */
export function DocumentCredentials() {
  const { t } = useI18n(credentialsMessages)
  const { state, reload } = useLoaded(platformQuery.useQuery('get', '/api/v1/me/documents'))
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />
  const vouched = state.data.documents.filter((d) => d.verified && d.origin !== 'uploaded')
  return (
    <Stack gap="sm" mt="lg">
      <Title order={2} size="h3">
        {t('documents.title')}
      </Title>
      {vouched.length === 0 ? <Text>{t('documents.none')}</Text> : null}
      {vouched.map((document) => (
        <DocumentCredential key={document.id} document={document} />
      ))}
    </Stack>
  )
}
