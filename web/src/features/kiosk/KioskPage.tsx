import { Alert, Button, DataList, Group, Stack, Text, Title } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { platform, platformQuery } from '../../api/client'
import type { ResponseOf } from '../../api/types'
import { QrScanner } from '../../components/QrScanner'
import { describeScan } from '../../components/scanLabels'
import type { Scanned } from '../../components/scanned'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n, type I18n } from '../../i18n/i18n'
import type { Language } from '../../i18n/messages'
import { CodeKeypad } from './CodeKeypad'
import { describeKioskError } from './kioskErrors'
import { kioskMessages, type KioskKey } from './messages'
import { useIdleLeft } from './useIdle'

/** Signed out after this long without a touch, with a warning for the last part of it. */
const IDLE_MS = 60_000
const WARN_MS = 15_000
/** A refusal stays on screen this long, then the kiosk scans again. */
const REFUSAL_MS = 6_000
/** An alert's text as large as the screen's (Mantine's alerts are set small). */
const ALERT_SIZE = '1.5rem'

type Challenge = ResponseOf<'/api/v1/kiosk/sign-in', 'post'>
type SignedIn = ResponseOf<'/api/v1/kiosk/sign-in/verify', 'post'>

/** A refusal keeps its cause, not its words, so that it is told in the language chosen now. */
type Screen =
  | { kind: 'scanning' }
  | { kind: 'sending' }
  | { kind: 'refused'; scanned: Scanned; error?: unknown }
  | { kind: 'code'; challenge: Challenge; verifying: boolean; error?: unknown }
  | { kind: 'signed-in'; person: SignedIn['person'] }

