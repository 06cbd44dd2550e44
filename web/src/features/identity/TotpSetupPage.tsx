import { Alert, Button, Code, Group, List, Stack, TextInput, Title } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import type { SubmitEvent } from 'react'
import { api } from '../../api/client'
import type { MyAccount, TotpSetup } from '../../api/types'
import { Link } from '../../app/router'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { identityMessages } from './messages'

const QrCode = lazy(async () => ({ default: (await import('../../components/QrCode')).QrCode }))

/** The secret in groups of four, as authenticator apps show it for typing. */
const grouped = (secret: string): string => secret.replace(/(.{4})/g, '$1 ').trim()

const ME = '/api/v1/identity/me'

/** Turns on the second factor: scan the otpauth QR, confirm a code, keep the recovery codes. */
export default function TotpSetupPage() {
  const { t } = useI18n(identityMessages)
  usePageTitle(t('totp.title'))
  const queryClient = useQueryClient()
  const account = useApi<MyAccount>(ME)
  const [code, setCode] = useState('')
  const [codeError, setCodeError] = useState<string | undefined>()
  const start = useMutation({
    mutationFn: () => api<TotpSetup>('/api/v1/identity/totp', { method: 'POST' }),
  })
  const confirm = useMutation({
    mutationFn: (typed: string) =>
      api<{ recoveryCodes: string[] }>('/api/v1/identity/totp/confirm', {
        method: 'POST',
        body: { code: typed },
      }),
    // The account now has a second factor: the record page must say so.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api', ME] }),
  })

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    if (!/^\d{6}$/.test(code.trim())) {
      setCodeError(t('totp.codeInvalid'))
      document.getElementById('totp-code')?.focus()
      return
    }
    setCodeError(undefined)
    confirm.mutate(code.trim())
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
    <Stack className="narrow" gap="md">
      <Title order={1}>{t('totp.title')}</Title>
      {failure ? <ErrorMessage error={failure} focus /> : null}
      {recovery ? (
        <>
          <Alert role="status" color="green">
            {t('totp.enabled')}
          </Alert>
          <Title order={2}>{t('totp.recoveryTitle')}</Title>
          <p>{t('totp.recoveryIntro')}</p>
          <ul className="recovery-codes" aria-label={t('totp.recoveryTitle')}>
            {recovery.map((c) => (
              <li key={c} className="mono">
                {c}
              </li>
            ))}
          </ul>
          <Group>
            <Button component={Link} to="/me">
              {t('nav.myRecord')}
            </Button>
          </Group>
        </>
      ) : setup ? (
        <>
          <List type="ordered" className="steps" spacing="sm">
            <List.Item>{t('totp.stepInstall')}</List.Item>
            <List.Item>
              {t('totp.stepScan')}
              <Suspense fallback={<Loading />}>
                <QrCode text={setup.otpauthUri} label={t('totp.qrLabel')} className="qr-medium" />
              </Suspense>
              <p>
                {t('totp.manual')}{' '}
                <Code className="secret" data-testid="totp-secret">
                  {grouped(setup.secret)}
                </Code>
              </p>
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
          <p>{enabled ? t('totp.alreadyOn') : t('totp.intro')}</p>
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
