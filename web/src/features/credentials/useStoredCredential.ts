import { useEffect, useState } from 'react'
import {
  holderKeyPair,
  loadCredential,
  publicJwkOf,
  saveCredential,
  type StoredCredential,
} from './holderStore'

type HolderKey = Awaited<ReturnType<typeof publicJwkOf>>

/** The credential kept on this device under `key`: undefined while read, null when none. */
export function useStoredCredential(key: string) {
  const [stored, setStored] = useState<StoredCredential | null | undefined>(undefined)
  const [failure, setFailure] = useState<unknown>(null)
  useEffect(() => {
    loadCredential(key).then(
      (kept) => {
        setStored(kept ?? null)
      },
      (error: unknown) => {
        setFailure(error)
        setStored(null)
      },
    )
  }, [key])
  /** Asks the platform for a credential bound to this device's key, and keeps it. */
  const receive = async (
    issue: (holderKey: HolderKey) => Promise<Omit<StoredCredential, 'key'> | undefined>,
  ) => {
    setFailure(null)
    try {
      const issued = await issue(await publicJwkOf(await holderKeyPair()))
      if (!issued) return
      const kept = { ...issued, key }
      await saveCredential(kept)
      setStored(kept)
    } catch (error) {
      setFailure(error)
    }
  }
  return { stored, failure, receive }
}
