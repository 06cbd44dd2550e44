import { useCallback, useEffect, useState } from 'react'
import { request } from '../api/client'

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ok'; data: T; clockOffsetMs: number }

/** GETs `path` (null: nothing yet) and follows it as it changes; `reload` asks again. */
export function useApi<T>(path: string | null): { state: Loaded<T>; reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (path === null) return
    const controller = new AbortController()
    setState({ status: 'loading' })
    request<T>(path, { signal: controller.signal }).then(
      (response) => {
        setState({ status: 'ok', data: response.data, clockOffsetMs: response.clockOffsetMs })
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error })
      },
    )
    return () => {
      controller.abort()
    }
  }, [path, attempt])

  const reload = useCallback(() => {
    setAttempt((n) => n + 1)
  }, [])
  return { state, reload }
}
