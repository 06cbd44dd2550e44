import { useCallback, useState } from 'react'
import type { GuestDraft } from './guests'

/** The guests of one check-in or boarding, while they are being added and placed. */
export function useGuestDrafts() {
  const [drafts, setDrafts] = useState<GuestDraft[]>([])
  const add = useCallback((draft: GuestDraft) => {
    setDrafts((shown) => [...shown, draft])
  }, [])
  const change = useCallback(
    (key: string, change: Partial<Pick<GuestDraft, 'room' | 'companion'>>) => {
      setDrafts((shown) => shown.map((d) => (d.key === key ? { ...d, ...change } : d)))
    },
    [],
  )
  // A removed adult no longer accompanies anyone.
  const remove = useCallback((key: string) => {
    setDrafts((shown) =>
      shown
        .filter((d) => d.key !== key)
        .map((d) => (d.companion === key ? { ...d, companion: '' } : d)),
    )
  }, [])
  const clear = useCallback(() => {
    setDrafts([])
  }, [])
  return { drafts, add, change, remove, clear }
}
