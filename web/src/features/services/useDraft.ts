import { useEffect, useRef, useState } from 'react'
import { api } from '../../api/client'
import type { FormValues } from './types'

/** Typing settles this long before the draft is saved. */
const DRAFT_PAUSE_MS = 1_000

export type DraftState =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved'; at: string } | { status: 'failed' }

const draftPath = (code: string) => `/api/v1/services/drafts/${encodeURIComponent(code)}`

/**
 * Saves the form as a draft on the server a moment after each change (resumed on any device),
 * never before the person changed something; `discard` deletes it.
 */
export function useDraftAutosave(code: string, data: FormValues, edited: boolean) {
  const [state, setState] = useState<DraftState>({ status: 'idle' })
  const latest = useRef(0)
  useEffect(() => {
    if (!edited) return
    // Counted at each change, so that an older save answering late does not say "saved" while
    // newer typing waits for its own.
    const attempt = ++latest.current
    const timer = window.setTimeout(() => {
      setState({ status: 'saving' })
      api<{ updatedAt: string }>(draftPath(code), { method: 'PUT', body: { data } }).then(
        (saved) => {
          if (attempt === latest.current) setState({ status: 'saved', at: saved.updatedAt })
        },
        () => {
          if (attempt === latest.current) setState({ status: 'failed' })
        },
      )
    }, DRAFT_PAUSE_MS)
    return () => {
      window.clearTimeout(timer)
    }
  }, [code, data, edited])
  const discard = async () => {
    latest.current++
    await api(draftPath(code), { method: 'DELETE' })
    setState({ status: 'idle' })
  }
  /** Stops a save still waiting, when the form is filed. */
  const stop = () => {
    latest.current++
  }
  return { state, discard, stop }
}
