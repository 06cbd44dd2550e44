import { notifications } from '@mantine/notifications'
import { useCallback } from 'react'
import { useI18n } from '../../i18n/i18n'
import type { Said } from './labels'
import { staysMessages } from './messages'

/** Tells that an action was done, as a notification that goes by itself. */
export function useTellDone(): (said: Said) => void {
  const { t } = useI18n(staysMessages)
  return useCallback(
    (said: Said) => {
      notifications.show({
        color: 'green',
        message: t(said.key, said.params),
        closeButtonProps: { 'aria-label': t('stays.doneClose') },
      })
    },
    [t],
  )
}
