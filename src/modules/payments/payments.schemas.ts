import { Type, type Static } from '@sinclair/typebox'

const Strict = { additionalProperties: false } as const
const Instant = Type.String({ format: 'date-time', description: 'ISO 8601 with offset' })
const Dong = Type.Integer({ minimum: 1, maximum: 9_999_999_999_999, description: 'whole đồng' })
const Reference = Type.String({ minLength: 1, maxLength: 25, description: 'the payment reference' })

/** What a bank posts to its callback, signed (see the route's description). */
export const CallbackBody = Type.Object(
  {
    transactionId: Type.String({
      minLength: 1,
      maxLength: 64,
      description: "the bank's own id of the transfer; a retry sends the same",
    }),
    reference: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'the purpose of transaction the payer sent (the QR’s reference)',
    }),
    amount: Dong,
    paidAt: Instant,
    payerAccount: Type.Optional(Type.String({ minLength: 1, maxLength: 34 })),
  },
  Strict,
)
export type CallbackBody = Static<typeof CallbackBody>

export const CallbackHeaders = Type.Object({
  'x-bank-timestamp': Type.Optional(
    Type.String({ description: 'when the bank signed, in Unix seconds; within 5 minutes of ours' }),
  ),
  'x-bank-signature': Type.Optional(
    Type.String({
      description: 'hex HMAC-SHA256, with the bank’s secret, of `${timestamp}.${raw body}`',
    }),
  ),
})

export const BankParams = Type.Object({
  bank: Type.String({ minLength: 1, maxLength: 16, description: 'the bank’s code, e.g. VCB' }),
})

export const ReferenceParams = Type.Object({ reference: Reference })

/** The answer to a matched transfer, the same for every retry of it. */
export const SettledSchema = Type.Object({
  reference: Type.String(),
  status: Type.Literal('paid'),
  transactionId: Type.String(),
  paidAt: Type.String(),
})
export type Settled = Static<typeof SettledSchema>

export const ReconciliationQuery = Type.Object(
  {
    day: Type.Optional(
      Type.String({
        // Written so here; a date the calendar lacks is refused as PAYMENT_DAY_INVALID.
        pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
        description: 'YYYY-MM-DD, a Vietnam calendar day; today when left out',
      }),
    ),
    purpose: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 60 }), {
        maxItems: 20,
        description: 'purpose kinds to keep, e.g. services.fee; all when left out',
      }),
    ),
  },
  Strict,
)
export type ReconciliationQuery = Static<typeof ReconciliationQuery>

const Section = <T extends ReturnType<typeof Type.Object>>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    count: Type.Integer(),
    total: Type.Integer({ description: 'sum of the amounts, whole đồng' }),
  })

export const PaidItem = Type.Object({
  reference: Type.String(),
  purpose: Type.String(),
  description: Type.String(),
  amount: Type.Integer(),
  createdAt: Type.String(),
  paidAt: Type.String(),
  bankCode: Type.String(),
  transactionId: Type.String(),
})

export const UnpaidItem = Type.Object({
  reference: Type.String(),
  purpose: Type.String(),
  description: Type.String(),
  amount: Type.Integer(),
  createdAt: Type.String(),
})

export const UnmatchedItem = Type.Object({
  bankCode: Type.String(),
  transactionId: Type.String(),
  reference: Type.String({ description: 'as the payer wrote it' }),
  amount: Type.Integer(),
  paidAt: Type.String(),
  receivedAt: Type.String(),
  reason: Type.Union(
    [
      Type.Literal('reference_unknown'),
      Type.Literal('amount_mismatch'),
      Type.Literal('already_paid'),
    ],
    { description: 'why it settled nothing' },
  ),
})

export const ReconciliationSchema = Type.Object({
  day: Type.String(),
  paid: Section(PaidItem),
  unpaid: Section(UnpaidItem),
  unmatched: Section(UnmatchedItem),
})
export type Reconciliation = Static<typeof ReconciliationSchema>
