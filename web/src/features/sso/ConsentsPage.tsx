import { Button, Paper, Stack, Text, Title } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { platformQuery } from '../../api/client'
import { Loaded } from '../../components/Loaded'
import { ErrorMessage, Notice } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { ssoMessages } from './messages'
import { ConsentList } from './ConsentList'
import { PlainList } from '../../components/PlainList'

/** The button names the system, so its label wraps on a phone rather than widen the page. */
const WRAPS = { label: { whiteSpace: 'normal' } } as const

const CONSENTS = platformQuery.queryOptions('get', '/api/v1/me/consents').queryKey

/** The systems the resident lets see their data through the SSO, and the way to take it back. */
export default function ConsentsPage() {
  const { t } = useI18n(ssoMessages)
  usePageTitle(t('consents.title'))
  const queryClient = useQueryClient()
  const { state, reload } = useLoaded(platformQuery.useQuery('get', '/api/v1/me/consents'))
  const withdraw = platformQuery.useMutation('delete', '/api/v1/me/consents/{clientId}', {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CONSENTS }),
  })
  // The name said in the confirmation: the consent, and so its name, is gone from the list.
  const [withdrawn, setWithdrawn] = useState<string | null>(null)
  const withdrawing = withdraw.isPending ? withdraw.variables.params.path.clientId : null

  return (
    <Stack gap="md">
      <Title order={1}>{t('consents.title')}</Title>
      <Text>{t('consents.intro')}</Text>
      {withdrawn ? (
        <Notice kind="success">{t('consents.withdrawn', { client: withdrawn })}</Notice>
      ) : null}
      {withdraw.error ? <ErrorMessage error={withdraw.error} focus /> : null}
      <Loaded loaded={{ state, reload }} empty={<Text fs="italic">{t('consents.none')}</Text>}>
        {(data) => (
          <PlainList gap="sm">
            {data.map((consent) => (
              <Paper component="li" key={consent.clientId} withBorder p="md">
                <Title order={2} size="h4">
                  {consent.clientName}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('consents.grantedAt', { at: formatDateTime(consent.grantedAt) })}
                </Text>
                <ConsentList scopes={consent.scopes} claims={consent.claims} />
                <Button
                  type="button"
                  variant="default"
                  mt="sm"
                  h="auto"
                  py={8}
                  styles={WRAPS}
                  disabled={withdrawing === consent.clientId}
                  onClick={() => {
                    setWithdrawn(null)
                    withdraw.mutate(
                      { params: { path: { clientId: consent.clientId } } },
                      {
                        onSuccess: () => {
                          setWithdrawn(consent.clientName)
                        },
                      },
                    )
                  }}
                >
                  {t('consents.withdraw', { client: consent.clientName })}
                </Button>
              </Paper>
            ))}
          </PlainList>
        )}
      </Loaded>
    </Stack>
  )
}
