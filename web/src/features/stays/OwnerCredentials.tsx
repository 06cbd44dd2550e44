import { Button, Group, Paper, Text, Title } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { platformQuery } from '../../api/client'
import { ErrorMessage, Notice } from '../../components/Status'
import { useI18n } from '../../i18n/i18n'
import { FactList, Mono } from './EstablishmentParts'
import { CancelButton } from './fields'
import { staysMessages } from './messages'

/**
 * API credentials for the establishment's own software (OAuth2 client_credentials through the
 * platform's SSO). The secret is shown once, here, and kept nowhere in the page afterwards.
 */
export function OwnerCredentials({
  establishmentId,
  clientId,
}: {
  establishmentId: string
  clientId: string | null
}) {
  const { t } = useI18n(staysMessages)
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState(false)
  const credentials = platformQuery.useMutation(
    'post',
    '/api/v1/stays/establishments/{id}/credentials',
    {
      // The secret leaves memory with the section: no cached mutation keeps it.
      gcTime: 0,
      // The owner's list holds the establishment's client id, which a first issue sets.
      onSuccess: () =>
        queryClient.invalidateQueries(
          platformQuery.queryOptions('get', '/api/v1/stays/establishments/mine'),
        ),
    },
  )
  const issued = credentials.data
  const busy = credentials.isPending
  const existing = issued?.clientId ?? clientId
  const issuer = `${window.location.origin}/oidc`

  const issue = () => {
    setConfirming(false)
    credentials.mutate({ params: { path: { id: establishmentId } } })
  }

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="credentials-title">
      <Title order={2} id="credentials-title" mb="xs">
        {t('stays.credentials.title')}
      </Title>
      <Text size="sm" mb="sm" style={{ overflowWrap: 'anywhere' }}>
        {t('stays.credentials.intro', { issuer })}
      </Text>
      {credentials.error ? <ErrorMessage error={credentials.error} focus /> : null}
      {issued ? (
        <Notice kind="warning">
          <Text fw={600} mb="sm">
            {t('stays.credentials.once')}
          </Text>
          <FactList
            facts={[
              ['client_id', <Mono key="id">{issued.clientId}</Mono>],
              ['client_secret', <Mono key="secret">{issued.clientSecret}</Mono>],
              ['scope', <Mono key="scope">{issued.scope}</Mono>],
            ]}
          />
        </Notice>
      ) : existing ? (
        <Text style={{ overflowWrap: 'anywhere' }}>
          {t('stays.credentials.existing')} <Mono>{existing}</Mono>
        </Text>
      ) : null}
      <Group gap="sm" mt="sm">
        {existing && !confirming ? (
          <Button
            variant="default"
            disabled={busy}
            onClick={() => {
              setConfirming(true)
            }}
          >
            {t('stays.credentials.rotate')}
          </Button>
        ) : null}
        {existing && confirming ? (
          <>
            <Button disabled={busy} onClick={issue}>
              {t('stays.credentials.confirmRotate')}
            </Button>
            <CancelButton
              onClick={() => {
                setConfirming(false)
              }}
            />
          </>
        ) : null}
        {existing ? null : (
          <Button disabled={busy} onClick={issue}>
            {t('stays.credentials.issue')}
          </Button>
        )}
      </Group>
    </Paper>
  )
}
