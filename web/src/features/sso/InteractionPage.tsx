import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import type { SubmitEvent } from 'react'
import { ApiError, platformQuery } from '../../api/client'
import type { InteractionStep } from '../../api/types'
import type { PageProps } from '../../app/routes'
import { Field, bindFields } from '../../components/Field'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { ssoMessages } from './messages'
import { PhoneCodeSignIn } from '../identity'
import { ConsentList } from './ConsentList'

const LEVEL_2 = 'urn:congdanso:eid:level2'

/** Counts down a 429's Retry-After, so the button says when it may be pressed again. */
function useWait(): [number, (seconds: number | null) => void] {
  const [until, setUntil] = useState(0)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (until <= now) return
    const timer = window.setTimeout(() => {
      setNow(Date.now())
    }, 1000)
    return () => {
      window.clearTimeout(timer)
    }
  }, [until, now])
  const left = Math.max(0, Math.ceil((until - now) / 1000))
  return [
    left,
    (seconds) => {
      setNow(Date.now())
      setUntil(seconds ? Date.now() + seconds * 1000 : 0)
    },
  ]
}

/**
 * The platform's sign-in page for every connected system (OpenID Connect interaction): password,
 * then the second factor when the account has one, or the consent to what the system receives.
 */
export default function InteractionPage({ params }: PageProps) {
  const { t } = useI18n(ssoMessages)
  const path = { uid: params.uid ?? '' }
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/sso/interaction/{uid}/details', { params: { path } }),
  )
  const login = platformQuery.useMutation('post', '/sso/interaction/{uid}/login')
  const secondFactor = platformQuery.useMutation('post', '/sso/interaction/{uid}/second-factor')
  const consent = platformQuery.useMutation('post', '/sso/interaction/{uid}/consent')
  const [step, setStep] = useState<'login' | 'second-factor' | 'consent' | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  // Stays set once the provider answers with where to go: the page is leaving.
  const [busy, setBusy] = useState(false)
  const [wait, setWait] = useWait()
  const [form, setForm] = useState({ personalNumber: '', password: '', code: '', phoneCode: '' })
  const [locked, setLocked] = useState(false)
  const formField = bindFields(form, setForm)
  const heading = useRef<HTMLHeadingElement>(null)
  const shownStep = step ?? (state.status === 'ok' ? state.data.prompt : null)
  usePageTitle(shownStep === 'consent' ? t('sso.consentTitle') : t('sso.signInTitle'))

  const send = async (answer: () => Promise<InteractionStep>) => {
    setBusy(true)
    setFailure(null)
    try {
      const next = await answer()
      if ('redirectTo' in next) {
        window.location.assign(next.redirectTo)
        return
      }
      setStep('second-factor')
      requestAnimationFrame(() => heading.current?.focus())
    } catch (error) {
      setFailure(error)
      const isLocked = error instanceof ApiError && error.code === 'IDENTITY_ACCOUNT_LOCKED'
      if (isLocked) setLocked(true)
      // A locked account is not a wait: the phone code opens it now.
      setWait(error instanceof ApiError && !isLocked ? error.retryAfterSeconds : null)
    }
    setBusy(false)
  }

  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') {
    return (
      <Stack gap="md" maw="34rem">
        <Title order={1}>{t('sso.signInTitle')}</Title>
        <ErrorMessage error={state.error} onRetry={reload} />
      </Stack>
    )
  }
  const details = state.data
  const client = details.client.name || details.client.clientId
  const blocked = busy || wait > 0
  const buttonText = (label: string) =>
    busy ? t('common.sending') : wait > 0 ? t('sso.waitSeconds', { seconds: wait }) : label
  const decide = (approve: boolean) => {
    void send(() => consent.mutateAsync({ params: { path }, body: { approve } }))
  }

  if (shownStep === 'consent') {
    return (
      <Stack gap="md" maw="34rem">
        <Title order={1} ref={heading} tabIndex={-1}>
          {t('sso.consentTitle')}
        </Title>
        <Text id="consent-intro">{t('sso.consentIntro', { client })}</Text>
        {failure ? <ErrorMessage error={failure} focus /> : null}
        <ConsentList scopes={details.scopes} claims={details.claims} labelledBy="consent-intro" />
        <Text size="sm" c="dimmed">
          {t('sso.consentRevoke')}
        </Text>
        <Group gap="sm">
          <Button
            type="button"
            disabled={blocked}
            onClick={() => {
              decide(true)
            }}
          >
            {buttonText(t('sso.approve'))}
          </Button>
          <Button
            type="button"
            variant="default"
            disabled={blocked}
            onClick={() => {
              decide(false)
            }}
          >
            {t('sso.deny')}
          </Button>
        </Group>
      </Stack>
    )
  }

  const submitLogin = (event: SubmitEvent) => {
    event.preventDefault()
    const phoneCode = form.phoneCode.trim()
    const body = {
      personalNumber: form.personalNumber.trim(),
      password: form.password,
      ...(locked && phoneCode ? { phoneCode } : {}),
    }
    void send(() => login.mutateAsync({ params: { path }, body }))
  }
  const submitCode = (event: SubmitEvent) => {
    event.preventDefault()
    const body = { code: form.code.trim().toLowerCase() }
    void send(() => secondFactor.mutateAsync({ params: { path }, body }))
  }

  return (
    <Stack gap="md" maw="34rem">
      <Title order={1} ref={heading} tabIndex={-1}>
        {shownStep === 'second-factor' ? t('sso.secondFactorTitle') : t('sso.signInTitle')}
      </Title>
      <Text>{t('sso.signInFor', { client })}</Text>
      {details.acrRequested === LEVEL_2 ? (
        <Alert color="brand">{t('sso.level2Required')}</Alert>
      ) : null}
      {failure ? <ErrorMessage error={failure} focus /> : null}
      {shownStep === 'second-factor' ? (
        <form onSubmit={submitCode} noValidate>
          <Stack gap="md">
            <Field
              id="code"
              label={t('field.totpCode')}
              hint={t('sso.codeHint')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={11}
              {...formField('code')}
              required
            />
            <Group>
              <Button type="submit" disabled={blocked}>
                {buttonText(t('sso.confirm'))}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <form onSubmit={submitLogin} noValidate>
          <Stack gap="md">
            <Field
              id="personalNumber"
              label={t('field.personalNumber')}
              inputMode="numeric"
              autoComplete="username"
              maxLength={12}
              {...formField('personalNumber')}
              required
            />
            <Field
              id="password"
              label={t('field.password')}
              type="password"
              autoComplete="current-password"
              {...formField('password')}
              required
            />
            {locked ? (
              <PhoneCodeSignIn
                personalNumber={form.personalNumber}
                code={form.phoneCode}
                onCode={(phoneCode) => {
                  setForm({ ...form, phoneCode })
                }}
              />
            ) : null}
            <Group>
              <Button type="submit" disabled={blocked}>
                {buttonText(t('nav.signIn'))}
              </Button>
            </Group>
            <Stack gap={4}>
              <Text size="sm">
                <Anchor underline="always" href="/forgot-password">
                  {t('forgot.link')}
                </Anchor>
              </Text>
              <Text size="sm">
                {t('sso.noAccount')}{' '}
                <Anchor underline="always" href="/sign-up">
                  {t('home.signUp')}
                </Anchor>
              </Text>
            </Stack>
          </Stack>
        </form>
      )}
    </Stack>
  )
}
