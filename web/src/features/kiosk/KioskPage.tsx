import { useCallback, useEffect, useRef, useState } from 'react'
import { api } from '../../api/client'
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

  const signOut = useCallback(() => {
    setScreen({ kind: 'scanning' })
  }, [])

  const onScan = useCallback((scanned: Scanned) => {
    if (scanned.kind !== 'identity-token') {
      setScreen({ kind: 'refused', scanned })
      return
    }
    setScreen({ kind: 'checking' })
    api<VerifiedIdentity>('/api/v1/identity/verify', {
      method: 'POST',
      body: { token: scanned.token, singleUse: true, verifier: 'kiosk' },
    }).then(
      (verified) => {
        setLastTouch(Date.now())
        setScreen({ kind: 'signed-in', identity: verified.identity })
      },
      (error: unknown) => {
        setScreen({ kind: 'refused', scanned, error })
      },
    )
  }, [])

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

  return (
    <div className="kiosk-screen">
      <div className="kiosk-languages">
        {languages.map((l) => (
          <button
            key={l.code}
            type="button"
            lang={l.code}
            className={`button ${language === l.code ? '' : 'button-secondary'}`}
            aria-pressed={language === l.code}
            onClick={() => {
              setLanguage(l.code)
            }}
          >
            {l.label}
          </button>
        ))}
      </div>
      {screen.kind === 'signed-in' ? (
        <>
          <h1 ref={heading} tabIndex={-1}>
            {t('kiosk.welcome', { name: screen.identity.fullName })}
          </h1>
          <dl className="facts kiosk-facts">
            <div>
              <dt>{t('field.personalNumber')}</dt>
              <dd className="mono">{screen.identity.personalNumber}</dd>
            </div>
            <div>
              <dt>{t('field.birthDate')}</dt>
              <dd>{formatDate(screen.identity.birthDate)}</dd>
            </div>
            <div>
              <dt>{t('me.level')}</dt>
              <dd>{screen.identity.eidLevel >= 2 ? t('me.level2') : t('me.level1')}</dd>
            </div>
          </dl>
          {idleLeft <= WARN_MS ? (
            <p className="alert alert-warning" role="alert">
              {t('kiosk.idleWarning', { seconds: Math.max(0, Math.ceil(idleLeft / 1000)) })}
            </p>
          ) : null}
          <button type="button" className="button kiosk-finish" onClick={signOut}>
            {t('kiosk.finish')}
          </button>
        </>
      ) : (
        <>
          <h1 ref={heading} tabIndex={-1}>
            {t('kiosk.title')}
          </h1>
          <p className="kiosk-lead">{t('kiosk.showQr')}</p>
          {screen.kind === 'checking' ? <p role="status">{t('kiosk.checking')}</p> : null}
          {screen.kind === 'refused' ? (
            <div className="alert alert-error" role="alert">
              {refusalLines(i18n, screen).map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          ) : null}
          <QrScanner onScan={onScan} paused={screen.kind !== 'scanning'} />
        </>
      )}
    </div>
  )
}
