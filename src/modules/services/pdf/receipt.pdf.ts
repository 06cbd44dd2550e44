import {
  drawQr,
  GREY,
  keepTogether,
  MARGINS,
  openDocument,
  stateHeading,
  textWidth,
  vietnamDateTime,
  type Bilingual,
  type Doc,
} from '../../../platform/pdf/document.js'

/**
 * The receipt of a dossier: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" (the one-stop shop's form
 * 01 of Circular 01/2018/TT-VPCP), Vietnamese first with English beneath, instants in Vietnam
 * time, and a QR code of the address where the dossier is looked up.
 */

export type ReceiptChannel = 'web' | 'kiosk' | 'counter'

export interface DossierReceipt {
  code: string
  serviceName: Bilingual
  applicantName: string
  receivedAt: Date
  dueAt: Date
  channel: ReceiptChannel
  lookupUrl: string
  /** The dossiers a linked filing (liên thông) opened at other agencies. */
  parts?: { code: string; serviceName: Bilingual; agency: Bilingual; dueAt: Date }[]
  fee?: { amount: number; paid: boolean }
  /** The office that received it; the one-stop shop when left out. */
  office?: Bilingual
}

const CHANNELS: Record<ReceiptChannel, Bilingual> = {
  web: { vi: 'Trực tuyến (Cổng dịch vụ công)', en: 'Online (public service portal)' },
  kiosk: { vi: 'Tại ki-ốt tự phục vụ', en: 'At a self-service kiosk' },
  counter: { vi: 'Tại quầy tiếp nhận', en: 'At the reception counter' },
}

const ONE_STOP_SHOP: Bilingual = { vi: 'Bộ phận Một cửa', en: 'One-stop shop' }

const LABEL_WIDTH = 150

const money = (amount: number): string => `${new Intl.NumberFormat('vi-VN').format(amount)} đồng`

/** One line of the receipt: the label in both languages at the left, the value at the right. */
function row(doc: Doc, label: Bilingual, value: Bilingual | string, strong = false): void {
  keepTogether(doc, 40)
  const top = doc.y
  const valueX = MARGINS.left + LABEL_WIDTH
  const valueWidth = textWidth(doc) - LABEL_WIDTH
  doc.font('bold').fontSize(11).fillColor('black')
  doc.text(label.vi, MARGINS.left, top, { width: LABEL_WIDTH - 8 })
  doc
    .font('italic')
    .fontSize(9)
    .fillColor(GREY)
    .text(label.en, { width: LABEL_WIDTH - 8 })
  const labelEnd = doc.y
  doc
    .font(strong ? 'bold' : 'regular')
    .fontSize(strong ? 13 : 11)
    .fillColor('black')
  doc.text(typeof value === 'string' ? value : value.vi, valueX, top, { width: valueWidth })
  if (typeof value !== 'string')
    doc.font('italic').fontSize(9).fillColor(GREY).text(value.en, { width: valueWidth })
  doc.fillColor('black')
  doc.x = MARGINS.left
  doc.y = Math.max(labelEnd, doc.y) + 6
}

function title(doc: Doc): void {
  const width = textWidth(doc)
  doc
    .font('bold')
    .fontSize(14)
    .text('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', MARGINS.left, doc.y, {
      width,
      align: 'center',
    })
  doc.font('italic').fontSize(10).fillColor(GREY)
  doc.text('Dossier receipt and appointment for the result', { width, align: 'center' })
  doc.fillColor('black').moveDown(1.2)
}

function feeValue(fee: NonNullable<DossierReceipt['fee']>): Bilingual {
  if (fee.amount === 0) return { vi: 'Không thu phí, lệ phí', en: 'No fee' }
  const amount = money(fee.amount)
  return fee.paid
    ? { vi: `${amount}, đã nộp`, en: `${amount}, paid` }
    : { vi: `${amount}, chưa nộp`, en: `${amount}, not paid yet` }
}

