import { useInfiniteQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
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

/**
 * A list the platform pages with `next` / `after`: the first page of `path` (null: not yet), then
 * more, as one TanStack infinite query keyed by the path.
 */
export function usePages<P extends { next: string | null }>(path: string | null): Pages<P> {
  const query = useInfiniteQuery({
    queryKey: ['api', path, 'pages'],
    queryFn: ({ pageParam, signal }) =>
      api<P>(pageParam ? withAfter(path!, pageParam) : path!, { signal }),
    initialPageParam: '',
    getNextPageParam: (last: P) => last.next ?? undefined,
    enabled: path !== null,
  })
  const { data, error, isFetching, isFetchingNextPage, fetchNextPage, refetch } = query
  const pages = data?.pages ?? []
  const next = pages.at(-1)?.next ?? null
  const more = useCallback(() => {
    void fetchNextPage()
  }, [fetchNextPage])
  const reload = useCallback(() => {
    void refetch()
  }, [refetch])
  const status: Pages<P>['status'] = isFetchingNextPage
    ? 'more'
    : query.isPending || isFetching
      ? 'loading'
      : 'ok'
  return { pages, status, failure: isFetching ? null : error, next, more, reload }
}
