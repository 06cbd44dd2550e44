import { lazy, Suspense, useState } from 'react'
import type { SubmitEvent } from 'react'
import { api } from '../../api/client'
import type { MyAccount, TotpSetup } from '../../api/types'
import { Link } from '../../app/router'
import { Field } from '../../components/Field'
import { ErrorMessage, Loading, Notice } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'

const QrCode = lazy(async () => ({ default: (await import('../../components/QrCode')).QrCode }))

/** The secret in groups of four, as authenticator apps show it for typing. */
const grouped = (secret: string): string => secret.replace(/(.{4})/g, '$1 ').trim()

/** Turns on the second factor: scan the otpauth QR, confirm a code, keep the recovery codes. */
export default function TotpSetupPage() {
  const { t } = useI18n()
  usePageTitle(t('totp.title'))
  const account = useApi<MyAccount>('/api/v1/identity/me')
  const [setup, setSetup] = useState<TotpSetup | null>(null)
  const [code, setCode] = useState('')
  const [codeError, setCodeError] = useState<string | undefined>()
  const [recovery, setRecovery] = useState<string[] | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)

  const start = () => {
    setBusy(true)
    setFailure(null)
    api<TotpSetup>('/api/v1/identity/totp', { method: 'POST' }).then(
      (s) => {
        setSetup(s)
        setBusy(false)
      },
      (error: unknown) => {
        setFailure(error)
        setBusy(false)
      },
    )
  }

  const confirm = (event: SubmitEvent) => {
    event.preventDefault()
    if (!/^\d{6}$/.test(code.trim())) {
      setCodeError(t('totp.codeInvalid'))
      document.getElementById('totp-code')?.focus()
      return
    }
    setCodeError(undefined)
    setBusy(true)
    setFailure(null)
    api<{ recoveryCodes: string[] }>('/api/v1/identity/totp/confirm', {
      method: 'POST',
      body: { code: code.trim() },
    }).then(
      (answer) => {
        setRecovery(answer.recoveryCodes)
        setBusy(false)
      },
      (error: unknown) => {
        setFailure(error)
        setBusy(false)
      },
    )
  }

  if (account.state.status === 'loading') return <Loading />
  if (account.state.status === 'error') {
    return (
      <>
        <h1>{t('totp.title')}</h1>
        <ErrorMessage error={account.state.error} onRetry={account.reload} />
      </>
    )
  }
  const enabled = account.state.data.secondFactor

  return (
    <div className="narrow">
      <h1>{t('totp.title')}</h1>
      {failure ? <ErrorMessage error={failure} focus /> : null}
      {recovery ? (
        <>
          <Notice kind="success">{t('totp.enabled')}</Notice>
          <h2>{t('totp.recoveryTitle')}</h2>
          <p>{t('totp.recoveryIntro')}</p>
          <ul className="recovery-codes" aria-label={t('totp.recoveryTitle')}>
            {recovery.map((c) => (
              <li key={c} className="mono">
                {c}
              </li>
            ))}
          </ul>
          <Link to="/me" className="button">
            {t('nav.myRecord')}
          </Link>
        </>
      ) : setup ? (
        <>
          <ol className="steps">
            <li>{t('totp.stepInstall')}</li>
            <li>
              {t('totp.stepScan')}
              <Suspense fallback={<Loading />}>
                <QrCode text={setup.otpauthUri} label={t('totp.qrLabel')} className="qr-medium" />
              </Suspense>
              <p>
                {t('totp.manual')}{' '}
                <code className="secret" data-testid="totp-secret">
                  {grouped(setup.secret)}
                </code>
              </p>
            </li>
            <li>{t('totp.stepConfirm')}</li>
          </ol>
          <form onSubmit={confirm} noValidate>
            <Field
              id="totp-code"
              label={t('field.totpCode')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              value={code}
              error={codeError}
              onChange={(e) => {
                setCode(e.target.value)
              }}
              required
            />
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('common.sending') : t('totp.confirm')}
            </button>
          </form>
        </>
      ) : (
        <>
          <p>{enabled ? t('totp.alreadyOn') : t('totp.intro')}</p>
          <button type="button" className="button" onClick={start} disabled={busy}>
            {busy ? t('common.loading') : enabled ? t('totp.restart') : t('totp.start')}
          </button>
        </>
      )}
    </div>
  )
}
