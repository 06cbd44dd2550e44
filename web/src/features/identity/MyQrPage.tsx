import { Alert, Button, Stack, Title } from '@mantine/core'
import { useCallback, useEffect, useRef, useState } from 'react'
import { request } from '../../api/client'
import type { IssuedToken } from '../../api/types'
import { QrCode } from '../../components/QrCode'
import { ErrorMessage, Loading } from '../../components/Status'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDuration } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { identityMessages } from './messages'

interface Shown {
  token: string
  /** When it expires, on this device's clock (the server's clock may differ). */
  expiresAt: number
  lifetimeMs: number
}

/** Asks for a new code this long before the shown one expires, and again this often if that fails. */
const REFRESH_BEFORE_MS = 20_000
const RETRY_MS = 5_000

/**
 * The identity QR: a short-lived signed token, refreshed before it expires. Once shown it stays
 * usable offline until its own expiry, since checking it needs only the platform's public key.
 */
export default function MyQrPage() {
  const { t } = useI18n(identityMessages)
  usePageTitle(t('qr.title'))
  const [shown, setShown] = useState<Shown | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [now, setNow] = useState(() => Date.now())
  const [announcement, setAnnouncement] = useState('')
  const issuing = useRef(false)

  const issue = useCallback(async () => {
    if (issuing.current) return
    issuing.current = true
    try {
      const response = await request<IssuedToken>('/api/v1/identity/qr', { method: 'POST' })
      const received = Date.now()
      const expiresAt = Date.parse(response.data.expiresAt) - response.clockOffsetMs
      setShown({
        token: response.data.token,
        expiresAt,
        lifetimeMs: Math.max(1, expiresAt - received),
      })
      setFailure(null)
      setNow(received)
    } catch (error) {
      setFailure(error)
    } finally {
      issuing.current = false
    }
  }, [])

  useEffect(() => {
    void issue()
    const tick = window.setInterval(() => {
      setNow(Date.now())
    }, 1000)
    return () => {
      window.clearInterval(tick)
    }
  }, [issue])

  const remainingMs = shown ? shown.expiresAt - now : 0
  const expired = shown !== null && remainingMs <= 0

  // Refresh ahead of expiry; while that fails, retry, and keep the current code for its lifetime.
  useEffect(() => {
    if (!shown) return
    const margin = Math.min(REFRESH_BEFORE_MS, shown.lifetimeMs / 4)
    const due = Math.max(0, shown.expiresAt - margin - Date.now())
    const timer = window.setTimeout(
      () => {
        void issue()
      },
      failure ? Math.min(due, RETRY_MS) || RETRY_MS : due,
    )
    return () => {
      window.clearTimeout(timer)
    }
  }, [shown, failure, issue])

  useEffect(() => {
    if (shown) setAnnouncement(t('qr.refreshed'))
  }, [shown, t])
  useEffect(() => {
    if (expired) setAnnouncement(t('qr.expired'))
  }, [expired, t])

  const seconds = Math.max(0, remainingMs / 1000)
  return (
    <Stack className="qr-page" gap="md">
      <Title order={1}>{t('qr.title')}</Title>
      <p>{t('qr.intro')}</p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {!shown && !failure ? <Loading label={t('qr.loading')} /> : null}
      {!shown && failure ? (
        <ErrorMessage
          error={failure}
          onRetry={() => {
            void issue()
          }}
        />
      ) : null}
      {shown && !expired ? (
        <figure className="qr-figure">
          <QrCode text={shown.token} label={t('qr.imageLabel')} className="qr-large" />
          <figcaption>
            <span className="countdown" data-testid="qr-countdown">
              {t('qr.validFor', { time: formatDuration(seconds) })}
            </span>
            <span
              className="countdown-bar"
              aria-hidden="true"
              style={{
                transform: `scaleX(${String(Math.min(1, remainingMs / shown.lifetimeMs))})`,
              }}
            />
          </figcaption>
        </figure>
      ) : null}
      {shown && !expired && failure ? (
        <Alert color="yellow" role="status">
          {t('qr.refreshFailed')}
        </Alert>
      ) : null}
      {expired ? (
        <Alert color="yellow" role="alert">
          <Stack gap="sm" align="flex-start">
            <p>{t('qr.expired')}</p>
            <Button
              type="button"
              onClick={() => {
                void issue()
              }}
            >
              {t('qr.newCode')}
            </Button>
          </Stack>
        </Alert>
      ) : null}
      <p className="hint">{t('qr.privacy')}</p>
    </Stack>
  )
}
