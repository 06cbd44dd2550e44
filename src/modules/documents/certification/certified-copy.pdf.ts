import { PDFDocument } from 'pdf-lib'
import { vietnamLongDate } from '../../../platform/pdf/document.js'
import { A4, GREY, MARGINS } from '../../../platform/pdf/layout.js'
import { PageWriter } from '../../../platform/pdf/page-writer.js'

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
async function addCertificationPage(pdf: PDFDocument, s: CertificationStatement): Promise<void> {
  const page = await PageWriter.append(pdf)
  page.stateHeading(['ỦY BAN NHÂN DÂN', s.communeName.toLocaleUpperCase('vi')])
  page.text('LỜI CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH', { font: 'bold', size: 14, align: 'center' })
  page.text('Certification of a copy from the original', {
    font: 'italic',
    size: 10,
    color: GREY,
    align: 'center',
  })
  page.moveDown(1.2)
  for (const [vi, en] of statementLines(s)) {
    page.text(vi).text(en, { font: 'italic', size: 9, color: GREY }).moveDown(0.5)
  }
  page.moveDown(1)
  const top = page.y
  page.qr(s.verifyUrl, { x: MARGINS.left, size: QR_SIZE })
  const beside = { x: MARGINS.left + QR_SIZE + 14, width: page.textWidth - QR_SIZE - 14, size: 10 }
  page.y = top + 12
  page.text('Kiểm tra bản sao: quét mã QR hoặc truy cập', beside)
  page.text('Check this copy: scan the QR code or visit', {
    ...beside,
    font: 'italic',
    color: GREY,
  })
  page.text(s.verifyUrl, { ...beside, font: 'bold' })
  page.text(`Mã kiểm tra / Code: ${s.code}`, beside)
}

function statementLines(s: CertificationStatement): [string, string][] {
  const date = vietnamLongDate(s.certifiedAt)
  return [
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
}

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
  await addCertificationPage(pdf, { ...statement, copyPages })
  return { pdf, pages: pdf.getPageCount() }
}
