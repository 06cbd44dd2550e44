import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../api/client'
import { ErrorMessage, Loading } from '../../components/Status'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n, type I18n } from '../../i18n/i18n'
import { identityMessages, type IdentityKey } from './messages'

interface Session {
  id: string
  createdAt: string
  expiresAt: string
  device: { browser: string | null; os: string | null }
  current: boolean
}

const SESSIONS = '/api/v1/me/sessions'
const KEY = ['identity', 'sessions']

const deviceName = (t: I18n<IdentityKey>['t'], { browser, os }: Session['device']): string =>
  browser && os
    ? t('sessions.device', { browser, os })
    : (browser ?? os ?? t('sessions.unknownDevice'))

/** The devices signed in to the account; any but this one can be signed out from here. */
export default function SessionsPage() {
  const { t } = useI18n(identityMessages)
  usePageTitle(t('sessions.title'))
  const queryClient = useQueryClient()
  const sessions = useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => api<Session[]>(SESSIONS, { signal }),
  })
  const end = useMutation({
    mutationFn: (session: Session) => api(`${SESSIONS}/${session.id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  })

  return (
    <Stack gap="md">
      <Title order={1}>{t('sessions.title')}</Title>
      <p>{t('sessions.intro')}</p>
      {end.isSuccess ? (
        <Alert role="status" color="green">
          {t('sessions.ended')}
        </Alert>
      ) : null}
      {end.error ? <ErrorMessage error={end.error} focus /> : null}
      {sessions.isPending ? <Loading /> : null}
      {sessions.isError ? (
        <ErrorMessage
          error={sessions.error}
          onRetry={() => {
            void sessions.refetch()
          }}
        />
      ) : null}
      {sessions.data ? (
        <Stack component="ul" className="log" gap="sm">
          {sessions.data.map((session) => (
            <Paper component="li" key={session.id} className="log-entry" withBorder p="md">
              <Title order={2} size="h4">
                {deviceName(t, session.device)}
              </Title>
              <Text className="log-when">
                {t('sessions.since', { at: formatDateTime(session.createdAt) })}
              </Text>
              {session.current ? (
                <p>{t('sessions.current')}</p>
              ) : (
                <Button
                  type="button"
                  variant="default"
                  mt="sm"
                  disabled={end.isPending && end.variables.id === session.id}
                  onClick={() => {
                    end.mutate(session)
                  }}
                >
                  {t('sessions.end')}
                </Button>
              )}
            </Paper>
          ))}
        </Stack>
      ) : null}
    </Stack>
  )
}
