import { Alert, Button, Text } from '@mantine/core'
import { useEffect, useRef } from 'react'
import { ApiError } from '../../api/client'
import { useI18n } from '../../i18n/i18n'
import { describeStayError } from './labels'
import { staysMessages } from './messages'

/**
 * A refused declaration, said with the guest it is about; a retry is offered only where sending
 * the same request again can help (the network, the server), and it reuses the same key.
 */
export function StayErrorMessage({
  error,
  guestName,
  onRetry,
}: {
  error: unknown
  guestName: (index: number) => string | undefined
  onRetry: () => void
}) {
  const i18n = useI18n(staysMessages)
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [error])
  const canRetry = !(error instanceof ApiError) || error.status === 0 || error.status >= 500
  return (
    <Alert color="red" variant="light" role="alert" tabIndex={-1} ref={ref}>
      <Text size="sm">{describeStayError(i18n, error, guestName)}</Text>
      {canRetry ? (
        <Button variant="default" mt="sm" onClick={onRetry}>
          {i18n.t('common.retry')}
        </Button>
      ) : null}
    </Alert>
  )
}
