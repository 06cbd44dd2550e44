import { Button, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { platform } from '../../api/client'
import { ErrorMessage, Loading } from '../../components/Status'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { claimLabel, claimValue, IDENTITY_CLAIMS } from './claims'
import { CredentialPresenter } from './CredentialPresenter'
import { DocumentCredentials } from './DocumentCredentials'
import { useStoredCredential } from './useStoredCredential'
import { credentialsMessages } from './messages'

const IDENTITY_KEY = 'identity'

/**
 * The resident's credentials on this device: their identity, and vault documents an agency
 * stands behind, each shown claim by claim as a QR that only this device can make.
 */
export default function MyCredentialsPage() {
  const i18n = useI18n(credentialsMessages)
  const { t } = i18n
  usePageTitle(t('mine.title'))
  const { stored, failure, receive } = useStoredCredential(IDENTITY_KEY)
  const [issuing, setIssuing] = useState(false)

  const issue = async () => {
    setIssuing(true)
    await receive(
      async (holderKey) =>
        (await platform.POST('/api/v1/me/credentials/identity', { body: { holderKey } })).data,
    )
    setIssuing(false)
  }

  const expired = stored ? Date.parse(stored.expiresAt) <= Date.now() : false
  return (
    <Stack gap="md" maw="40rem">
      <Title order={1}>{t('mine.title')}</Title>
      <Text>{t('mine.intro')}</Text>
      {stored === undefined ? <Loading /> : null}
      {failure ? <ErrorMessage error={failure} /> : null}
      {stored === null ? <Text>{t('mine.none')}</Text> : null}
      {stored ? (
        <Text role="status" data-testid="credential-expiry">
          {expired
            ? t('mine.expired')
            : t('mine.expiresAt', { date: formatDateTime(stored.expiresAt) })}
        </Text>
      ) : null}
      {stored !== undefined ? (
        <Button
          type="button"
          variant={stored ? 'default' : 'filled'}
          loading={issuing}
          onClick={() => {
            void issue()
          }}
          style={{ alignSelf: 'flex-start' }}
        >
          {stored ? t('mine.renew') : t('mine.issue')}
        </Button>
      ) : null}
      {stored && !expired ? (
        <CredentialPresenter
          key={stored.credential}
          credential={stored.credential}
          order={IDENTITY_CLAIMS}
          labelOf={(name) => claimLabel(i18n, name)}
          valueOf={(name, value) => claimValue(i18n, name, value)}
          initiallyChosen={['age_over_18']}
        />
      ) : null}
      <DocumentCredentials />
    </Stack>
  )
}
