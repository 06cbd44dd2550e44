import { Anchor, Button, Paper, Stack, Title } from '@mantine/core'
import { platformQuery } from '../../api/client'
import { Link } from '../../app/router'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { useI18n } from '../../i18n/i18n'
import { FeePayment } from '../payments'
import type { Violation } from './fineFacts'
import { finesMessages } from './messages'

/** A paid fine: “Đã nộp” and, once issued, the receipt in the resident's vault. */
function Paid({ violationId }: { violationId: string }) {
  const { t } = useI18n(finesMessages)
  const { state } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/fines/violations/{id}/payment', {
      params: { path: { id: violationId } },
    }),
  )
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorMessage error={state.error} />
  const payment = state.data
  return (
    <Stack gap="sm">
      <FeePayment
        reference={payment.reference}
        amount={payment.amount}
        vietQr={payment.vietQr}
        payee={payment.payee}
        status={payment.status}
      />
      {payment.receiptDocumentId ? (
        <Anchor component={Link} to={`/me/documents/${payment.receiptDocumentId}`}>
          {t('pay.receipt')}
        </Anchor>
      ) : null}
    </Stack>
  )
}

/** Paying the fine by VietQR: the resident asks for the code, any bank app pays it. */
export function PaySection({ violation, onPaid }: { violation: Violation; onPaid: () => void }) {
  const { t } = useI18n(finesMessages)
  const start = platformQuery.useMutation('post', '/api/v1/fines/violations/{id}/payment')
  if (violation.status === 'paid') return <Paid violationId={violation.id} />
  const payment = start.data
  return payment ? (
    <FeePayment
      reference={payment.reference}
      amount={payment.amount}
      vietQr={payment.vietQr}
      payee={payment.payee}
      status={payment.status}
      canSimulate={payment.canSimulate}
      onPaid={onPaid}
    />
  ) : (
    <Paper withBorder p="md" component="section" aria-labelledby="fine-pay">
      <Stack gap="sm">
        <Title order={2} size="h4" id="fine-pay">
          {t('pay.title')}
        </Title>
        {start.error ? <ErrorMessage error={start.error} /> : null}
        <Button
          loading={start.isPending}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => {
            start.mutate({ params: { path: { id: violation.id } } })
          }}
        >
          {t('pay.start')}
        </Button>
      </Stack>
    </Paper>
  )
}
