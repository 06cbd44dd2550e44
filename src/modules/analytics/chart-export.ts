import ExcelJS from 'exceljs'
import type { SqlValue } from './copy-store.js'
import type { ChartData, Column } from './charts.js'

/**
 * A chart's data as a file: CSV (UTF-8 with a byte-order mark, so Excel reads the diacritics) or
 * a workbook with one sheet per chart. Each coded dimension gets its label in a column beside it.
 */
export type Lang = 'vi' | 'en'

/** What stands for a count withheld from the viewer (population.groups.charts.ts). */
export const WITHHELD_MARK = '—'

const withheld = (row: Record<string, SqlValue>, column: Column): SqlValue =>
  column.role === 'measure' && row.withheld === true ? WITHHELD_MARK : null

interface Header {
  title: string
  value: (row: Record<string, SqlValue>) => SqlValue
}

function headers(chart: ChartData, lang: Lang): Header[] {
  return chart.columns.flatMap((column: Column): Header[] => {
    const own: Header = {
      title: column.label[lang],
      value: (row) => row[column.key] ?? withheld(row, column),
    }
    const labels = chart.labels[column.key]
    if (column.role !== 'dimension' || !labels) return [own]
    return [
      { ...own, title: `${column.label[lang]} (${lang === 'vi' ? 'mã' : 'code'})` },
      {
        title: column.label[lang],
        value: (row) => labels[String(row[column.key])]?.[lang] ?? row[column.key] ?? null,
      },
    ]
  })
}

export const csvCell = (value: SqlValue): string => {
  if (value === null) return ''
  const text = String(value)
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export function chartCsv(chart: ChartData, lang: Lang): string {
  const columns = headers(chart, lang)
  const lines = [
    columns.map((c) => csvCell(c.title)).join(','),
    ...chart.rows.map((row) => columns.map((c) => csvCell(c.value(row))).join(',')),
  ]
  // The legend of the withheld mark, where there is one, closes the file.
  if (chart.rows.some((row) => row.withheld === true) && chart.note)
    lines.push(csvCell(chart.note[lang]))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

export async function chartsWorkbook(charts: ChartData[], lang: Lang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  for (const chart of charts) {
    const sheet = workbook.addWorksheet(chart.id.slice(0, 31))
    sheet.addRow([chart.title[lang]]).font = { bold: true, size: 13 }
    if (chart.note) sheet.addRow([chart.note[lang]]).font = { italic: true }
    const columns = headers(chart, lang)
    const header = sheet.addRow(columns.map((c) => c.title))
    header.font = { bold: true }
    sheet.views = [{ state: 'frozen', ySplit: header.number }]
    for (const row of chart.rows) sheet.addRow(columns.map((c) => c.value(row)))
    sheet.columns.forEach((column) => {
      column.width = 18
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
