import ExcelJS from 'exceljs'
import {
  REPORT_STATE_LABELS,
  STATUS_LABELS,
  type ConsolidationContent,
} from './consolidation-content.js'

/**
 * The consolidated report's figures as a workbook for the committee's own tables: one sheet of
 * models, one of indicators (numbers as numbers), one of the agencies' reports.
 */

type Column = { header: string; key: string; width: number }

function sheet(workbook: ExcelJS.Workbook, name: string, columns: Column[]): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = columns
  ws.getRow(1).font = { bold: true }
  return ws
}

function modelsSheet(workbook: ExcelJS.Workbook, content: ConsolidationContent): void {
  const ws = sheet(workbook, 'Mô hình', [
    { header: 'Số', key: 'no', width: 6 },
    { header: 'Nhóm', key: 'group', width: 7 },
    { header: 'Mô hình', key: 'name', width: 60 },
    { header: 'Chủ trì', key: 'leads', width: 30 },
    { header: 'Thời hạn (theo Kế hoạch)', key: 'deadlineText', width: 22 },
    { header: 'Ngày hạn', key: 'deadlineDate', width: 12 },
    { header: 'Trạng thái', key: 'status', width: 16 },
    { header: 'Báo cáo đúng hạn', key: 'onTime', width: 10 },
    { header: 'Nộp muộn', key: 'late', width: 10 },
    { header: 'Chưa báo cáo', key: 'missing', width: 10 },
  ])
  for (const m of content.models) {
    const count = (state: string) => m.reports.filter((r) => r.state === state).length
    ws.addRow({
      no: m.no,
      group: m.group,
      name: m.nameVi,
      leads: m.leads.map((l) => l.code).join(', '),
      deadlineText: m.deadlineText,
      deadlineDate: m.deadlineDate,
      status: STATUS_LABELS[m.status],
      onTime: count('submitted'),
      late: count('late'),
      missing: count('missing'),
    })
  }
}

function indicatorsSheet(workbook: ExcelJS.Workbook, content: ConsolidationContent): void {
  const ws = sheet(workbook, 'Chỉ số', [
    { header: 'Số', key: 'no', width: 6 },
    { header: 'Nguồn', key: 'source', width: 26 },
    { header: 'Chỉ số', key: 'label', width: 60 },
    { header: 'Giá trị', key: 'value', width: 14 },
    { header: 'Đơn vị', key: 'unit', width: 10 },
  ])
  for (const m of content.models) {
    const source = m.kpi.state === 'computed' ? 'Tự động / live data' : 'Báo cáo / reported'
    for (const i of m.kpi.indicators)
      ws.addRow({ no: m.no, source, label: i.label, value: i.value, unit: i.unit })
    for (const r of m.reports)
      for (const i of r.indicators)
        ws.addRow({ no: m.no, source: r.agencyCode, label: i.label, value: i.value, unit: i.unit })
    if (m.kpi.state === 'failed')
      ws.addRow({ no: m.no, source: 'Tự động / live data', label: m.kpi.note, value: null })
  }
}

function reportsSheet(workbook: ExcelJS.Workbook, content: ConsolidationContent): void {
  const ws = sheet(workbook, 'Báo cáo', [
    { header: 'Số', key: 'no', width: 6 },
    { header: 'Cơ quan', key: 'agency', width: 30 },
    { header: 'Tình trạng', key: 'state', width: 14 },
    { header: 'Ngày nộp', key: 'submittedOn', width: 12 },
    { header: 'Kết quả, tiến độ', key: 'progress', width: 60 },
    { header: 'Khó khăn, vướng mắc', key: 'obstacles', width: 40 },
    { header: 'Đề xuất, kiến nghị', key: 'proposals', width: 40 },
  ])
  for (const m of content.models)
    for (const r of m.reports)
      ws.addRow({
        no: m.no,
        agency: r.agencyName,
        state: REPORT_STATE_LABELS[r.state],
        submittedOn: r.submittedOn,
        progress: r.progress,
        obstacles: r.obstacles,
        proposals: r.proposals,
      })
}

export async function renderConsolidationXlsx(content: ConsolidationContent): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Công Dân Số'
  workbook.created = new Date(`${content.issuedOn}T00:00:00Z`)
  modelsSheet(workbook, content)
  indicatorsSheet(workbook, content)
  reportsSheet(workbook, content)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
