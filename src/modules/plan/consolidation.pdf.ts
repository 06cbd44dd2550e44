import { fileURLToPath } from 'node:url'
import PDFDocument from 'pdfkit'
import { reportDeadline, vietnameseLongDate } from './calendar.js'
import {
  indicatorText,
  REPORT_STATE_LABELS,
  STATUS_LABELS,
  type ConsolidatedModel,
  type ConsolidationContent,
} from './consolidation-content.js'

/**
 * The consolidated report as a Vietnamese administrative document (Decree 30/2020/NĐ-CP,
 * appendix I): issuing body and national motto side by side, number and place-and-date, title,
 * body, recipients and signature. Noto Serif (SIL OFL 1.1, data/fonts) is embedded because the
 * PDF's standard fonts have no Vietnamese letters.
 */

const font = (file: string): string =>
  fileURLToPath(new URL(`../../../data/fonts/${file}`, import.meta.url))
const FONTS = {
  regular: font('NotoSerif-Regular.ttf'),
  bold: font('NotoSerif-Bold.ttf'),
  italic: font('NotoSerif-Italic.ttf'),
  boldItalic: font('NotoSerif-BoldItalic.ttf'),
}

/** Who issues it and how it is numbered: the steering committee, through its standing office. */
export const ISSUER = {
  parent: 'UBND TỈNH ĐỒNG NAI',
  body: 'BAN CHỈ ĐẠO ĐỀ ÁN 06',
  symbol: 'BC-BCĐ06',
  place: 'Đồng Nai',
  signature: ['TM. BAN CHỈ ĐẠO', 'CƠ QUAN THƯỜNG TRỰC'],
  recipients: [
    'Trưởng Ban Chỉ đạo (để b/c);',
    'Các thành viên Ban Chỉ đạo;',
    'Các sở, ban, ngành chủ trì mô hình;',
    'Lưu: VT, BCĐ06.',
  ],
}

export const GROUP_NAMES: Record<string, string> = {
  I: 'Nhóm I: Tiện ích phục vụ giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến',
  II: 'Nhóm II: Tiện ích phục vụ phát triển kinh tế, xã hội',
  III: 'Nhóm III: Tiện ích phục vụ phát triển công dân số',
  IV: 'Nhóm IV: Hoàn thiện hệ sinh thái phục vụ kết nối, khai thác, bổ sung làm giàu dữ liệu dân cư',
  V: 'Nhóm V: Phục vụ chỉ đạo, điều hành của lãnh đạo các cấp',
}

// A4 with the decree's margins: 20 mm top and bottom, 30 mm left, 20 mm right (in points).
const MM = 72 / 25.4
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 20 * MM }
const BODY_SIZE = 13

type Doc = PDFKit.PDFDocument

const dayText = (day: string): string => day.split('-').reverse().join('/')

function centred(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  width: number,
  size: number,
): number {
  doc.fontSize(size).text(text, x, y, { width, align: 'center' })
  return doc.y
}

/** The two header columns, then number and place-and-date under them. */
function header(doc: Doc, content: ConsolidationContent): void {
  const top = MARGINS.top
  const left = MARGINS.left
  const full = doc.page.width - MARGINS.left - MARGINS.right
  const leftWidth = full * 0.4
  const rightX = left + leftWidth
  const rightWidth = full - leftWidth
  doc.font('regular')
  centred(doc, ISSUER.parent, left, top, leftWidth, 12)
  doc.font('bold')
  const leftEnd = centred(doc, ISSUER.body, left, doc.y, leftWidth, 12)
  const ruleWidth = leftWidth / 3
  doc
    .moveTo(left + (leftWidth - ruleWidth) / 2, leftEnd + 2)
    .lineTo(left + (leftWidth + ruleWidth) / 2, leftEnd + 2)
    .lineWidth(0.6)
    .stroke()
  centred(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, top, rightWidth, 12)
  const motto = 'Độc lập - Tự do - Hạnh phúc'
  const mottoEnd = centred(doc, motto, rightX, doc.y, rightWidth, 13)
  const mottoWidth = doc.fontSize(13).widthOfString(motto)
  doc
    .moveTo(rightX + (rightWidth - mottoWidth) / 2, mottoEnd + 2)
    .lineTo(rightX + (rightWidth + mottoWidth) / 2, mottoEnd + 2)
    .stroke()
  const row = Math.max(leftEnd, mottoEnd) + 10
  doc.font('regular')
  centred(doc, `Số: ${content.number}/${ISSUER.symbol}`, left, row, leftWidth, 13)
  doc.font('italic')
  centred(
    doc,
    `${ISSUER.place}, ${vietnameseLongDate(content.issuedOn)}`,
    rightX,
    row,
    rightWidth,
    13,
  )
  doc.x = left
  doc.moveDown(1.5)
}

function title(doc: Doc, content: ConsolidationContent): void {
  const [year, month] = content.month.split('-').map(Number) as [number, number]
  const width = doc.page.width - MARGINS.left - MARGINS.right
  doc.font('bold')
  centred(doc, 'BÁO CÁO', MARGINS.left, doc.y, width, 14)
  centred(
    doc,
    `Kết quả thực hiện Kế hoạch số 106/KH-PH tháng ${month} năm ${year}`,
    MARGINS.left,
    doc.y,
    width,
    14,
  )
  doc.moveDown(1)
}

