import { PDFDocument } from 'pdf-lib'
import {
  drawQr,
  GREY,
  MARGINS,
  openDocument,
  stateHeading,
  textWidth,
  vietnamLongDate,
} from '../../../platform/pdf/document.js'

/** What the certification page states (Decree 23/2015, form of the certification of a copy). */
export interface CertificationStatement {
  communeName: string
  bookYear: number
  bookNumber: number
  certifiedAt: Date
  officerName: string
  officerTitle: string
  /** Pages of the copy before the certification page. */
  copyPages: number
  verifyUrl: string
  code: string
}

/** The original the copy is made of. */
export interface Original {
  mediaType: string
  content: Buffer
}

const QR_SIZE = 120

/** The certification book's reference of an entry: number, book of the year, copies from originals. */
export const bookReference = (s: { bookNumber: number; bookYear: number }): string =>
  `${String(s.bookNumber)}/${String(s.bookYear)}/SCBS`

/** The page that makes the pages before it a certified copy, in Vietnamese and English. */
async function certificationPage(s: CertificationStatement): Promise<Buffer> {
  const { doc, finished } = openDocument({
    Title: `Chứng thực bản sao ${bookReference(s)}`,
    Author: `Ủy ban nhân dân ${s.communeName}`,
  })
  stateHeading(doc, ['ỦY BAN NHÂN DÂN', s.communeName.toLocaleUpperCase('vi')])
  const width = textWidth(doc)
  doc
    .font('bold')
    .fontSize(14)
    .text('LỜI CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH', { align: 'center', width })
  doc.font('italic').fontSize(10).fillColor(GREY)
  doc.text('Certification of a copy from the original', { align: 'center', width })
  doc.fillColor('#000000').moveDown(1.2)
  const date = vietnamLongDate(s.certifiedAt)
  const lines: [string, string][] = [
    [
      `Chứng thực bản sao này đúng với bản chính (gồm ${String(s.copyPages)} trang).`,
      `This copy (${String(s.copyPages)} pages) is certified true to the original.`,
    ],
    [
      `Số chứng thực: ${String(s.bookNumber)}, quyển số ${String(s.bookYear)}-SCBS.`,
      `Certification number ${String(s.bookNumber)} in the book of copies for ${String(s.bookYear)}.`,
    ],
    [`${s.communeName}, ${date.vi}.`, `Certified on ${date.en}.`],
    [
      `Người thực hiện chứng thực: ${s.officerName}, ${s.officerTitle}.`,
      `Certified by ${s.officerName}, ${s.officerTitle}.`,
    ],
    [
      `Cơ quan chứng thực: Ủy ban nhân dân ${s.communeName} (ký số).`,
      `Certifying agency: People's Committee of ${s.communeName} (digitally signed).`,
    ],
  ]
  for (const [vi, en] of lines) {
    doc.font('regular').fontSize(12).text(vi, { width })
    doc.font('italic').fontSize(9).fillColor(GREY).text(en, { width }).fillColor('#000000')
    doc.moveDown(0.5)
  }
  doc.moveDown(1)
  const top = doc.y
  drawQr(doc, s.verifyUrl, { x: MARGINS.left, y: top, size: QR_SIZE })
  const x = MARGINS.left + QR_SIZE + 14
  const beside = width - QR_SIZE - 14
  doc.font('regular').fontSize(10)
  doc.text('Kiểm tra bản sao: quét mã QR hoặc truy cập', x, top + 12, { width: beside })
  doc
    .font('italic')
    .fillColor(GREY)
    .text('Check this copy: scan the QR code or visit', { width: beside })
  doc.fillColor('#000000').font('bold').text(s.verifyUrl, { width: beside })
  doc.font('regular').text(`Mã kiểm tra / Code: ${s.code}`, { width: beside })
  doc.end()
  return finished
}

const A4 = { width: 595.28, height: 841.89 }

/** The copy's pages: a PDF original's own pages, or an image original on an A4 page. */
async function copyOf(pdf: PDFDocument, original: Original): Promise<void> {
  if (original.mediaType === 'application/pdf') {
    const source = await PDFDocument.load(original.content, { updateMetadata: false })
    for (const page of await pdf.copyPages(source, source.getPageIndices())) pdf.addPage(page)
    return
  }
  // A copy of its own: pdf-lib's JPEG reader views the whole underlying ArrayBuffer, and a small
  // Buffer is a slice of Node's shared pool.
  const bytes = new Uint8Array(original.content)
  const image =
    original.mediaType === 'image/png' ? await pdf.embedPng(bytes) : await pdf.embedJpg(bytes)
  const page = pdf.addPage([A4.width, A4.height])
  const margin = 28
  const scaled = image.scaleToFit(A4.width - 2 * margin, A4.height - 2 * margin)
  page.drawImage(image, {
    x: (A4.width - scaled.width) / 2,
    y: (A4.height - scaled.height) / 2,
    width: scaled.width,
    height: scaled.height,
  })
}

/**
 * The certified copy before its signature: the copy's pages, then the certification page.
 * @throws Error when the original cannot be read as its media type (encrypted, damaged)
 */
export async function composeCertifiedCopy(
  original: Original,
  statement: Omit<CertificationStatement, 'copyPages'>,
): Promise<{ pdf: PDFDocument; pages: number }> {
  const pdf = await PDFDocument.create({ updateMetadata: false })
  pdf.setTitle(`Bản sao chứng thực ${bookReference(statement)}`)
  pdf.setCreator('Công Dân Số')
  pdf.setProducer('Công Dân Số')
  pdf.setCreationDate(statement.certifiedAt)
  pdf.setModificationDate(statement.certifiedAt)
  await copyOf(pdf, original)
  const copyPages = pdf.getPageCount()
  const page = await PDFDocument.load(await certificationPage({ ...statement, copyPages }))
  const [certification] = await pdf.copyPages(page, [0])
  if (certification) pdf.addPage(certification)
  return { pdf, pages: pdf.getPageCount() }
}
