import { useState } from 'react'
import { Button } from '@mantine/core'
import { ApiError, platform } from '../api/client'
import { useI18n } from '../i18n/i18n'

/**
 * Ends the session: the platform's SSO sign-out (`POST /auth/logout`), or, where that is not
 * served, the API session. Either way the page reloads at home with nothing of the person left.
 */
export async function signOut(): Promise<void> {
  try {
    const { data } = await platform.POST('/auth/logout')
    if (data) {
      window.location.assign(data.redirectTo)
      return
    }
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error
  }
  await platform.DELETE('/api/v1/identity/sessions/current').catch((error: unknown) => {
    if (!(error instanceof ApiError) || error.status !== 401) throw error
  })
  window.location.assign('/')
}

export function SignOutButton() {
  const { t } = useI18n()
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  return (
    // In the header, on its red: white words, underlined as a link would be.
    <Button
      type="button"
      variant="transparent"
      color="white"
      size="compact-md"
      px={0}
      fw={400}
      td="underline"
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
    </Button>
  )
}
