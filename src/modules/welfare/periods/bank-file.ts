import ExcelJS from 'exceljs'
import {
  excelDay,
  readSheetTable,
  type SheetFormat,
  type TableRow,
} from '../../../platform/sheets/sheet-table.js'
import { welfareErrors } from '../welfare.errors.js'
import { amountInFigures, amountInWords } from './amount-words.js'

/** A line of the bank's payment order. */
export interface BankLine {
  lineNo: number
  personalNumber: string
  fullName: string
  provider: string
  amount: number
  description: string
}

const HEADERS = [
  'STT',
  'Số định danh cá nhân',
  'Họ và tên',
  'Ngân hàng, ví điện tử',
  'Số tiền (đồng)',
  'Số tiền bằng chữ',
  'Nội dung',
] as const

const cells = (line: BankLine): (string | number)[] => [
  line.lineNo,
  line.personalNumber,
  line.fullName,
  line.provider,
  line.amount,
  amountInWords(line.amount),
  line.description,
]

const csvCell = (value: string | number): string => {
  const text = String(value)
  return /[",;\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * The bank's payment order: one line per transfer to a linked payment account, the amount in
 * figures and in words. CSV in UTF-8 with a BOM (Excel reads the diacritics), or a workbook.
 */
export async function bankFile(
  format: SheetFormat,
  lines: BankLine[],
  total: { title: string },
): Promise<Buffer> {
  if (format === 'csv') {
    const rows = [HEADERS, ...lines.map(cells)].map((r) => r.map(csvCell).join(','))
    return Buffer.from(`\uFEFF${rows.join('\r\n')}\r\n`, 'utf8')
  }
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Chi trả', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.addRow([...HEADERS]).font = { bold: true }
  for (const line of lines) sheet.addRow(cells(line))
  sheet.getColumn(2).numFmt = '@'
  sheet.getColumn(5).numFmt = '#,##0'
  const sum = lines.reduce((s, l) => s + l.amount, 0)
  sheet.addRow([])
  sheet.addRow([
    '',
    '',
    `Tổng cộng: ${total.title}`,
    '',
    sum,
    amountInWords(sum),
    `${lines.length} dòng; ${amountInFigures(sum)} đồng`,
  ]).font = { bold: true }
  ;[6, 14, 28, 16, 14, 50, 40].forEach((width, i) => (sheet.getColumn(i + 1).width = width))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** The bank's result file, as uploaded: its rows of text cells. */
export class ResultSheet {
  constructor(readonly rows: TableRow[]) {}
}

/** @throws WELFARE_RESULT_FILE_UNREADABLE */
export async function readResultSheet(format: SheetFormat, buffer: Buffer): Promise<ResultSheet> {
  try {
    return new ResultSheet(await readSheetTable(format, buffer, excelDay))
  } catch {
    throw welfareErrors.refuse('RESULT_FILE_UNREADABLE')
  }
}

/** A line of the bank's result: which payment line, to whom, how much, and what became of it. */
export interface ResultLine {
  row: number
  lineNo: number
  personalNumber: string
  amount: number
  result: 'paid' | 'failed' | null
  note: string | null
}

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')

const COLUMNS = {
  lineNo: ['stt', 'line', 'lineno'],
  personalNumber: ['sodinhdanhcanhan', 'personalnumber', 'sodinhdanh'],
  amount: ['sotiendong', 'sotien', 'amount'],
  result: ['ketqua', 'result'],
  note: ['ghichu', 'note', 'lydo'],
} as const

const RESULTS: Record<string, 'paid' | 'failed'> = {
  paid: 'paid',
  thanhcong: 'paid',
  dachi: 'paid',
  failed: 'failed',
  thatbai: 'failed',
  khongthanhcong: 'failed',
}

/**
 * The result file's lines, by its header row (Vietnamese or English names, any case or accent).
 * @throws WELFARE_RESULT_FILE_UNREADABLE without the columns STT, personal number, amount, result
 */
export function resultLines(sheet: ResultSheet): ResultLine[] {
  const rows = sheet.rows.filter((r) => r.values.some((v) => v.trim() !== ''))
  const [header, ...body] = rows
  if (!header) throw welfareErrors.refuse('RESULT_FILE_UNREADABLE')
  const names = header.values.map(fold)
  const at = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, aliases]) => [
      key,
      names.findIndex((n) => (aliases as readonly string[]).includes(n)),
    ]),
  ) as Record<keyof typeof COLUMNS, number>
  if (at.lineNo < 0 || at.personalNumber < 0 || at.amount < 0 || at.result < 0)
    throw welfareErrors.refuse('RESULT_FILE_UNREADABLE')
  const cell = (r: TableRow, i: number) => (i < 0 ? '' : (r.values[i] ?? '').trim())
  return body.map((r) => ({
    row: r.row,
    lineNo: /^\d+$/.test(cell(r, at.lineNo)) ? Number(cell(r, at.lineNo)) : Number.NaN,
    personalNumber: cell(r, at.personalNumber),
    amount: /^[\d.,]+$/.test(cell(r, at.amount))
      ? Number(cell(r, at.amount).replace(/[.,]/g, ''))
      : Number.NaN,
    result: RESULTS[fold(cell(r, at.result))] ?? null,
    note: cell(r, at.note) || null,
  }))
}
