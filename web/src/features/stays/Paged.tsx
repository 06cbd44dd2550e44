import { Button, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { ErrorMessage, Loading } from '../../components/Status'
import { useI18n } from '../../i18n/i18n'
import type { Pages } from './usePages'
import { staysMessages } from './messages'

/**
 * A paged list's states around its items: loading (the items shown stay while a reload runs),
 * failure, nothing found, and "more".
 */
export function Paged<P>({
  list,
  isEmpty,
  emptyText,
  children,
}: {
  list: Pages<P>
  isEmpty: boolean
  emptyText: string
  children: ReactNode
}) {
  const { t } = useI18n(staysMessages)
  return (
    <>
      {list.status === 'loading' ? <Loading /> : null}
      {list.failure ? (
        <ErrorMessage error={list.failure} onRetry={list.pages.length ? list.more : list.reload} />
      ) : null}
      {list.status !== 'loading' && !list.failure && isEmpty ? (
        <Text className="empty">{emptyText}</Text>
      ) : null}
      {children}
      {list.next ? (
        <Button variant="default" mt="sm" disabled={list.status === 'more'} onClick={list.more}>
          {list.status === 'more' ? t('common.loading') : t('stays.more')}
        </Button>
      ) : null}
    </>
  )
}
