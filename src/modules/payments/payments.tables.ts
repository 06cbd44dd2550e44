import { sql } from 'drizzle-orm'
import {
  bigint,
  check,
  index,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'

const instant = (name: string) => timestamp(name, { withTimezone: true })
const dong = (name: string) => bigint(name, { mode: 'number' })

/**
 * What someone owes and by which reference they pay it: a dossier's fee, later a fine. The payee
 * is kept with the request, so its QR stays the same whatever the configuration becomes.
 */
export const paymentRequests = pgTable(
  'payment_requests',
  {
    reference: varchar('reference', { length: 25 }).primaryKey(),
    purpose: text('purpose').notNull(),
    amount: dong('amount').notNull(),
    description: text('description').notNull(),
    payeeBin: varchar('payee_bin', { length: 6 }).notNull(),
    payeeAccount: varchar('payee_account', { length: 19 }).notNull(),
    payeeName: text('payee_name').notNull(),
    status: text('status', { enum: ['unpaid', 'paid'] })
      .notNull()
      .default('unpaid'),
    createdAt: instant('created_at').notNull().defaultNow(),
    paidAt: instant('paid_at'),
    transferId: uuid('transfer_id').references(() => paymentTransfers.id),
  },
  (t) => [
    check('payment_requests_amount_positive', sql`${t.amount} > 0`),
    check('payment_requests_status_known', sql`${t.status} IN ('unpaid', 'paid')`),
    check(
      'payment_requests_paid_by_a_transfer',
      sql`(${t.status} = 'paid') = (${t.paidAt} IS NOT NULL AND ${t.transferId} IS NOT NULL)`,
    ),
    index('payment_requests_unpaid_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'unpaid'`),
    index('payment_requests_paid_idx').on(t.paidAt),
  ],
)

/**
 * Every transfer a bank reported, once per bank and transaction, matched to a request or not:
 * what reconciliation lists, and what a retried callback is answered from.
 */
export const paymentTransfers = pgTable(
  'payment_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bankCode: text('bank_code').notNull(),
    transactionId: text('transaction_id').notNull(),
    reference: text('reference').notNull(),
    amount: dong('amount').notNull(),
    paidAt: instant('paid_at').notNull(),
    payerAccount: text('payer_account'),
    outcome: text('outcome', {
      enum: ['matched', 'reference_unknown', 'amount_mismatch', 'already_paid'],
    }).notNull(),
    receivedAt: instant('received_at').notNull().defaultNow(),
  },
  (t) => [
    unique('payment_transfers_bank_transaction_key').on(t.bankCode, t.transactionId),
    check(
      'payment_transfers_outcome_known',
      sql`${t.outcome} IN ('matched', 'reference_unknown', 'amount_mismatch', 'already_paid')`,
    ),
    index('payment_transfers_paid_idx').on(t.paidAt),
  ],
)
