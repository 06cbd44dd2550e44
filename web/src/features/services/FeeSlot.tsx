import { useQueryClient } from '@tanstack/react-query'
import { platformQuery } from '../../api/client'
import { ErrorMessage, Loading } from '../../components/Status'
import { useLoaded } from '../../components/useApi'
import { FeePayment } from '../payments'

/** What the fee's payment needs to know: the dossier it is for, how much, whether it is done. */
export interface FeeSlotProps {
  dossierCode: string
  amount: number
  paid: boolean
}

/** The fee of a filing, paid by VietQR; nothing when there is none or it is paid. */
export function FeeSlot({ dossierCode, amount, paid }: FeeSlotProps) {
  const queryClient = useQueryClient()
  const { state } = useLoaded(
    platformQuery.useQuery(
      'post',
      '/api/v1/me/dossiers/{code}/fee',
      { params: { path: { code: dossierCode } } },
      { enabled: !paid && amount > 0 },
    ),
  )
  if (paid || amount === 0) return null
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorMessage error={state.error} />
  const { reference, vietQr, payee, status, canSimulate } = state.data
  return (
    <FeePayment
      reference={reference}
      amount={state.data.amount}
      vietQr={vietQr}
      payee={payee}
      status={status}
      canSimulate={canSimulate}
      onPaid={() => {
        void queryClient.invalidateQueries()
      }}
    />
  )
}
