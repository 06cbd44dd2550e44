import {
  centred,
  drawQr,
  GREY,
  keepTogether,
  MARGINS,
  openDocument,
  stateHeading,
  textWidth,
  vietnamLongDate,
  type Doc,
} from '../../../platform/pdf/document.js'
import { fillTemplate } from './template.js'

/**
 * The result of a dossier as the office issues it (a temporary-residence confirmation, ...):
 * the service's template with its {{field}} placeholders filled, Vietnamese first and the
 * English text beneath, the dossier's code, and a QR code of the lookup address when given.
 */

export interface ResultTemplate {
  titleVi: string
  titleEn: string
  /** Texts with {{field}} placeholders; each line is a paragraph. */
  bodyVi: string
  bodyEn: string
}

export interface IssuedResult {
  template: ResultTemplate
  fields: Record<string, string>
  code: string
  issuedAt: Date
  issuedBy: { unitName: string; officerName: string }
  lookupUrl?: string
}

const paragraphs = (text: string): string[] =>
  text
    .split(/\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')

function codeAndDate(doc: Doc, result: IssuedResult): void {
  const width = textWidth(doc)
  const top = doc.y
  const date = vietnamLongDate(result.issuedAt)
  doc.font('regular').fontSize(11)
  centred(doc, `Mã hồ sơ: ${result.code}`, { x: MARGINS.left, y: top, width: width * 0.42 })
  doc.font('italic').fontSize(11)
  centred(doc, `${date.vi.charAt(0).toLocaleUpperCase('vi-VN')}${date.vi.slice(1)}`, {
    x: MARGINS.left + width * 0.42,
    y: top,
    width: width * 0.58,
  })
  doc.x = MARGINS.left
  doc.y += 16
}

function heading(doc: Doc, template: ResultTemplate): void {
  const at = { x: MARGINS.left, width: textWidth(doc) }
  doc.font('bold').fontSize(14)
  centred(doc, template.titleVi.toLocaleUpperCase('vi-VN'), { ...at, y: doc.y })
  doc.font('italic').fontSize(10).fillColor(GREY)
  centred(doc, template.titleEn, { ...at, y: doc.y })
  doc.fillColor('black').moveDown(1)
}

function body(doc: Doc, text: string, style: 'vi' | 'en'): void {
  const width = textWidth(doc)
  doc.font(style === 'vi' ? 'regular' : 'italic').fontSize(style === 'vi' ? 12 : 10)
  doc.fillColor(style === 'vi' ? 'black' : GREY)
  for (const p of paragraphs(text)) {
    doc.text(p, MARGINS.left, doc.y, { width, align: 'justify', indent: 20 })
    doc.moveDown(0.3)
  }
  doc.fillColor('black')
}

/** The officer's block at the right and, when there is one, the lookup QR code at the left. */
function closing(doc: Doc, result: IssuedResult): void {
  keepTogether(doc, 130)
  const width = textWidth(doc)
  const top = doc.y + 14
  const right = { x: MARGINS.left + width / 2, width: width / 2 }
  doc.font('bold').fontSize(11)
  centred(doc, result.issuedBy.unitName.toLocaleUpperCase('vi-VN'), { ...right, y: top })
  doc.font('italic').fontSize(9).fillColor(GREY)
  centred(doc, 'Cán bộ xử lý hồ sơ / Officer in charge', { ...right, y: doc.y })
  doc.fillColor('black').font('bold').fontSize(12)
  const signed = centred(doc, result.issuedBy.officerName, { ...right, y: doc.y + 40 })
  let end = signed
  if (result.lookupUrl) {
    drawQr(doc, result.lookupUrl, { x: MARGINS.left, y: top, size: 90 })
    doc.font('italic').fontSize(8).fillColor(GREY)
    doc.text('Tra cứu / Look up:', MARGINS.left, top + 94, { width: width / 2 - 10 })
    doc.text(result.lookupUrl, { width: width / 2 - 10, link: result.lookupUrl })
    doc.fillColor('black')
    end = Math.max(end, doc.y)
  }
  doc.x = MARGINS.left
  doc.y = end + 10
}

/** The issued result as a PDF (A4); a placeholder missing from `fields` shows as "…". */
export async function renderResultPdf(result: IssuedResult): Promise<Buffer> {
  const { doc, finished } = openDocument({
    Title: `${result.template.titleVi} (${result.code})`,
    Author: result.issuedBy.unitName,
  })
  stateHeading(doc, [result.issuedBy.unitName.toLocaleUpperCase('vi-VN')])
  codeAndDate(doc, result)
  heading(doc, result.template)
  body(doc, fillTemplate(result.template.bodyVi, result.fields), 'vi')
  doc.moveDown(0.6)
  body(doc, fillTemplate(result.template.bodyEn, result.fields), 'en')
  closing(doc, result)
  doc.end()
  return finished
}
