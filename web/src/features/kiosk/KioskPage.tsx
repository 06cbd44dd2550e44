import { Alert, Button, DataList, Group, Stack, Text, Title } from '@mantine/core'
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { platformQuery } from '../../api/client'
import type { VerifiedIdentity } from '../../api/types'
import { QrScanner } from '../../components/QrScanner'
import { describeError } from '../../components/errors'
import { describeScan } from '../../components/scanLabels'
import type { Scanned } from '../../components/scanned'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDate } from '../../i18n/format'
import { useI18n, type I18n } from '../../i18n/i18n'
import { kioskMessages, type KioskKey } from './messages'
import type { Language } from '../../i18n/messages'

/** Signed out after this long without a touch, with a warning for the last part of it. */
const IDLE_MS = 60_000
const WARN_MS = 15_000
/** A refusal stays on screen this long, then the kiosk scans again. */
const REFUSAL_MS = 6_000
/** An alert's text as large as the screen's (Mantine's alerts are set small). */
const ALERT_SIZE = '1.5rem'

/** A refusal keeps its cause, not its words, so that it is told in the language chosen now. */
type Screen =
  | { kind: 'scanning' }
  | { kind: 'checking' }
  | { kind: 'refused'; scanned: Scanned; error?: unknown }
  | { kind: 'signed-in'; identity: VerifiedIdentity['identity'] }

/** What the kiosk says about a refused code: what was read, then why it cannot sign in. */
function refusalLines(
  i18n: I18n<KioskKey>,
  screen: Extract<Screen, { kind: 'refused' }>,
): string[] {
  const { t } = i18n
  if (screen.error !== undefined) return [describeError(i18n, screen.error)]
  const { scanned } = screen
  if (scanned.kind === 'card' || scanned.kind === 'passport')
    return [describeScan(t, scanned), t('kiosk.documentNotForSignIn')]
  return [describeScan(t, scanned), t('kiosk.showQr')]
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue fz="1.75rem" fw={600}>
        {children}
      </DataList.ItemValue>
    </DataList.Item>
  )
}

/**
 * Kiosk mode (model 2): the resident shows the identity QR to the camera; the kiosk checks it
 * once (single use) and greets them. No keyboard; after a minute without a touch, or on
 * "Finish", everything about the person leaves the screen and the memory of the page.
 */
export default function KioskPage() {
  const i18n = useI18n(kioskMessages)
  const { t, language, setLanguage } = i18n
  usePageTitle(t('kiosk.title'))
  const [screen, setScreen] = useState<Screen>({ kind: 'scanning' })
  const [lastTouch, setLastTouch] = useState(() => Date.now())
  const [now, setNow] = useState(() => Date.now())
  const heading = useRef<HTMLHeadingElement>(null)
  const { mutate: verify } = platformQuery.useMutation('post', '/api/v1/identity/verify')

  const signOut = useCallback(() => {
    setScreen({ kind: 'scanning' })
  }, [])

  const onScan = useCallback(
    (scanned: Scanned) => {
      if (scanned.kind !== 'identity-token') {
        setScreen({ kind: 'refused', scanned })
        return
      }
      setScreen({ kind: 'checking' })
      verify(
        { body: { token: scanned.token, singleUse: true, verifier: 'kiosk' } },
        {
          onSuccess: (verified) => {
            setLastTouch(Date.now())
            setScreen({ kind: 'signed-in', identity: verified.identity })
          },
          onError: (error) => {
            setScreen({ kind: 'refused', scanned, error })
          },
        },
      )
    },
    [verify],
  )

  useEffect(() => {
    heading.current?.focus()
  }, [screen.kind])

  useEffect(() => {
    if (screen.kind !== 'refused') return
    const timer = window.setTimeout(signOut, REFUSAL_MS)
    return () => {
      window.clearTimeout(timer)
    }
  }, [screen, signOut])

  // Inactivity: any touch, click or key resets the clock while someone is signed in.
  useEffect(() => {
    if (screen.kind !== 'signed-in') return
    const touch = () => {
      setLastTouch(Date.now())
    }
    const tick = window.setInterval(() => {
      setNow(Date.now())
    }, 1000)
    window.addEventListener('pointerdown', touch)
    window.addEventListener('keydown', touch)
    return () => {
      window.clearInterval(tick)
      window.removeEventListener('pointerdown', touch)
      window.removeEventListener('keydown', touch)
    }
  }, [screen.kind])
  const idleLeft = IDLE_MS - (now - lastTouch)
  useEffect(() => {
    if (screen.kind === 'signed-in' && idleLeft <= 0) signOut()
  }, [screen.kind, idleLeft, signOut])

  const languages: { code: Language; label: string }[] = [
    { code: 'vi', label: 'Tiếng Việt' },
    { code: 'en', label: 'English' },
  ]

  // Large type and large targets: a kiosk is read standing, touched, never typed on.
  return (
    <Stack gap="lg" maw="56rem" mx="auto" ta="center">
      <Group justify="flex-end">
        {languages.map((l) => (
          <Button
            key={l.code}
            type="button"
            size="xl"
            lang={l.code}
            variant={language === l.code ? 'filled' : 'default'}
            aria-pressed={language === l.code}
            onClick={() => {
              setLanguage(l.code)
            }}
          >
            {l.label}
          </Button>
        ))}
      </Group>
      {screen.kind === 'signed-in' ? (
        <>
          <Title order={1} ref={heading} tabIndex={-1}>
            {t('kiosk.welcome', { name: screen.identity.fullName })}
          </Title>
          <DataList
            size="xl"
            orientation="vertical"
            withDivider
            maw="40rem"
            mx="auto"
            w="100%"
            ta="left"
          >
            <Fact label={t('field.personalNumber')}>
              <Text span inherit ff="monospace">
                {screen.identity.personalNumber}
              </Text>
            </Fact>
            <Fact label={t('field.birthDate')}>{formatDate(screen.identity.birthDate)}</Fact>
            <Fact label={t('me.level')}>
              {screen.identity.eidLevel >= 2 ? t('me.level2') : t('me.level1')}
            </Fact>
          </DataList>
          {idleLeft <= WARN_MS ? (
            <Alert color="yellow" role="alert">
              <Text fz={ALERT_SIZE}>
                {t('kiosk.idleWarning', { seconds: Math.max(0, Math.ceil(idleLeft / 1000)) })}
              </Text>
            </Alert>
          ) : null}
          <Group justify="center">
            <Button type="button" size="xl" miw="16rem" onClick={signOut}>
              {t('kiosk.finish')}
            </Button>
          </Group>
        </>
      ) : (
        <>
          <Title order={1} ref={heading} tabIndex={-1}>
            {t('kiosk.title')}
          </Title>
          <Text fz="1.75rem">{t('kiosk.showQr')}</Text>
          {screen.kind === 'checking' ? (
            <Text role="status" inherit>
              {t('kiosk.checking')}
            </Text>
          ) : null}
          {screen.kind === 'refused' ? (
            <Alert color="red" role="alert" ta="left">
              <Stack gap="xs">
                {refusalLines(i18n, screen).map((line) => (
                  <Text key={line} fz={ALERT_SIZE}>
                    {line}
                  </Text>
                ))}
              </Stack>
            </Alert>
          ) : null}
          <QrScanner onScan={onScan} paused={screen.kind !== 'scanning'} />
        </>
      )}
    </Stack>
  )
}
