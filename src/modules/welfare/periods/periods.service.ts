import type { Principal } from '../../../platform/auth/principal.js'
import type { Database, Executor } from '../../../platform/db/database.js'
import type { SheetFormat } from '../../../platform/sheets/sheet-table.js'
import { paymentAccountsOf } from '../../identity/index.js'
import { getResidentsByNumbers } from '../../population/index.js'
import { findPayable } from '../beneficiaries/beneficiaries.queries.js'
import {
  assertCommune,
  changeBeneficiary,
  monthOf,
  type Actor,
} from '../beneficiaries/beneficiaries.service.js'
import { findBeneficiary } from '../beneficiaries/beneficiaries.queries.js'
import { programmeOf } from '../programmes/programmes.js'
import { welfareErrors } from '../welfare.errors.js'
import { bankFile, resultLines, type ResultLine, type ResultSheet } from './bank-file.js'
import {
  findAlreadyPaid,
  findLines,
  findPeriod,
  findPeriods,
  insertPeriod,
  markReconciled,
  settleLine,
  type LineRecord,
  type NewLine,
  type PeriodRecord,
} from './periods.queries.js'

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

const summaryOf = (period: PeriodRecord, lines: LineRecord[]) => {
  const sum = (ls: LineRecord[]) => ls.reduce((s, l) => s + l.amount, 0)
  const bank = lines.filter((l) => l.channel === 'bank')
  const cash = lines.filter((l) => l.channel === 'cash')
  return {
    ...period,
    totals: {
      lines: lines.length,
      amount: sum(lines),
      bank: { lines: bank.length, amount: sum(bank) },
      cash: { lines: cash.length, amount: sum(cash) },
      paid: lines.filter((l) => l.status === 'paid').length,
      failed: lines.filter((l) => l.status === 'failed').length,
    },
  }
}

/**
 * Builds a month's payment list of a programme in a commune: every beneficiary paid that month,
 * to the payment account linked to their eID (model 23) or in cash at the commune.
 * @throws WELFARE_PROGRAMME_UNKNOWN, _PROGRAMME_NOT_PAID, _PERIOD_INVALID, _COMMUNE_UNKNOWN,
 *   AUTH_OUTSIDE_JURISDICTION, WELFARE_PERIOD_EXISTS
 */
export async function buildPeriod(
  database: Database,
  actor: Actor,
  input: { programmeCode: string; communeCode: string; period: string },
) {
  const programme = programmeOf(input.programmeCode)
  if (programme.amount === null) throw welfareErrors.refuse('PROGRAMME_NOT_PAID')
  const amount = programme.amount
  if (!MONTH.test(input.period) || input.period > monthOf())
    throw welfareErrors.refuse('PERIOD_INVALID')
  const db = database.db
  await assertCommune(db, actor.principal, 'welfare.manage', input.communeCode)
  const period = await db.transaction((tx) =>
    insertPeriodOf(tx, input, amount, programme.kind === 'oneOff', actor.principal.accountId),
  )
  if (!period) throw welfareErrors.refuse('PERIOD_EXISTS')
  const lines = await findLines(db, period.id)
  return { ...summaryOf(period, lines), lines }
}

/**
 * The period and its lines, in the caller's transaction; null when it exists already. A one-off
 * support is paid once: those a line pays or paid already are left out.
 */
export async function insertPeriodOf(
  tx: Executor,
  input: { programmeCode: string; communeCode: string; period: string },
  amount: number,
  oneOff: boolean,
  builtBy: string,
): Promise<PeriodRecord | null> {
  let payable = await findPayable(tx, input)
  if (oneOff) {
    const paid = await findAlreadyPaid(
      tx,
      payable.map((b) => b.id),
    )
    payable = payable.filter((b) => !paid.has(b.id))
  }
  const numbers = payable.map((b) => b.personalNumber)
  const [people, accounts] = [
    await getResidentsByNumbers(tx, numbers),
    await paymentAccountsOf(tx, numbers),
  ]
  const lines: NewLine[] = payable.map((b, i) => {
    const account = accounts.get(b.personalNumber)
    return {
      lineNo: i + 1,
      beneficiaryId: b.id,
      personalNumber: b.personalNumber,
      fullName: people.get(b.personalNumber)?.fullName ?? '',
      amount,
      channel: account ? 'bank' : 'cash',
      provider: account?.provider ?? null,
    }
  })
  return insertPeriod(tx, { ...input, status: 'built', builtBy }, lines)
}

/** @throws WELFARE_PERIOD_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION */
async function periodInScope(
  db: Executor,
  principal: Principal,
  id: string,
  permission: 'welfare.read' | 'welfare.manage',
  lock = false,
): Promise<PeriodRecord> {
  const period = await findPeriod(db, id, lock)
  if (!period) throw welfareErrors.refuse('PERIOD_NOT_FOUND')
  await assertCommune(db, principal, permission, period.communeCode)
  return period
}

