import { useEffect, useState } from 'react'
import { api } from '../../api/client'
import type { EstablishmentType } from '../../api/types'

let pending: Promise<EstablishmentType[]> | undefined

/** The kinds of establishment (data on the platform), asked once per page load. */
export function useEstablishmentTypes(): EstablishmentType[] | undefined {
  const [types, setTypes] = useState<EstablishmentType[]>()
  useEffect(() => {
    let live = true
    pending ??= api<EstablishmentType[]>('/api/v1/stays/establishment-types').catch(
      (error: unknown) => {
        pending = undefined
        throw error
      },
    )
    pending.then(
      (list) => {
        if (live) setTypes(list)
      },
      // Without the list, codes are shown instead of names; the page still works.
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [])
  return types
}
