import { useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import { request } from '../api/client'

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ok'; data: T; clockOffsetMs: number }

/**
 * GETs `path` (null: nothing yet) through TanStack Query, keyed by the path, and follows it as it
 * changes; `reload` asks again. New code may call `useQuery` with `request` directly.
 */
export function useApi<T>(path: string | null): { state: Loaded<T>; reload: () => void } {
  const query = useQuery({
    queryKey: ['api', path],
    queryFn: ({ signal }) => request<T>(path!, { signal }),
    enabled: path !== null,
  })
  const { refetch } = query
  const reload = useCallback(() => {
    void refetch()
  }, [refetch])
  const state: Loaded<T> = query.isError
    ? { status: 'error', error: query.error }
    : query.data
      ? { status: 'ok', data: query.data.data, clockOffsetMs: query.data.clockOffsetMs }
      : { status: 'loading' }
  return { state, reload }
}
