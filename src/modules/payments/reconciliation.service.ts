import type { Executor } from '../../platform/db/database.js'
import { parseCalendarDate, vietnamDate } from '../../platform/time/vietnam.js'
import { paymentsErrors } from './payments.errors.js'
import {
  findPaidInWindow,
  findUnmatchedInWindow,
  findUnpaidBefore,
  type ReconciliationWindow,
  type TransferOutcome,
} from './payments.queries.js'
import type { Reconciliation, ReconciliationQuery } from './payments.schemas.js'

const DAY_MS = 24 * 60 * 60 * 1000

/** Vietnam keeps UTC+7 all year: a calendar day there is [00:00+07:00, next 00:00+07:00). */
const vietnamDayStart = (day: string): Date => new Date(`${day}T00:00:00+07:00`)

const sectionOf = <T extends { amount: number }>(items: T[]) => ({
  items,
  count: items.length,
  total: items.reduce((sum, item) => sum + item.amount, 0),
})

/**
 * One Vietnam day of the collecting account: requests the banks paid that day, requests made by
 * the end of it and still unpaid, and transfers of that day that settled nothing, each with its
 * total. The platform serves one province and one collecting account, so every holder of the
 * permission reconciles all of it: there is no narrower jurisdiction to check.
 * @throws PAYMENT_DAY_INVALID
 */
export async function reconcileDay(
  db: Executor,
  query: ReconciliationQuery,
  now: Date = new Date(),
): Promise<Reconciliation> {
  const day = query.day ?? vietnamDate(now)
  if (!parseCalendarDate(day)) throw paymentsErrors.refuse('DAY_INVALID', { day })
  const from = vietnamDayStart(day)
  const window: ReconciliationWindow = {
    from,
    to: new Date(from.getTime() + DAY_MS),
    purposes: query.purpose,
  }
  const [paid, unpaid, unmatched] = await Promise.all([
    findPaidInWindow(db, window),
    findUnpaidBefore(db, window),
    findUnmatchedInWindow(db, window),
  ])
  return {
    day,
    paid: sectionOf(
      paid.map((p) => ({
        ...p,
        createdAt: p.createdAt.toISOString(),
        paidAt: p.paidAt.toISOString(),
      })),
    ),
    unpaid: sectionOf(unpaid.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() }))),
    unmatched: sectionOf(
      unmatched.map(({ outcome, purpose: _purpose, ...u }) => ({
        ...u,
        // The query keeps the transfers that settled nothing only.
        reason: outcome as Exclude<TransferOutcome, 'matched'>,
        paidAt: u.paidAt.toISOString(),
        receivedAt: u.receivedAt.toISOString(),
      })),
    ),
  }
}

// A cell a spreadsheet would run as a formula (=, +, -, @) is written as text.
const cell = (value: string | number): string => {
  const text = String(value)
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

const CSV_COLUMNS = [
  'section',
  'reference',
  'purpose',
  'description',
  'amount_vnd',
  'created_at',
  'paid_at',
  'bank',
  'transaction_id',
  'reason',
]

/** The reconciliation as one CSV table, a row per item, its section in the first column. */
export function reconciliationCsv(reconciliation: Reconciliation): string {
  const rows: (string | number)[][] = [
    ...reconciliation.paid.items.map((p) => [
      'paid',
      p.reference,
      p.purpose,
      p.description,
      p.amount,
      p.createdAt,
      p.paidAt,
      p.bankCode,
      p.transactionId,
      '',
    ]),
    ...reconciliation.unpaid.items.map((u) => [
      'unpaid',
      u.reference,
      u.purpose,
      u.description,
      u.amount,
      u.createdAt,
      '',
      '',
      '',
      '',
    ]),
    ...reconciliation.unmatched.items.map((m) => [
      'unmatched',
      m.reference,
      '',
      '',
      m.amount,
      '',
      m.paidAt,
      m.bankCode,
      m.transactionId,
      m.reason,
    ]),
  ]
  return [CSV_COLUMNS, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}
