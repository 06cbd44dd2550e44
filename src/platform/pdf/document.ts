import PDFDocument from 'pdfkit'
import { create } from 'qrcode'
import { VIETNAM_TIME_ZONE } from '../time/vietnam.js'
import { FONT_FILES, MARGINS, MOTTO, QR_QUIET_ZONE, STATE_NAME } from './layout.js'

export { GREY, MARGINS } from './layout.js'

/**
 * PDFs written with pdfkit (receipts, results, reports): the shared layout (./layout.ts), the
 * national motto heading, QR codes drawn as vectors, dates in Vietnam time.
 */

export type Doc = PDFKit.PDFDocument

/** A text in Vietnamese and in English. */
export interface Bilingual {
  vi: string
  en: string
}

/** The width between the margins. */
export const textWidth = (doc: Doc): number => doc.page.width - MARGINS.left - MARGINS.right

/** A new A4 document with the fonts registered, and the buffer it becomes once ended. */
export function openDocument(info: { Title: string; Author: string }): {
  doc: Doc
  finished: Promise<Buffer>
} {
  const doc = new PDFDocument({ size: 'A4', margins: MARGINS, info })
  for (const [name, path] of Object.entries(FONT_FILES)) doc.registerFont(name, path)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => {
      resolve(Buffer.concat(chunks))
    })
    doc.on('error', reject)
  })
  return { doc, finished }
}

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function partsOf(at: Date): Record<'day' | 'month' | 'year' | 'hour' | 'minute', string> {
  const parts = Object.fromEntries(dateTimeParts.formatToParts(at).map((p) => [p.type, p.value]))
  return {
    day: parts.day ?? '',
    month: parts.month ?? '',
    year: parts.year ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
  }
}

/** 'dd/mm/yyyy HH:mm' in Vietnam time, whatever the server's zone. */
export function vietnamDateTime(at: Date): string {
  const p = partsOf(at)
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`
}

/** 'ngày dd tháng mm năm yyyy' and 'dd/mm/yyyy' of an instant's day in Vietnam. */
export function vietnamLongDate(at: Date): Bilingual {
  const p = partsOf(at)
  return { vi: `ngày ${p.day} tháng ${p.month} năm ${p.year}`, en: `${p.day}/${p.month}/${p.year}` }
}

/** Centred text in a column; returns where the text ended. */
export function centred(
  doc: Doc,
  text: string,
  at: { x: number; y: number; width: number },
): number {
  doc.text(text, at.x, at.y, { width: at.width, align: 'center' })
  return doc.y
}

/**
 * The heading of a Vietnamese administrative document: the issuing body at the left, the
 * country's name and motto at the right, each underlined; the cursor is left under both.
 */
export function stateHeading(doc: Doc, issuer: string[]): void {
  const full = textWidth(doc)
  const left = { x: MARGINS.left, width: full * 0.42 }
  const right = { x: MARGINS.left + left.width, width: full - left.width }
  let leftEnd = MARGINS.top
  doc.font('bold').fontSize(11)
  for (const line of issuer) leftEnd = centred(doc, line, { ...left, y: leftEnd })
  const rule = left.width / 3
  doc
    .moveTo(left.x + (left.width - rule) / 2, leftEnd + 2)
    .lineTo(left.x + (left.width + rule) / 2, leftEnd + 2)
    .lineWidth(0.6)
    .stroke()
  doc.font('bold').fontSize(11)
  centred(doc, STATE_NAME, { ...right, y: MARGINS.top })
  const mottoEnd = centred(doc, MOTTO, { ...right, y: doc.y })
  const mottoWidth = doc.widthOfString(MOTTO)
  doc
    .moveTo(right.x + (right.width - mottoWidth) / 2, mottoEnd + 2)
    .lineTo(right.x + (right.width + mottoWidth) / 2, mottoEnd + 2)
    .stroke()
  doc.x = MARGINS.left
  doc.y = Math.max(leftEnd, mottoEnd) + 18
}

/**
 * A QR code of `text`, `size` points wide with its quiet zone, drawn as vector squares (sharp
 * when printed at any size). Error correction M, as the web's QR codes.
 */
export function drawQr(doc: Doc, text: string, at: { x: number; y: number; size: number }): void {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const cell = at.size / (modules.size + QR_QUIET_ZONE * 2)
  doc.save()
  doc.rect(at.x, at.y, at.size, at.size).fill('#ffffff')
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++)
      if (modules.get(row, col))
        doc.rect(
          at.x + (col + QR_QUIET_ZONE) * cell,
          at.y + (row + QR_QUIET_ZONE) * cell,
          cell,
          cell,
        )
  doc.fill('#000000')
  doc.restore()
}

/** Starts a new page when less than `height` points are left above the bottom margin. */
export function keepTogether(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGINS.bottom) {
    doc.addPage()
    doc.y = MARGINS.top
  }
}