function linkedParts(doc: Doc, parts: NonNullable<DossierReceipt['parts']>): void {
  keepTogether(doc, 60)
  doc.moveDown(0.4).font('bold').fontSize(11).text('Các hồ sơ liên thông', MARGINS.left)
  doc.font('italic').fontSize(9).fillColor(GREY).text('Linked dossiers').fillColor('black')
  doc.moveDown(0.3)
  parts.forEach((part, i) => {
    keepTogether(doc, 50)
    const due = vietnamDateTime(part.dueAt)
    doc
      .font('bold')
      .fontSize(11)
      .text(`${String(i + 1)}. ${part.code}: ${part.serviceName.vi}`)
    doc.font('regular').fontSize(10).text(`${part.agency.vi}. Hẹn trả kết quả: ${due}`, {
      indent: 14,
    })
    doc.font('italic').fontSize(9).fillColor(GREY)
    doc.text(`${part.serviceName.en}, ${part.agency.en}. Result due: ${due}`, { indent: 14 })
    doc.fillColor('black').moveDown(0.3)
  })
}

const QR_SIZE = 110

function lookup(doc: Doc, url: string): void {
  keepTogether(doc, QR_SIZE + 20)
  const top = doc.y + 8
  drawQr(doc, url, { x: MARGINS.left, y: top, size: QR_SIZE })
  const x = MARGINS.left + QR_SIZE + 14
  const width = textWidth(doc) - QR_SIZE - 14
  doc
    .font('bold')
    .fontSize(11)
    .text('Tra cứu tình trạng hồ sơ: quét mã QR hoặc truy cập', x, top + 12, {
      width,
    })
  doc.font('italic').fontSize(9).fillColor(GREY)
  doc.text('Look the dossier up: scan the QR code or visit', { width })
  doc.font('regular').fontSize(10).fillColor('black').text(url, { width, link: url })
  doc.x = MARGINS.left
  doc.y = Math.max(doc.y, top + QR_SIZE) + 12
}

function footnote(doc: Doc): void {
  const width = textWidth(doc)
  keepTogether(doc, 40)
  doc.font('italic').fontSize(9)
  doc.text(
    'Thời hạn giải quyết tính theo ngày làm việc, không kể ngày nghỉ hằng tuần, ngày nghỉ lễ, Tết.',
    MARGINS.left,
    doc.y,
    { width },
  )
  doc
    .fillColor(GREY)
    .text('The time limit counts working days, without weekends and public holidays.', {
      width,
    })
  doc.fillColor('black')
}

/** The receipt of a dossier as a PDF (A4). */
export async function renderReceiptPdf(receipt: DossierReceipt): Promise<Buffer> {
  const office = receipt.office ?? ONE_STOP_SHOP
  const { doc, finished } = openDocument({
    Title: `Giấy tiếp nhận hồ sơ và hẹn trả kết quả ${receipt.code}`,
    Author: office.vi,
  })
  stateHeading(doc, [office.vi.toLocaleUpperCase('vi-VN')])
  title(doc)
  row(doc, { vi: 'Mã hồ sơ', en: 'Dossier code' }, receipt.code, true)
  row(doc, { vi: 'Người nộp hồ sơ', en: 'Applicant' }, receipt.applicantName)
  row(doc, { vi: 'Thủ tục hành chính', en: 'Public service' }, receipt.serviceName)
  row(doc, { vi: 'Hình thức nộp', en: 'Channel' }, CHANNELS[receipt.channel])
  row(doc, { vi: 'Thời gian nhận hồ sơ', en: 'Received' }, vietnamDateTime(receipt.receivedAt))
  row(doc, { vi: 'Hẹn trả kết quả', en: 'Result due' }, vietnamDateTime(receipt.dueAt), true)
  if (receipt.fee) row(doc, { vi: 'Phí, lệ phí', en: 'Fee' }, feeValue(receipt.fee))
  if (receipt.parts && receipt.parts.length > 0) linkedParts(doc, receipt.parts)
  lookup(doc, receipt.lookupUrl)
  footnote(doc)
  doc.end()
  return finished
}
