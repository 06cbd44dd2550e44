import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef } from 'react'
import { api } from '../../api/client'

/**
 * The `Idempotency-Key` of a submission: the same for every retry of the same request (a lost
 * answer, a second tap after a network error), so the platform declares once; a new one as soon
 * as what is sent changes, or after the platform accepted it.
 */
function useIdempotencyKey(): { keyFor: (sent: unknown) => string; settle: () => void } {
  const last = useRef<{ sent: string; key: string } | null>(null)
  const keyFor = useCallback((sent: unknown): string => {
    const text = JSON.stringify(sent)
    if (last.current?.sent !== text) last.current = { sent: text, key: crypto.randomUUID() }
    return last.current.key
  }, [])
  const settle = useCallback(() => {
    last.current = null
  }, [])
  return { keyFor, settle }
}

/** Whether a cached GET shows stays data, which a create may have changed. */
export const isStaysQuery = (queryKey: readonly unknown[]): boolean =>
  typeof queryKey[1] === 'string' && queryKey[1].startsWith('/api/v1/stays')

export interface OnceSubmission<T> {
  busy: boolean
  failure: unknown
  /**
   * POSTs a create under its idempotency key; `identity` is what makes two submissions the same
   * (the body by default; a file's name, size and date for an upload).
   */
  submit: (
    request: { path: string; body: unknown; identity?: unknown },
    onDone: (result: T) => void,
  ) => void
}

/**
 * A create the platform must do once however often it is sent: declarations, boardings, lists,
 * trips, establishments. A TanStack mutation whose every retry carries the same key; the stays
 * queries shown are asked again once it is accepted.
 */
export function useOnceSubmission<T>(): OnceSubmission<T> {
  const { keyFor, settle } = useIdempotencyKey()
  const queryClient = useQueryClient()
  const { mutate, isPending, error } = useMutation({
    mutationFn: ({ path, body, key }: { path: string; body: unknown; key: string }) =>
      api<T>(path, { method: 'POST', body, headers: { 'Idempotency-Key': key } }),
    onSuccess: () => {
      settle()
      void queryClient.invalidateQueries({ predicate: (query) => isStaysQuery(query.queryKey) })
    },
  })
  const submit = useCallback<OnceSubmission<T>['submit']>(
    ({ path, body, identity = body }, onDone) => {
      mutate({ path, body, key: keyFor(identity) }, { onSuccess: onDone })
    },
    [keyFor, mutate],
  )
  return { busy: isPending, failure: error, submit }
}
