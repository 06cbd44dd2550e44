import { useEffect, useRef, useState } from 'react'
import type { SubmitEvent } from 'react'
import { ApiError, api } from '../../api/client'
import type { InteractionDetails, InteractionStep } from '../../api/types'
import type { PageProps } from '../../app/routes'
import { Field, bindFields } from '../../components/Field'
import { ErrorMessage, Loading } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import { ssoMessages } from './messages'
import { PhoneCodeSignIn } from '../identity'
import { consentLines } from './labels'

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
  const uid = params.uid ?? ''
  const base = `/sso/interaction/${encodeURIComponent(uid)}`
  const { state, reload } = useApi<InteractionDetails>(`${base}/details`)
  const [step, setStep] = useState<'login' | 'second-factor' | 'consent' | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const [wait, setWait] = useWait()
  const [form, setForm] = useState({ personalNumber: '', password: '', code: '', phoneCode: '' })
  const [locked, setLocked] = useState(false)
  const formField = bindFields(form, setForm)
  const heading = useRef<HTMLHeadingElement>(null)
  const shownStep = step ?? (state.status === 'ok' ? state.data.prompt : null)
  usePageTitle(shownStep === 'consent' ? t('sso.consentTitle') : t('sso.signInTitle'))

  const send = async (path: string, body: unknown) => {
    setBusy(true)
    setFailure(null)
    try {
      const answer = await api<InteractionStep>(`${base}/${path}`, { method: 'POST', body })
      if ('redirectTo' in answer) {
        window.location.assign(answer.redirectTo)
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
      setBusy(false)
      return
    }
    setBusy(false)
  }

  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') {
    return (
      <div className="narrow">
        <h1>{t('sso.signInTitle')}</h1>
        <ErrorMessage error={state.error} onRetry={reload} />
      </div>
    )
  }
  const details = state.data
  const client = details.client.name || details.client.clientId
  const blocked = busy || wait > 0
  const buttonText = (label: string) =>
    busy ? t('common.sending') : wait > 0 ? t('sso.waitSeconds', { seconds: wait }) : label

  if (shownStep === 'consent') {
    return (
      <div className="narrow">
        <h1 ref={heading} tabIndex={-1}>
          {t('sso.consentTitle')}
        </h1>
        <p id="consent-intro">{t('sso.consentIntro', { client })}</p>
        {failure ? <ErrorMessage error={failure} focus /> : null}
        <ul className="consent-list" aria-labelledby="consent-intro">
          {consentLines(details.scopes, details.claims).map((line) => (
            <li key={line.id}>{line.label ? t(line.label) : line.raw}</li>
          ))}
        </ul>
        <p className="hint">{t('sso.consentRevoke')}</p>
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={blocked}
            onClick={() => {
              void send('consent', { approve: true })
            }}
          >
            {buttonText(t('sso.approve'))}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={blocked}
            onClick={() => {
              void send('consent', { approve: false })
            }}
          >
            {t('sso.deny')}
          </button>
        </div>
      </div>
    )
  }

  const submitLogin = (event: SubmitEvent) => {
    event.preventDefault()
    const phoneCode = form.phoneCode.trim()
    void send('login', {
      personalNumber: form.personalNumber.trim(),
      password: form.password,
      ...(locked && phoneCode ? { phoneCode } : {}),
    })
  }
  const submitCode = (event: SubmitEvent) => {
    event.preventDefault()
    void send('second-factor', { code: form.code.trim().toLowerCase() })
  }

  return (
    <div className="narrow">
      <h1 ref={heading} tabIndex={-1}>
        {shownStep === 'second-factor' ? t('sso.secondFactorTitle') : t('sso.signInTitle')}
      </h1>
      <p>{t('sso.signInFor', { client })}</p>
      {details.acrRequested === LEVEL_2 ? (
        <p className="alert alert-info">{t('sso.level2Required')}</p>
      ) : null}
      {failure ? <ErrorMessage error={failure} focus /> : null}
      {shownStep === 'second-factor' ? (
        <form onSubmit={submitCode} noValidate>
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
          <button type="submit" className="button" disabled={blocked}>
            {buttonText(t('sso.confirm'))}
          </button>
        </form>
      ) : (
        <form onSubmit={submitLogin} noValidate>
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
          <button type="submit" className="button" disabled={blocked}>
            {buttonText(t('nav.signIn'))}
          </button>
          <p className="hint">
            <a href="/forgot-password">{t('forgot.link')}</a>
          </p>
          <p className="hint">
            {t('sso.noAccount')} <a href="/sign-up">{t('home.signUp')}</a>
          </p>
        </form>
      )}
    </div>
  )
}
