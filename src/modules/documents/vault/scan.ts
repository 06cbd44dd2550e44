import { createHash } from 'node:crypto'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import {
  fileTooLarge,
  fileTypeRefused,
  imageTooLarge,
  imageUnreadable,
  pdfEncrypted,
  pdfUnreadable,
} from '../documents.errors.js'

export const SCAN_LIMIT_BYTES = 10 * 1024 * 1024
/** Past this an image is refused before it is decoded: a small file can claim a huge canvas. */
export const SCAN_LIMIT_PIXELS = 50_000_000

export const SCAN_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const
export type ScanMediaType = (typeof SCAN_MEDIA_TYPES)[number]

// The file's own first bytes decide its type; its name and declared type are not believed.
const SIGNATURES: { mediaType: ScanMediaType; magic: number[] }[] = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
]

/** The type a file's first bytes say it is, among PDF, PNG and JPEG. */
export const mediaTypeOf = (content: Buffer): ScanMediaType | undefined =>
  SIGNATURES.find((s) => s.magic.every((byte, i) => content[i] === byte))?.mediaType

/** A file fit to keep: its bytes (images re-encoded), type, size and SHA-256. */
export interface CheckedScan {
  content: Buffer
  mediaType: ScanMediaType
  size: number
  sha256: string
}

async function checkPdf(content: Buffer): Promise<Buffer> {
  let pages: number
  try {
    const pdf = await PDFDocument.load(content, { ignoreEncryption: true, updateMetadata: false })
    if (pdf.isEncrypted) throw pdfEncrypted()
    pages = pdf.getPageCount()
  } catch (error) {
    if ((error as { code?: string }).code === 'DOCUMENT_PDF_ENCRYPTED') throw error
    throw pdfUnreadable()
  }
  if (pages === 0) throw pdfUnreadable()
  return content
}

// Re-encoding drops EXIF (GPS position, device), XMP and comments; rotate() first applies the
// orientation the EXIF carried, which would otherwise be lost with it.
async function reencodeImage(content: Buffer, mediaType: 'image/jpeg' | 'image/png') {
  const image = sharp(content, { limitInputPixels: SCAN_LIMIT_PIXELS, failOn: 'error' }).rotate()
  try {
    return await (mediaType === 'image/png' ? image.png() : image.jpeg({ quality: 90 })).toBuffer()
  } catch (error) {
    if (/pixel limit/i.test((error as Error).message)) throw imageTooLarge(SCAN_LIMIT_PIXELS)
    throw imageUnreadable()
  }
}

/**
 * Checks a file a person hands in: PDF, JPEG or PNG by its content, under the size limit; a PDF
 * must open and not be encrypted; an image must decode within the pixel limit and is re-encoded
 * without its metadata. The vault's uploads use it, and so do certification requests.
 * @param options.only the types accepted here (default all three)
 * @throws DOCUMENT_FILE_TOO_LARGE, DOCUMENT_FILE_TYPE_REFUSED, DOCUMENT_PDF_UNREADABLE,
 *   DOCUMENT_PDF_ENCRYPTED, DOCUMENT_IMAGE_UNREADABLE, DOCUMENT_IMAGE_TOO_LARGE
 */
export async function checkScan(
  content: Buffer,
  options: { limitBytes?: number; only?: readonly ScanMediaType[] } = {},
): Promise<CheckedScan> {
  const limitBytes = options.limitBytes ?? SCAN_LIMIT_BYTES
  if (content.length > limitBytes) throw fileTooLarge(limitBytes)
  const mediaType = mediaTypeOf(content)
  if (!mediaType || !(options.only ?? SCAN_MEDIA_TYPES).includes(mediaType)) throw fileTypeRefused()
  const kept =
    mediaType === 'application/pdf'
      ? await checkPdf(content)
      : await reencodeImage(content, mediaType)
  return {
    content: kept,
    mediaType,
    size: kept.length,
    sha256: createHash('sha256').update(kept).digest('hex'),
  }
}