/** What the kiosk says about a refused code: what was read, then why it cannot sign in. */
function refusalLines(
  i18n: I18n<KioskKey>,
  screen: Extract<Screen, { kind: 'refused' }>,
): string[] {
  const { t } = i18n
  if (screen.error !== undefined) return [describeKioskError(i18n, screen.error)]
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

function BigAlert({ color, children }: { color: 'red' | 'yellow'; children: ReactNode }) {
  return (
    <Alert color={color} role="alert" ta="left">
      <Text fz={ALERT_SIZE}>{children}</Text>
    </Alert>
  )
}

const LANGUAGES: { code: Language; label: string }[] = [
  { code: 'vi', label: 'Tiếng Việt' },
  { code: 'en', label: 'English' },
]

function LanguageButtons({ i18n }: { i18n: I18n<KioskKey> }) {
  return (
    <Group justify="flex-end">
      {LANGUAGES.map((l) => (
        <Button
          key={l.code}
          type="button"
          size="xl"
          lang={l.code}
          variant={i18n.language === l.code ? 'filled' : 'default'}
          aria-pressed={i18n.language === l.code}
          onClick={() => {
            i18n.setLanguage(l.code)
          }}
        >
          {l.label}
        </Button>
      ))}
    </Group>
  )
}

/**
 * Kiosk mode (model 2): the resident shows the identity QR to the camera, types the code sent to
 * their phone on a large keypad, and is signed in to a short kiosk session. After a minute without
 * a touch, or on "Finish", the session ends on the server and everything about the person leaves
 * the screen, the page's state and the query cache.
 */
export default function KioskPage() {
  const i18n = useI18n(kioskMessages)
  const { t } = i18n
  usePageTitle(t('kiosk.title'))
  const queryClient = useQueryClient()
  const [screen, setScreen] = useState<Screen>({ kind: 'scanning' })
  const [code, setCode] = useState('')
  const heading = useRef<HTMLHeadingElement>(null)
  const { mutate: startSignIn } = platformQuery.useMutation('post', '/api/v1/kiosk/sign-in')
  const { mutate: verify } = platformQuery.useMutation('post', '/api/v1/kiosk/sign-in/verify')

  const rescan = useCallback(() => {
    setCode('')
    setScreen({ kind: 'scanning' })
  }, [])

  // The session may be open (signed in) or not (a code on screen): signing out is asked either
  // way, and a refusal (no session) changes nothing here.
  const finish = useCallback(() => {
    rescan()
    queryClient.clear()
    platform.DELETE('/api/v1/identity/sessions/current').catch(() => undefined)
  }, [queryClient, rescan])

  const onScan = useCallback(
    (scanned: Scanned) => {
      if (scanned.kind !== 'identity-token') {
        setScreen({ kind: 'refused', scanned })
        return
      }
      setScreen({ kind: 'sending' })
      startSignIn(
        { body: { identityToken: scanned.token } },
        {
          onSuccess: (challenge) => {
            setCode('')
            setScreen({ kind: 'code', challenge, verifying: false })
          },
          onError: (error) => {
            setScreen({ kind: 'refused', scanned, error })
          },
        },
      )
    },
    [startSignIn],
  )

  const submitCode = useCallback(() => {
    if (screen.kind !== 'code') return
    const { challenge } = screen
    setScreen({ kind: 'code', challenge, verifying: true })
    verify(
      { body: { challengeId: challenge.challengeId, code } },
      {
        onSuccess: (signedIn) => {
          setCode('')
          void queryClient.invalidateQueries()
          setScreen({ kind: 'signed-in', person: signedIn.person })
        },
        onError: (error) => {
          setCode('')
          setScreen({ kind: 'code', challenge, verifying: false, error })
        },
      },
    )
  }, [screen, code, verify, queryClient])

  useEffect(() => {
    heading.current?.focus()
  }, [screen.kind])

  useEffect(() => {
    if (screen.kind !== 'refused') return
    const timer = window.setTimeout(rescan, REFUSAL_MS)
    return () => {
      window.clearTimeout(timer)
    }
  }, [screen, rescan])

  // Inactivity: any touch, click or key resets the clock while a person is at the kiosk.
  const isAttended = screen.kind === 'code' || screen.kind === 'signed-in'
  const idleLeft = useIdleLeft(isAttended, IDLE_MS)
  useEffect(() => {
    if (isAttended && idleLeft <= 0) finish()
  }, [isAttended, idleLeft, finish])
  const idleWarning =
    isAttended && idleLeft <= WARN_MS ? (
      <BigAlert color="yellow">
        {t('kiosk.idleWarning', { seconds: Math.max(0, Math.ceil(idleLeft / 1000)) })}
      </BigAlert>
    ) : null

  // Large type and large targets: a kiosk is read standing and touched.
  return (
    <Stack gap="lg" maw="56rem" mx="auto" ta="center">
      <LanguageButtons i18n={i18n} />
      {screen.kind === 'signed-in' ? (
        <>
          <Title order={1} ref={heading} tabIndex={-1}>
            {t('kiosk.welcome', { name: screen.person.fullName })}
          </Title>
          <DataList size="xl" orientation="vertical" maw="40rem" mx="auto" w="100%" ta="left">
            <Fact label={t('field.personalNumber')}>
              <Text span inherit ff="monospace">
                {screen.person.personalNumber}
              </Text>
            </Fact>
          </DataList>
          {idleWarning}
          <Stack gap="md" align="center">
            <Button component={Link} to="/kiosk/services" size="xl" h="5rem" miw="20rem">
              {t('kiosk.fileService')}
            </Button>
            <Button type="button" size="xl" variant="default" miw="16rem" onClick={finish}>
              {t('kiosk.finish')}
            </Button>
          </Stack>
        </>
      ) : screen.kind === 'code' ? (
        <>
          <Title order={1} ref={heading} tabIndex={-1}>
            {t('kiosk.enterCode')}
          </Title>
          <Text fz="1.75rem">{t('kiosk.codeSent', { last: screen.challenge.phoneHint })}</Text>
          {screen.error === undefined ? null : (
            <BigAlert color="red">{describeKioskError(i18n, screen.error)}</BigAlert>
          )}
          {screen.verifying ? (
            <Text role="status" inherit>
              {t('kiosk.verifying')}
            </Text>
          ) : null}
          {idleWarning}
          <CodeKeypad
            value={code}
            onChange={setCode}
            onSubmit={submitCode}
            disabled={screen.verifying}
          />
          <Group justify="center">
            <Button type="button" size="xl" variant="default" miw="16rem" onClick={finish}>
              {t('kiosk.rescan')}
            </Button>
          </Group>
        </>
      ) : (
        <>
          <Title order={1} ref={heading} tabIndex={-1}>
            {t('kiosk.title')}
          </Title>
          <Text fz="1.75rem">{t('kiosk.showQr')}</Text>
          {screen.kind === 'sending' ? (
            <Text role="status" inherit>
              {t('kiosk.sending')}
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
