import { PDFDocument, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'

/** A one-page PDF saying `text`. */
export async function samplePdf(text = 'Giấy tờ mẫu / Sample document'): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  pdf.addPage([300, 200]).drawText(text.normalize('NFD').replace(/[^\x20-\x7e]/g, ''), {
    x: 20,
    y: 100,
    size: 12,
    font,
  })
  return Buffer.from(await pdf.save({ useObjectStreams: false }))
}

/**
 * A PDF whose trailer names an encryption dictionary, as a password-protected file's does
 * (the bytes past the header need not be really encrypted for the check to see it).
 */
export async function encryptedPdf(): Promise<Buffer> {
  const text = (await samplePdf()).toString('latin1')
  return Buffer.from(text.replace('trailer\n<<', 'trailer\n<<\n/Encrypt 1 0 R'), 'latin1')
}

/** A JPEG carrying EXIF that must not survive the upload. */
export const jpegWithExif = (): Promise<Buffer> =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } })
    .jpeg()
    .withExif({ IFD0: { ImageDescription: 'GPS 10.95N 106.82E', Artist: 'Nguyen Van A' } })
    .toBuffer()

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (bytes: Buffer): number =>
  (bytes.reduce((c, b) => CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0

/**
 * An image bomb: a PNG of a few hundred bytes whose header claims 30,000 × 30,000 pixels
 * (900 megapixels, gigabytes once decoded).
 */
export async function pngBomb(): Promise<Buffer> {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
    .png()
    .toBuffer()
  // IHDR starts at byte 8: length (4), type (4), width (4), height (4), ..., CRC after 13 bytes.
  png.writeUInt32BE(30_000, 16)
  png.writeUInt32BE(30_000, 20)
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29)
  return png
}
