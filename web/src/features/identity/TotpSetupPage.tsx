import {
  Box,
  Button,
  Code,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import type { SubmitEvent } from 'react'
import { platformQuery } from '../../api/client'
import { Link } from '../../app/router'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useNotifyDone } from '../../components/useNotify'
import { useI18n } from '../../i18n/i18n'
import { identityMessages } from './messages'

const QrCode = lazy(async () => ({ default: (await import('../../components/QrCode')).QrCode }))

/** The secret in groups of four, as authenticator apps show it for typing. */
const grouped = (secret: string): string => secret.replace(/(.{4})/g, '$1 ').trim()

/** Turns on the second factor: scan the otpauth QR, confirm a code, keep the recovery codes. */
export default function TotpSetupPage() {
  const { t } = useI18n(identityMessages)
  usePageTitle(t('totp.title'))
  const queryClient = useQueryClient()
  const notifyDone = useNotifyDone()
  const account = useLoaded(platformQuery.useQuery('get', '/api/v1/identity/me'))
  const [code, setCode] = useState('')
  const [codeError, setCodeError] = useState<string | undefined>()
  const start = platformQuery.useMutation('post', '/api/v1/identity/totp')
  const confirm = platformQuery.useMutation('post', '/api/v1/identity/totp/confirm', {
    onSuccess: () => {
      notifyDone(t('totp.enabled'))
      // The account now has a second factor: the record page must say so.
      return queryClient.invalidateQueries(platformQuery.queryOptions('get', '/api/v1/identity/me'))
    },
  })

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    if (!/^\d{6}$/.test(code.trim())) {
      setCodeError(t('totp.codeInvalid'))
      document.getElementById('totp-code')?.focus()
      return
    }
    setCodeError(undefined)
    confirm.mutate({ body: { code: code.trim() } })
  }

  if (account.state.status === 'loading') return <Loading />
  if (account.state.status === 'error') {
    return (
      <>
        <Title order={1}>{t('totp.title')}</Title>
        <ErrorMessage error={account.state.error} onRetry={account.reload} />
      </>
    )
  }
  const enabled = account.state.data.secondFactor
  const setup = start.data
  const recovery = confirm.data?.recoveryCodes
  const failure = start.error ?? confirm.error
  const busy = start.isPending || confirm.isPending

  return (
    <Stack maw="34rem" gap="md">
      <Title order={1}>{t('totp.title')}</Title>
      {failure ? <ErrorMessage error={failure} focus /> : null}
      {recovery ? (
        <>
          <Title order={2}>{t('totp.recoveryTitle')}</Title>
          <Text>{t('totp.recoveryIntro')}</Text>
          <SimpleGrid
            component="ul"
            cols={2}
            spacing="xs"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('totp.recoveryTitle')}
          >
            {recovery.map((c) => (
              <Text component="li" key={c} ff="monospace" size="lg">
                {c}
              </Text>
            ))}
          </SimpleGrid>
          <Group>
            <Button component={Link} to="/me">
              {t('nav.myRecord')}
            </Button>
          </Group>
        </>
      ) : setup ? (
        <>
          <List type="ordered" spacing="md">
            <List.Item>{t('totp.stepInstall')}</List.Item>
            <List.Item>
              {t('totp.stepScan')}
              <Suspense fallback={<Loading />}>
                <Box maw="16rem" my="sm">
                  <QrCode text={setup.otpauthUri} label={t('totp.qrLabel')} />
                </Box>
              </Suspense>
              <Text>
                {t('totp.manual')}{' '}
                <Code data-testid="totp-secret" style={{ overflowWrap: 'anywhere' }}>
                  {grouped(setup.secret)}
                </Code>
              </Text>
            </List.Item>
            <List.Item>{t('totp.stepConfirm')}</List.Item>
          </List>
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <TextInput
                id="totp-code"
                name="totp-code"
                label={t('field.totpCode')}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                value={code}
                error={codeError}
                onChange={(e) => {
                  setCode(e.currentTarget.value)
                }}
                required
              />
              <Group>
                <Button type="submit" disabled={busy}>
                  {busy ? t('common.sending') : t('totp.confirm')}
                </Button>
              </Group>
            </Stack>
          </form>
        </>
      ) : (
        <>
          <Text>{enabled ? t('totp.alreadyOn') : t('totp.intro')}</Text>
          <Group>
            <Button
              type="button"
              onClick={() => {
                start.mutate()
              }}
              disabled={busy}
            >
              {busy ? t('common.loading') : enabled ? t('totp.restart') : t('totp.start')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  )
}
