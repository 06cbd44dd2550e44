import { useState } from 'react'
import { api } from '../../api/client'
import { ErrorMessage, Loading, Notice } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n, type I18n } from '../../i18n/i18n'

interface Session {
  id: string
  createdAt: string
  expiresAt: string
  device: { browser: string | null; os: string | null }
  current: boolean
}

const deviceName = (t: I18n['t'], { browser, os }: Session['device']): string =>
  browser && os
    ? t('sessions.device', { browser, os })
    : (browser ?? os ?? t('sessions.unknownDevice'))

/** The devices signed in to the account; any but this one can be signed out from here. */
export default function SessionsPage() {
  const { t } = useI18n()
  usePageTitle(t('sessions.title'))
  const { state, reload } = useApi<Session[]>('/api/v1/me/sessions')
  const [busy, setBusy] = useState<string | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [ended, setEnded] = useState(false)

  const end = (session: Session) => {
    setBusy(session.id)
    setFailure(null)
    api(`/api/v1/me/sessions/${session.id}`, { method: 'DELETE' }).then(
      () => {
        setBusy(null)
        setEnded(true)
        reload()
      },
      (error: unknown) => {
        setBusy(null)
        setFailure(error)
      },
    )
  }

  return (
    <>
      <h1>{t('sessions.title')}</h1>
      <p>{t('sessions.intro')}</p>
      {ended ? <Notice kind="success">{t('sessions.ended')}</Notice> : null}
      {failure ? <ErrorMessage error={failure} focus /> : null}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {state.status === 'ok' ? (
        <ul className="log">
          {state.data.map((session) => (
            <li key={session.id} className="log-entry">
              <h2>{deviceName(t, session.device)}</h2>
              <p className="log-when">
                {t('sessions.since', { at: formatDateTime(session.createdAt) })}
              </p>
              {session.current ? (
                <p>{t('sessions.current')}</p>
              ) : (
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={busy === session.id}
                  onClick={() => {
                    end(session)
                  }}
                >
                  {t('sessions.end')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
