import type { ReactNode } from 'react'
import { ErrorMessage, Loading } from './Status'
import type { Loaded as LoadedState } from './useApi'

/**
 * What a page draws for a query from `useLoaded` (or `useApi`): the spinner while it loads, the
 * failure with a retry when it is refused, `empty` when the answer has nothing to show (an empty
 * list, or what `isEmpty` says), else `children` with the answer.
 */
export function Loaded<T>({
  loaded,
  loading = <Loading />,
  error,
  empty,
  isEmpty,
  children,
}: {
  loaded: { state: LoadedState<T>; reload?: () => void }
  /** In place of the spinner, e.g. `<Loading label={…} />`. */
  loading?: ReactNode
  /** In place of `<ErrorMessage error onRetry={reload} />`. */
  error?: (error: unknown, reload?: () => void) => ReactNode
  /** What stands for an empty answer; without it the answer is always shown. */
  empty?: ReactNode
  /** Whether the answer is empty; by default, an array with no items. */
  isEmpty?: (data: T) => boolean
  children: (data: T) => ReactNode
}) {
  const { state, reload } = loaded
  if (state.status === 'loading') return loading
  if (state.status === 'error') {
    return error ? (
      error(state.error, reload)
    ) : (
      <ErrorMessage error={state.error} onRetry={reload} />
    )
  }
  const nothing = isEmpty ? isEmpty(state.data) : Array.isArray(state.data) && !state.data.length
  if (empty !== undefined && nothing) return empty
  return children(state.data)
}
