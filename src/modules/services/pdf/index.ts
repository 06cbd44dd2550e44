export type { Bilingual } from '../../../platform/pdf/document.js'
export { renderReceiptPdf, type DossierReceipt, type ReceiptChannel } from './receipt.pdf.js'
export { renderResultPdf, type IssuedResult, type ResultTemplate } from './result.pdf.js'
export { fillTemplate, MISSING_FIELD } from './template.js'
