import { useEffect, useState } from 'react'
import { ApiError, platform } from '../api/client'
import type { MyAccount } from '../api/types'

export type Session =
  | { status: 'checking' }
  | { status: 'anonymous' }
  | { status: 'signed-in'; account: MyAccount }
  | { status: 'unknown' }

let pending: Promise<Session> | undefined

/** Whether someone is signed in, asked once per page load (the cookie is HttpOnly). */
function checkSession(): Promise<Session> {
  pending ??= platform.GET('/api/v1/identity/me').then(
    ({ data }): Session => (data ? { status: 'signed-in', account: data } : { status: 'unknown' }),
    (error: unknown): Session =>
      error instanceof ApiError && error.status === 401
        ? { status: 'anonymous' }
        : { status: 'unknown' },
  )
  return pending
}

export function useSession(): Session {
  const [session, setSession] = useState<Session>({ status: 'checking' })
  useEffect(() => {
    let live = true
    void checkSession().then((s) => {
      if (live) setSession(s)
    })
    return () => {
      live = false
    }
  }, [])
  return session
}
