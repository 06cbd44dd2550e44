import { useCallback, useRef, useState } from 'react'
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
 * trips, establishments.
 */
export function useOnceSubmission<T>(): OnceSubmission<T> {
  const { keyFor, settle } = useIdempotencyKey()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const submit = useCallback<OnceSubmission<T>['submit']>(
    ({ path, body, identity = body }, onDone) => {
      setBusy(true)
      setFailure(null)
      api<T>(path, { method: 'POST', body, headers: { 'Idempotency-Key': keyFor(identity) } }).then(
        (result) => {
          settle()
          setBusy(false)
          onDone(result)
        },
        (error: unknown) => {
          setBusy(false)
          setFailure(error)
        },
      )
    },
    [keyFor, settle],
  )
  return { busy, failure, submit }
}