function heading(doc: Doc, text: string): void {
  doc.moveDown(0.4).font('bold').fontSize(BODY_SIZE).text(text, { align: 'left' })
}

function paragraph(doc: Doc, text: string, style: 'regular' | 'italic' | 'bold' = 'regular'): void {
  doc
    .font(style)
    .fontSize(BODY_SIZE)
    .text(text, { align: 'justify', indent: 1 * 28.35 })
}

function modelSection(doc: Doc, m: ConsolidatedModel): void {
  doc.moveDown(0.3)
  paragraph(doc, m.nameVi, 'bold')
  const deadline = m.deadlineDate ? dayText(m.deadlineDate) : m.deadlineText
  paragraph(
    doc,
    `Chủ trì: ${m.leads.map((l) => l.nameVi).join('; ')}. Thời hạn: ${deadline}. ` +
      `Trạng thái: ${STATUS_LABELS[m.status]}.`,
  )
  const kpi = m.kpi.indicators.map(indicatorText)
  if (kpi.length > 0 || m.kpi.note)
    paragraph(doc, `Chỉ số: ${[...kpi, ...(m.kpi.note ? [`(${m.kpi.note})`] : [])].join('; ')}.`)
  for (const r of m.reports) {
    const when = r.submittedOn ? `, ${dayText(r.submittedOn)}` : ''
    const says = r.state === 'missing' ? '' : `: ${r.progress}`
    paragraph(doc, `- ${r.agencyName} (${REPORT_STATE_LABELS[r.state]}${when})${says}`)
    if (r.indicators.length > 0) paragraph(doc, `  ${r.indicators.map(indicatorText).join('; ')}.`)
  }
}

function body(doc: Doc, content: ConsolidationContent): void {
  const { models, reports } = content.totals
  const [year, month] = content.month.split('-')
  const due = reportDeadline(content.month, content.reportDay)
  heading(doc, 'I. TÌNH HÌNH CHUNG')
  paragraph(
    doc,
    `Kế hoạch có 43 mô hình: hoàn thành ${models.done}; đang triển khai ${models.in_progress}; ` +
      `chưa triển khai ${models.not_started}; quá hạn ${models.overdue}.`,
  )
  paragraph(
    doc,
    `Báo cáo tháng ${month}/${year} (hạn trước ngày ${dayText(due)}): ` +
      `phải nộp ${reports.expected}; đúng hạn ${reports.submitted}; nộp muộn ${reports.late}; ` +
      `chưa báo cáo ${reports.missing}.`,
  )
  heading(doc, 'II. KẾT QUẢ THỰC HIỆN CÁC MÔ HÌNH')
  for (const [group, name] of Object.entries(GROUP_NAMES)) {
    heading(doc, name)
    for (const m of content.models.filter((x) => x.group === group)) modelSection(doc, m)
  }
  const all = content.models.flatMap((m) => m.reports.map((r) => ({ m, r })))
  heading(doc, 'III. KHÓ KHĂN, VƯỚNG MẮC')
  const obstacles = all.filter(({ r }) => r.obstacles.trim() !== '')
  if (obstacles.length === 0) paragraph(doc, 'Không có.')
  for (const { m, r } of obstacles)
    paragraph(doc, `- Mô hình ${m.no} (${r.agencyName}): ${r.obstacles}`)
  heading(doc, 'IV. ĐỀ XUẤT, KIẾN NGHỊ')
  const proposals = all.filter(({ r }) => r.proposals.trim() !== '')
  if (proposals.length === 0) paragraph(doc, 'Không có.')
  for (const { m, r } of proposals)
    paragraph(doc, `- Mô hình ${m.no} (${r.agencyName}): ${r.proposals}`)
}

/** Recipients at the left, the signature block at the right, on the same line. */
function closing(doc: Doc): void {
  const width = doc.page.width - MARGINS.left - MARGINS.right
  if (doc.y > doc.page.height - MARGINS.bottom - 150) doc.addPage()
  const top = doc.y + 12
  doc
    .font('boldItalic')
    .fontSize(12)
    .text('Nơi nhận:', MARGINS.left, top, { width: width / 2 })
  doc.font('regular').fontSize(11)
  for (const line of ISSUER.recipients) doc.text(`- ${line}`, { width: width / 2 })
  doc.font('bold')
  let y = top
  for (const line of ISSUER.signature)
    y = centred(doc, line, MARGINS.left + width / 2, y, width / 2, 13)
}

/** Page numbers at the top centre from the second page on, as the decree places them. */
function pageNumbers(doc: Doc): void {
  const range = doc.bufferedPageRange()
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    doc.font('regular').fontSize(12)
    doc.text(String(i + 1), 0, MARGINS.top / 2, { width: doc.page.width, align: 'center' })
  }
}

export async function renderConsolidationPdf(content: ConsolidationContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    info: {
      Title: `Báo cáo kết quả thực hiện Kế hoạch 106/KH-PH tháng ${content.month}`,
      Author: `${ISSUER.body}, ${ISSUER.parent}`,
    },
  })
  for (const [name, path] of Object.entries(FONTS)) doc.registerFont(name, path)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => {
      resolve(Buffer.concat(chunks))
    })
    doc.on('error', reject)
  })
  header(doc, content)
  title(doc, content)
  body(doc, content)
  closing(doc)
  pageNumbers(doc)
  doc.end()
  return done
}
