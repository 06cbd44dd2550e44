import { Alert, Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { lazy, Suspense } from 'react'
import { platformQuery } from '../../api/client'
import { Fact, Facts } from '../../components/Facts'
import { ErrorMessage, Loading } from '../../components/Status'
import { useNotifyDone } from '../../components/useNotify'
import { useI18n } from '../../i18n/i18n'
import { bankLabel } from './banks'
import { paymentsMessages } from './messages'

const QrCode = lazy(async () => ({ default: (await import('../../components/QrCode')).QrCode }))

const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' })

/** An amount in đồng as people in Việt Nam write it, whatever the page's language: 50.000 ₫. */
export const formatVnd = (amount: number): string => vnd.format(amount)

export interface FeePaymentProps {
  reference: string
  /** Whole đồng. */
  amount: number
  /** The VietQR payload the server made (payments' `vietQr`). */
  vietQr: string
  payee: { bin: string; account: string; name: string }
  status: 'unpaid' | 'paid'
  /** Told once the (simulated) bank has reported the payment, to load the dossier again. */
  onPaid?: () => void
  /**
   * Offers the development stand-in for a bank. The server registers its route outside
   * production only; the page embedding this knows which it is talking to.
   */
  canSimulate?: boolean
}

/**
 * A fee to pay by VietQR: the amount, the QR any bank app reads, the account it goes to and where
 * the payment stands; in development, a button that has the DEMO bank report it paid.
 */
export function FeePayment({
  reference,
  amount,
  vietQr,
  payee,
  status,
  onPaid,
  canSimulate = false,
}: FeePaymentProps) {
  const { t } = useI18n(paymentsMessages)
  const notifyDone = useNotifyDone()
  const simulate = platformQuery.useMutation('post', '/api/v1/payments/{reference}/simulate', {
    onSuccess: () => {
      notifyDone(t('fee.simulated', { reference }))
      onPaid?.()
    },
  })
  const paid = status === 'paid'
  const shownAmount = formatVnd(amount)
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`fee-${reference}`}>
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={3} id={`fee-${reference}`}>
            {t('fee.title')}
          </Title>
          <Badge color={paid ? 'green' : 'yellow'} variant="light" size="lg">
            {t(paid ? 'fee.paid' : 'fee.unpaid')}
          </Badge>
        </Group>
        {paid ? (
          <Alert color="green" role="status">
            {t('fee.paidNotice')}
          </Alert>
        ) : (
          <>
            <Text>{t('fee.howTo')}</Text>
            <Suspense fallback={<Loading />}>
              <Box maw="16rem" data-testid="fee-qr">
                <QrCode
                  text={vietQr}
                  label={t('fee.qrLabel', {
                    amount: shownAmount,
                    account: payee.account,
                    reference,
                  })}
                />
              </Box>
            </Suspense>
          </>
        )}
        <Facts>
          <Fact term={t('fee.amount')} data-testid="fee-amount">
            {shownAmount}
          </Fact>
          <Fact term={t('fee.reference')} ff="monospace" translate="no">
            {reference}
          </Fact>
          <Fact term={t('fee.bank')}>{bankLabel(payee.bin)}</Fact>
          <Fact term={t('fee.account')} ff="monospace" translate="no">
            {payee.account}
          </Fact>
          <Fact term={t('fee.accountName')} lang="vi">
            {payee.name}
          </Fact>
          <Fact term={t('fee.status')}>{t(paid ? 'fee.paid' : 'fee.unpaid')}</Fact>
        </Facts>
        {canSimulate && !paid ? (
          <Stack gap="xs">
            {simulate.error ? <ErrorMessage error={simulate.error} /> : null}
            <Group gap="sm" align="center">
              <Button
                variant="default"
                loading={simulate.isPending}
                disabled={simulate.isSuccess}
                onClick={() => {
                  simulate.mutate({ params: { path: { reference } } })
                }}
              >
                {t('fee.simulate')}
              </Button>
              <Text size="sm" c="dimmed">
                {t('fee.simulateHint')}
              </Text>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  )
}
