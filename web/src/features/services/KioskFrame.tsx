import './services.css'
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { ApiError, platform } from '../../api/client'
import { useSession } from '../../app/session'
import { useI18n } from '../../i18n/i18n'
import type { Language } from '../../i18n/messages'
import { servicesMessages } from './messages'

/** Signed out after this long without a touch (a form takes a while), warned for the last part. */
const IDLE_MS = 120_000
const WARN_MS = 20_000

const LANGUAGES: { code: Language; label: string }[] = [
  { code: 'vi', label: 'Tiếng Việt' },
  { code: 'en', label: 'English' },
]

/**
 * Ends the kiosk session and leaves nothing of the person: the session on the server, the
 * answers cached in the page, the page itself (a full load of the kiosk's start).
 */
function useKioskSignOut() {
  const queryClient = useQueryClient()
  return useCallback(async () => {
    await platform.DELETE('/api/v1/identity/sessions/current').catch((error: unknown) => {
      if (!(error instanceof ApiError) || error.status !== 401) throw error
    })
    queryClient.clear()
    window.location.assign('/kiosk')
  }, [queryClient])
}

/** Milliseconds left before `IDLE_MS` without a touch, click or key, while `active`. */
function useIdleLeft(active: boolean): number {
  const [lastTouch, setLastTouch] = useState(() => Date.now())
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!active) return
    const touch = () => {
      setLastTouch(Date.now())
    }
    touch()
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
  }, [active])
  return IDLE_MS - (now - lastTouch)
}

/**
 * The kiosk's frame around the services pages: language buttons and "Finish" as large targets,
 * one column, and sign-out with everything cleared after two minutes untouched.
 */
export function KioskFrame({ children }: { children: ReactNode }) {
  const { t, language, setLanguage } = useI18n(servicesMessages)
  const session = useSession()
  const signedIn = session.status === 'signed-in'
  const signOut = useKioskSignOut()
  const idleLeft = useIdleLeft(signedIn)
  useEffect(() => {
    if (signedIn && idleLeft <= 0) void signOut()
  }, [signedIn, idleLeft, signOut])
  return (
    <Stack gap="lg" maw="48rem" mx="auto" className="service-kiosk">
      <Group justify="space-between">
        <Group gap="sm">
          {LANGUAGES.map((l) => (
            <Button
              key={l.code}
              type="button"
              size="xl"
              lang={l.code}
              translate="no"
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
        {signedIn ? (
          <Button type="button" size="xl" color="dark" onClick={() => void signOut()}>
            {t('kiosk.services.finish')}
          </Button>
        ) : null}
      </Group>
      {signedIn && idleLeft <= WARN_MS ? (
        <Alert color="yellow" role="alert">
          <Text fz="1.5rem">
            {t('kiosk.services.idle', { seconds: Math.max(0, Math.ceil(idleLeft / 1000)) })}
          </Text>
        </Alert>
      ) : null}
      {children}
    </Stack>
  )
}
