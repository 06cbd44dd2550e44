import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useCallback } from 'react'
import { request } from '../api/client'

export type Loaded<T> =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ok'; data: T }

/**
 * A query's result as the three states a page draws (loading, refused, shown), with `reload` to
 * ask again; e.g. `useLoaded(platformQuery.useQuery('get', '/api/v1/plan/access'))`.
 */
export function useLoaded<T>(query: UseQueryResult<T, unknown>): {
  state: Loaded<T>
  reload: () => void
} {
  const { refetch } = query
  const reload = useCallback(() => {
    void refetch()
  }, [refetch])
  const state: Loaded<T> = query.isError
    ? { status: 'error', error: query.error }
    : query.data !== undefined
      ? { status: 'ok', data: query.data }
      : { status: 'loading' }
  return { state, reload }
}

/**
 * GETs `path` (null: nothing yet), untyped; new code uses the typed `platformQuery` with
 * `useLoaded` instead, and this goes when the last caller does.
 */
export function useApi<T>(path: string | null): { state: Loaded<T>; reload: () => void } {
  return useLoaded(
    useQuery({
      queryKey: ['api', path],
      queryFn: async ({ signal }) => (await request<T>(path!, { signal })).data,
      enabled: path !== null,
    }),
  )
}
