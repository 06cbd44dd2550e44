import { Alert, Box, Button, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core'
import { useCallback, useEffect, useRef, useState } from 'react'
import { clockOffsetMs, platform } from '../../api/client'
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
      const { data, response } = await platform.POST('/api/v1/identity/qr')
      if (!data) return
      const received = Date.now()
      const expiresAt = Date.parse(data.expiresAt) - clockOffsetMs(response)
      setShown({
        token: data.token,
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
    <Stack gap="md" ta="center" align="center">
      <Title order={1}>{t('qr.title')}</Title>
      <Text maw="34rem">{t('qr.intro')}</Text>
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
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
        <Paper
          component="figure"
          withBorder
          p="sm"
          m={0}
          w="100%"
          maw="min(92vw, 26rem)"
          bg="white"
        >
          <QrCode text={shown.token} label={t('qr.imageLabel')} />
          <figcaption>
            <Text
              size="xl"
              fw={600}
              mt="xs"
              data-testid="qr-countdown"
              style={{ fontVariantNumeric: 'tabular-nums' }}
            >
              {t('qr.validFor', { time: formatDuration(seconds) })}
            </Text>
            <Box
              aria-hidden="true"
              h="0.4rem"
              mt={6}
              bg="var(--red)"
              style={{
                transformOrigin: 'left',
                transition: 'transform 1s linear',
                transform: `scaleX(${String(Math.min(1, remainingMs / shown.lifetimeMs))})`,
              }}
            />
          </figcaption>
        </Paper>
      ) : null}
      {shown && !expired && failure ? (
        <Alert color="yellow" role="status">
          {t('qr.refreshFailed')}
        </Alert>
      ) : null}
      {expired ? (
        <Alert color="yellow" role="alert">
          <Stack gap="sm" align="flex-start">
            <Text>{t('qr.expired')}</Text>
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
      <Text size="sm" c="dimmed" maw="34rem">
        {t('qr.privacy')}
      </Text>
    </Stack>
  )
}
