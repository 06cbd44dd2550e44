import { Text } from '@mantine/core'
import { useI18n } from '../../i18n/i18n'
import { servicesMessages } from './messages'

/** What the fee's payment needs to know: the dossier it is for, how much, whether it is done. */
export interface FeeSlotProps {
  dossierCode: string
  amount: number
  paid: boolean
}

/**
 * MERGE (lead): the place of `<FeePayment>` (web/src/features/payments/FeePayment.tsx, branch
 * `payments`). Until it is wired, the receipt says the fee is paid here by VietQR; replace this
 * body with `<FeePayment {...props} />` (through the payments feature's index.ts).
 */
export function FeeSlot({ amount, paid }: FeeSlotProps) {
  const { t, number } = useI18n(servicesMessages)
  if (paid || amount === 0) return null
  return <Text>{t('receipt.paymentSoon', { amount: number(amount) })}</Text>
}
