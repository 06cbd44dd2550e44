import { useCallback, useEffect, useState } from 'react'
import { api } from '../../api/client'

export interface Pages<P> {
  pages: P[]
  /** 'loading': the first page; 'more': a further one. */
  status: 'loading' | 'ok' | 'more'
  failure: unknown
  next: string | null
  more: () => void
  reload: () => void
}

const withAfter = (path: string, after: string): string =>
  `${path}${path.includes('?') ? '&' : '?'}after=${encodeURIComponent(after)}`

/** A list the platform pages with `next` / `after`: the first page of `path` (null: not yet), then more. */
export function usePages<P extends { next: string | null }>(path: string | null): Pages<P> {
  const [pages, setPages] = useState<P[]>([])
  const [status, setStatus] = useState<Pages<P>['status']>('loading')
  const [failure, setFailure] = useState<unknown>(null)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (path === null) return
    const controller = new AbortController()
    setStatus('loading')
    setFailure(null)
    api<P>(path, { signal: controller.signal }).then(
      (page) => {
        setPages([page])
        setStatus('ok')
      },
      (error: unknown) => {
        if (controller.signal.aborted) return
        setPages([])
        setFailure(error)
        setStatus('ok')
      },
    )
    return () => {
      controller.abort()
    }
  }, [path, attempt])

  const next = pages.at(-1)?.next ?? null
  const more = useCallback(() => {
    if (!next || path === null) return
    setStatus('more')
    setFailure(null)
    api<P>(withAfter(path, next)).then(
      (page) => {
        setPages((shown) => [...shown, page])
        setStatus('ok')
      },
      (error: unknown) => {
        setFailure(error)
        setStatus('ok')
      },
    )
  }, [next, path])
  const reload = useCallback(() => {
    setAttempt((n) => n + 1)
  }, [])
  return { pages, status, failure, next, more, reload }
}