/** @throws WELFARE_PROGRAMME_UNKNOWN, _COMMUNE_UNKNOWN, AUTH_OUTSIDE_JURISDICTION */
export async function listPeriods(
  db: Executor,
  principal: Principal,
  filter: { programmeCode: string; communeCode: string },
) {
  programmeOf(filter.programmeCode)
  await assertCommune(db, principal, 'welfare.read', filter.communeCode)
  const periods = await findPeriods(db, filter)
  return Promise.all(periods.map(async (p) => summaryOf(p, await findLines(db, p.id))))
}

/** The period with every line. @throws WELFARE_PERIOD_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION */
export async function periodDetail(db: Executor, principal: Principal, id: string) {
  const period = await periodInScope(db, principal, id, 'welfare.read')
  const lines = await findLines(db, id)
  return { ...summaryOf(period, lines), lines }
}

/**
 * The bank's payment order of a period: the lines paid to linked accounts.
 * @throws WELFARE_PERIOD_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION
 */
export async function periodBankFile(
  db: Executor,
  principal: Principal,
  id: string,
  format: SheetFormat,
): Promise<{ fileName: string; body: Buffer }> {
  const period = await periodInScope(db, principal, id, 'welfare.read')
  const programme = programmeOf(period.programmeCode)
  const [year, month] = period.period.split('-')
  const description = `${programme.name.vi} tháng ${month}/${year}`
  const lines = (await findLines(db, id)).filter((l) => l.channel === 'bank')
  const body = await bankFile(
    format,
    lines.map((l) => ({ ...l, provider: l.provider ?? '', description })),
    { title: description },
  )
  return {
    fileName: `chi-tra-${period.programmeCode}-${period.communeCode}-${period.period}.${format}`,
    body,
  }
}

export interface Mismatch {
  row: number
  lineNo: number | null
  problem:
    'unknownLine' | 'cashLine' | 'repeated' | 'personalNumber' | 'amount' | 'result' | 'missing'
}

/** What does not match between the bank's result and the period's bank lines. */
function mismatches(lines: LineRecord[], results: ResultLine[]): Mismatch[] {
  const byNo = new Map(lines.map((l) => [l.lineNo, l]))
  const seen = new Set<number>()
  const found: Mismatch[] = []
  for (const r of results) {
    const line = byNo.get(r.lineNo)
    const lineNo = Number.isNaN(r.lineNo) ? null : r.lineNo
    const problem: Mismatch['problem'] | null = !line
      ? 'unknownLine'
      : line.channel === 'cash'
        ? 'cashLine'
        : seen.has(r.lineNo)
          ? 'repeated'
          : line.personalNumber !== r.personalNumber
            ? 'personalNumber'
            : line.amount !== r.amount
              ? 'amount'
              : r.result === null
                ? 'result'
                : null
    if (problem) found.push({ row: r.row, lineNo, problem })
    if (line) seen.add(r.lineNo)
  }
  for (const l of lines)
    if (l.channel === 'bank' && !seen.has(l.lineNo))
      found.push({ row: 0, lineNo: l.lineNo, problem: 'missing' })
  return found
}

/**
 * Applies the bank's result file to a period: each bank line paid or failed, all at once, or
 * nothing when any line does not match (the refusal lists them). A one-off support paid ends
 * the entry.
 * @throws WELFARE_PERIOD_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION, WELFARE_PERIOD_RECONCILED,
 *   _RESULT_FILE_UNREADABLE, _RESULT_FILE_MISMATCH
 */
export async function reconcilePeriod(
  database: Database,
  actor: Actor,
  id: string,
  sheet: ResultSheet,
) {
  return database.db.transaction(async (tx) => {
    const period = await periodInScope(tx, actor.principal, id, 'welfare.manage', true)
    const results = resultLines(sheet)
    if (period.status === 'reconciled') throw welfareErrors.refuse('PERIOD_RECONCILED')
    const lines = await findLines(tx, id)
    const wrong = mismatches(lines, results)
    if (wrong.length > 0) throw welfareErrors.refuse('RESULT_FILE_MISMATCH', { mismatches: wrong })
    const oneOff = programmeOf(period.programmeCode).kind === 'oneOff'
    const byNo = new Map(lines.map((l) => [l.lineNo, l]))
    const settledAt = new Date()
    for (const r of results) {
      const line = byNo.get(r.lineNo)!
      await settleLine(tx, line.id, { status: r.result!, note: r.note, settledAt })
      if (oneOff && r.result === 'paid') {
        const entry = await findBeneficiary(tx, line.beneficiaryId, true)
        if (entry && entry.status === 'active')
          await changeBeneficiary(tx, entry, {
            what: 'paid',
            actorAccountId: actor.principal.accountId,
            set: { status: 'ended', untilPeriod: period.period },
          })
      }
    }
    const reconciled = await markReconciled(tx, id, actor.principal.accountId)
    const after = await findLines(tx, id)
    return { ...summaryOf(reconciled, after), lines: after }
  })
}
