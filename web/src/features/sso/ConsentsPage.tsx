import { useState } from 'react'
import { api } from '../../api/client'
import { ErrorMessage, Loading, Notice } from '../../components/Status'
import { useApi } from '../../components/useApi'
import { usePageTitle } from '../../components/usePageTitle'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { ssoMessages } from './messages'
import { consentLines } from './labels'

interface Consent {
  clientId: string
  clientName: string
  scopes: string[]
  claims: string[]
  grantedAt: string
}

/** The systems the resident lets see their data through the SSO, and the way to take it back. */
export default function ConsentsPage() {
  const { t } = useI18n(ssoMessages)
  usePageTitle(t('consents.title'))
  const { state, reload } = useApi<Consent[]>('/api/v1/me/consents')
  const [busy, setBusy] = useState<string | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [withdrawn, setWithdrawn] = useState<string | null>(null)

  const withdraw = (consent: Consent) => {
    setBusy(consent.clientId)
    setFailure(null)
    api(`/api/v1/me/consents/${encodeURIComponent(consent.clientId)}`, { method: 'DELETE' }).then(
      () => {
        setBusy(null)
        setWithdrawn(consent.clientName)
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
      <h1>{t('consents.title')}</h1>
      <p>{t('consents.intro')}</p>
      {withdrawn ? (
        <Notice kind="success">{t('consents.withdrawn', { client: withdrawn })}</Notice>
      ) : null}
      {failure ? <ErrorMessage error={failure} focus /> : null}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {state.status === 'ok' && state.data.length === 0 ? (
        <p className="empty">{t('consents.none')}</p>
      ) : null}
      {state.status === 'ok' && state.data.length > 0 ? (
        <ul className="log">
          {state.data.map((consent) => (
            <li key={consent.clientId} className="log-entry">
              <h2>{consent.clientName}</h2>
              <p className="log-when">
                {t('consents.grantedAt', { at: formatDateTime(consent.grantedAt) })}
              </p>
              <ul>
                {consentLines(consent.scopes, consent.claims).map((line) => (
                  <li key={line.id}>{line.label ? t(line.label) : line.raw}</li>
                ))}
              </ul>
              <button
                type="button"
                className="button button-secondary"
                disabled={busy === consent.clientId}
                onClick={() => {
                  withdraw(consent)
                }}
              >
                {t('consents.withdraw', { client: consent.clientName })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
