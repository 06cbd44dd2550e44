import { useEffect } from 'react'
import { ApiError } from '../../api/client'
import { useApi, type Loaded } from '../../components/useApi'

const DEFAULT_WAIT_SECONDS = 30
const LONGEST_WAIT_SECONDS = 300

/**
 * Seconds to wait before asking again when the analytical copy is still being built (503
 * ANALYTICS_NOT_READY): the server's Retry-After, else its details, else 30; undefined for
 * any other failure.
 */
export function notReadyWait(error: unknown): number | undefined {
  if (!(error instanceof ApiError) || error.code !== 'ANALYTICS_NOT_READY') return undefined
  const details = error.details as { retryAfterSeconds?: unknown } | null
  const given =
    error.retryAfterSeconds ??
    (typeof details?.retryAfterSeconds === 'number' ? details.retryAfterSeconds : null)
  return Math.min(Math.max(given ?? DEFAULT_WAIT_SECONDS, 1), LONGEST_WAIT_SECONDS)
}

/**
 * GETs an analytics path like useApi, and while the analytical copy is being prepared asks
 * again by itself after the wait the server gives.
 */
export function useAnalytics<T>(path: string | null): {
  state: Loaded<T>
  reload: () => void
  /** Set while the copy is being prepared: seconds until the next attempt. */
  waitSeconds: number | undefined
} {
  const { state, reload } = useApi<T>(path)
  const waitSeconds = state.status === 'error' ? notReadyWait(state.error) : undefined
  useEffect(() => {
    if (waitSeconds === undefined) return
    const timer = setTimeout(reload, waitSeconds * 1000)
    return () => {
      clearTimeout(timer)
    }
  }, [state, waitSeconds, reload])
  return { state, reload, waitSeconds }
}
