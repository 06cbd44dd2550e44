import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef } from 'react'
import { api } from '../../api/client'
import type { FormValues, Receipt } from './types'

export interface Filing {
  serviceCode: string
  data: FormValues
  attachments: { requirement: string; id: string }[]
}

/**
 * Files a dossier once however often it is sent: every retry of the same filing (a lost answer,
 * a second tap) carries the same `Idempotency-Key`; a changed form gets a new one, and so does
 * the next filing once this one was accepted.
 */
export function useFiling() {
  const last = useRef<{ sent: string; key: string } | null>(null)
  const queryClient = useQueryClient()
  const { mutate, isPending, error, reset } = useMutation({
    mutationFn: ({ filing, key }: { filing: Filing; key: string }) =>
      api<Receipt>('/api/v1/services/dossiers', {
        method: 'POST',
        body: filing,
        headers: { 'Idempotency-Key': key },
      }),
    onSuccess: () => {
      last.current = null
      void queryClient.invalidateQueries({
        predicate: (query) =>
          typeof query.queryKey[1] === 'string' &&
          (query.queryKey[1].startsWith('/api/v1/me/dossiers') ||
            query.queryKey[1].startsWith('/api/v1/services/drafts') ||
            query.queryKey[1].startsWith('/api/v1/services/catalogue/')),
      })
    },
  })
  const file = useCallback(
    (filing: Filing, onFiled: (receipt: Receipt) => void, onRefused: (error: unknown) => void) => {
      const sent = JSON.stringify(filing)
      if (last.current?.sent !== sent) last.current = { sent, key: crypto.randomUUID() }
      mutate({ filing, key: last.current.key }, { onSuccess: onFiled, onError: onRefused })
    },
    [mutate],
  )
  return { file, busy: isPending, failure: error, reset }
}
