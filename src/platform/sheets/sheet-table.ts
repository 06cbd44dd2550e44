import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import type { FastifyInstance, FastifyRequest } from 'fastify'

/**
 * A list uploaded as a table: a CSV (comma, semicolon or tab separated, UTF-8, with or without a
 * BOM) or the first sheet of an XLSX workbook, read as rows of text cells. What the rows mean
 * (headers, checks, limits) is the module's.
 */
export const SHEET_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const
export type SheetFormat = keyof typeof SHEET_TYPES

/** A row of the table: its number in the file (the first is 1) and its cells as text. */
export interface TableRow {
  row: number
  values: string[]
}

const two = (n: number): string => String(n).padStart(2, '0')

/** An Excel date (a wall-clock time with no zone, read as UTC) as DD/MM/YYYY. */
export const excelDay = (value: Date): string =>
  `${two(value.getUTCDate())}/${two(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`

/** An Excel date as DD/MM/YYYY, with HH:MM when it is not midnight. */
export function excelDayAndTime(value: Date): string {
  const time = `${two(value.getUTCHours())}:${two(value.getUTCMinutes())}`
  return time === '00:00' ? excelDay(value) : `${excelDay(value)} ${time}`
}

function csvTable(buffer: Buffer): TableRow[] {
  const records: string[][] = parse(buffer, {
    bom: true,
    delimiter: [',', ';', '\t'],
    relax_column_count: true,
    skip_empty_lines: false,
  })
  return records.map((values, i) => ({ row: i + 1, values }))
}

function cellText(value: ExcelJS.CellValue, dateText: (value: Date) => string): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return dateText(value)
  if (typeof value !== 'object') return String(value)
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('result' in value) return cellText(value.result, dateText)
  if ('text' in value) return cellText(value.text, dateText)
  return ''
}

async function xlsxTable(buffer: Buffer, dateText: (value: Date) => string): Promise<TableRow[]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  const table: TableRow[] = []
  workbook.worksheets[0]?.eachRow((row, number) => {
    const values: (string | undefined)[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      values[column - 1] = cellText(cell.value, dateText)
    })
    table.push({ row: number, values: Array.from(values, (v) => v ?? '') })
  })
  return table
}

/**
 * The rows of an uploaded table, blank ones included; a date cell of a workbook is written by
 * `dateText` (by default DD/MM/YYYY, with the time when there is one).
 * @throws whatever the CSV or XLSX reader throws on a file it cannot read
 */
export async function readSheetTable(
  format: SheetFormat,
  buffer: Buffer,
  dateText: (value: Date) => string = excelDayAndTime,
): Promise<TableRow[]> {
  return format === 'csv' ? csvTable(buffer) : xlsxTable(buffer, dateText)
}

/**
 * Takes CSV and XLSX bodies of at most `maxBytes` on the routes of `app`: `read` turns the upload
 * into the route's body (a module's sheet class, which its routes check for).
 */
export function acceptSheets(
  app: FastifyInstance,
  maxBytes: number,
  read: (format: SheetFormat, buffer: Buffer) => Promise<unknown>,
): void {
  for (const [format, type] of Object.entries(SHEET_TYPES)) {
    app.addContentTypeParser(
      type,
      { parseAs: 'buffer', bodyLimit: maxBytes },
      async (_request: FastifyRequest, body: Buffer) => read(format as SheetFormat, body),
    )
  }
}
