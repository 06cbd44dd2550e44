import { Type } from '@sinclair/typebox'

export const ViolationParams = Type.Object({ id: Type.String({ format: 'uuid' }) })

export const FinePaymentSchema = Type.Object({
  violationId: Type.String({ format: 'uuid' }),
  reference: Type.String(),
  amount: Type.Integer(),
  description: Type.String(),
  status: Type.Union([Type.Literal('unpaid'), Type.Literal('paid')]),
  paidAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  vietQr: Type.String({ description: 'the VietQR (EMVCo) payload any bank app reads' }),
  payee: Type.Object({ bin: Type.String(), account: Type.String(), name: Type.String() }),
  /** The receipt in the payer's document vault, once paid. */
  receiptDocumentId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  canSimulate: Type.Boolean({
    description:
      'outside production: a simulated bank can pay it (POST /payments/:reference/simulate)',
  }),
})
