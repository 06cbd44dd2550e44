import { useState } from 'react'
import { ApiError, api } from '../api/client'
import { useI18n } from '../i18n/i18n'

/**
 * Ends the session: the platform's SSO sign-out (`POST /auth/logout`), or, where that is not
 * served, the API session. Either way the page reloads at home with nothing of the person left.
 */
export async function signOut(): Promise<void> {
  try {
    const { redirectTo } = await api<{ redirectTo: string }>('/auth/logout', { method: 'POST' })
    window.location.assign(redirectTo)
    return
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error
  }
  await api('/api/v1/identity/sessions/current', { method: 'DELETE' }).catch((error: unknown) => {
    if (!(error instanceof ApiError) || error.status !== 401) throw error
  })
  window.location.assign('/')
}

export function SignOutButton() {
  const { t } = useI18n()
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  return (
    <button
      type="button"
      className="button-link"
      disabled={busy}
      onClick={() => {
        setBusy(true)
        setFailed(false)
        signOut().catch(() => {
          setBusy(false)
          setFailed(true)
        })
      }}
    >
      {failed ? t('nav.signOutFailed') : t('nav.signOut')}
    </button>
  )
}
