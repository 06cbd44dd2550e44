import { useState } from 'react'
import { api } from '../../api/client'
import type { EstablishmentCredentials } from '../../api/types'
import { ErrorMessage } from '../../components/Status'
import { useI18n } from '../../i18n/i18n'
import { CancelButton } from './fields'
import { staysMessages } from './messages'

/**
 * API credentials for the establishment's own software (OAuth2 client_credentials through the
 * platform's SSO). The secret is shown once, here, and kept nowhere in the page afterwards.
 */
export function OwnerCredentials({
  establishmentId,
  clientId,
}: {
  establishmentId: string
  clientId: string | null
}) {
  const { t } = useI18n(staysMessages)
  const [issued, setIssued] = useState<EstablishmentCredentials | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const existing = issued?.clientId ?? clientId
  const issuer = `${window.location.origin}/oidc`

  const issue = () => {
    setBusy(true)
    setFailure(null)
    setConfirming(false)
    api<EstablishmentCredentials>(
      `/api/v1/stays/establishments/${encodeURIComponent(establishmentId)}/credentials`,
      { method: 'POST' },
    ).then(
      (credentials) => {
        setBusy(false)
        setIssued(credentials)
      },
      (error: unknown) => {
        setBusy(false)
        setFailure(error)
      },
    )
  }

  return (
    <section aria-labelledby="credentials-title" className="panel">
      <h2 id="credentials-title">{t('stays.credentials.title')}</h2>
      <p className="hint">{t('stays.credentials.intro', { issuer })}</p>
      {failure ? <ErrorMessage error={failure} focus /> : null}
      {issued ? (
        <div className="alert alert-warning" role="status">
          <p>
            <strong>{t('stays.credentials.once')}</strong>
          </p>
          <dl className="facts">
            <div>
              <dt>client_id</dt>
              <dd className="mono">{issued.clientId}</dd>
            </div>
            <div>
              <dt>client_secret</dt>
              <dd className="mono stays-secret">{issued.clientSecret}</dd>
            </div>
            <div>
              <dt>scope</dt>
              <dd className="mono">{issued.scope}</dd>
            </div>
          </dl>
        </div>
      ) : existing ? (
        <p>
          {t('stays.credentials.existing')} <span className="mono">{existing}</span>
        </p>
      ) : null}
      {existing && !confirming ? (
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => {
            setConfirming(true)
          }}
        >
          {t('stays.credentials.rotate')}
        </button>
      ) : null}
      {existing && confirming ? (
        <div className="actions">
          <button type="button" className="button" disabled={busy} onClick={issue}>
            {t('stays.credentials.confirmRotate')}
          </button>
          <CancelButton
            onClick={() => {
              setConfirming(false)
            }}
          />
        </div>
      ) : null}
      {existing ? null : (
        <button type="button" className="button" disabled={busy} onClick={issue}>
          {t('stays.credentials.issue')}
        </button>
      )}
    </section>
  )
}
