import { notifications } from '@mantine/notifications'
import { useCallback } from 'react'
import { useI18n } from '../i18n/i18n'

/**
 * Tells that something was done, as a notification that goes by itself; its close button is named
 * in the reader's language (Mantine's has no name, which axe refuses).
 */
export function useNotifyDone(): (message: string) => void {
  const { t } = useI18n()
  return useCallback(
    (message: string) => {
      notifications.show({
        color: 'green',
        message,
        closeButtonProps: { 'aria-label': t('common.closeNotice') },
      })
    },
    [t],
  )
}
