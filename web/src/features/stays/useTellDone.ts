import { useCallback } from 'react'
import { useNotifyDone } from '../../components/useNotify'
import { useI18n } from '../../i18n/i18n'
import type { Said } from './labels'
import { staysMessages } from './messages'

/** Tells what a stays action did, as a notification that goes by itself. */
export function useTellDone(): (said: Said) => void {
  const { t } = useI18n(staysMessages)
  const notifyDone = useNotifyDone()
  return useCallback(
    (said: Said) => {
      notifyDone(t(said.key, said.params))
    },
    [t, notifyDone],
  )
}
