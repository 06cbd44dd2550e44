import { readFileSync } from 'node:fs'
import fontkit from '@pdf-lib/fontkit'
import {
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingColor,
  type PDFDocument,
  type PDFFont,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib'
import { create } from 'qrcode'
import { A4, FONT_FILES, MARGINS, MOTTO, QR_QUIET_ZONE, STATE_NAME } from './layout.js'

/**
 * A page written straight into a pdf-lib document, for PDFs made often (certified copies): pdfkit
 * parses Noto Serif again for every document (about 100 ms a page here); pdf-lib takes a fontkit,
 * so the one below parses each font once per process and every document shares it.
 */

type FontName = keyof typeof FONT_FILES
type ParsedFont = ReturnType<typeof fontkit.create>

const fontBytes = new Map<FontName, Uint8Array>()
const parsed = new WeakMap<Uint8Array, ParsedFont>()

const parsedOnce: Parameters<PDFDocument['registerFontkit']>[0] = {
  create(bytes: Uint8Array) {
    const known = parsed.get(bytes)
    if (known) return known
    const font = fontkit.create(bytes)
    parsed.set(bytes, font)
    return font
  },
}

function bytesOf(name: FontName): Uint8Array {
  let bytes = fontBytes.get(name)
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(FONT_FILES[name]))
    fontBytes.set(name, bytes)
  }
  return bytes
}

/**
 * fontkit applies every OpenType lookup of Noto Serif to each string measured or drawn, and that
 * was most of a page's time. Vietnamese in NFC has its letters precomposed: nothing to compose,
 * position or ligate, so the page is drawn glyph for glyph (text is normalised to NFC first).
 */
const WITHOUT_SHAPING = Object.fromEntries(
  ['ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern'].map(
    (feature) => [feature, false],
  ),
)

interface TextOptions {
  font?: FontName
  size?: number
  color?: string
  align?: 'left' | 'center'
  /** Left edge of the column; the left margin unless given. */
  x?: number
  /** Width of the column; the text width unless given. */
  width?: number
}

const colour = (hex: string) =>
  rgb(
    parseInt(hex.slice(1, 3), 16) / 255,
    parseInt(hex.slice(3, 5), 16) / 255,
    parseInt(hex.slice(5, 7), 16) / 255,
  )

/** Greedy word wrap: the lines of `text` that fit in `width` at `size`. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line) lines.push(line)
  return lines
}

/** Writes top to bottom on one A4 page, measuring from the top as pdfkit does. */
export class PageWriter {
  /** Distance of the cursor from the top of the page, in points. */
  y = MARGINS.top
  readonly textWidth = A4.width - MARGINS.left - MARGINS.right

  private constructor(
    private readonly page: PDFPage,
    private readonly fonts: Record<FontName, PDFFont>,
  ) {}

  /** A new A4 page at the end of `pdf`, with Noto Serif embedded (subset). */
  static async append(pdf: PDFDocument): Promise<PageWriter> {
    pdf.registerFontkit(parsedOnce)
    const embed = (name: FontName) =>
      pdf.embedFont(bytesOf(name), { subset: true, features: WITHOUT_SHAPING })
    const [regular, bold, italic] = await Promise.all([
      embed('regular'),
      embed('bold'),
      embed('italic'),
    ])
    return new PageWriter(pdf.addPage([A4.width, A4.height]), { regular, bold, italic })
  }

  /** Writes `text` wrapped in its column and moves the cursor under it. */
  text(text: string, options: TextOptions = {}): this {
    const font = this.fonts[options.font ?? 'regular']
    const size = options.size ?? 12
    const x = options.x ?? MARGINS.left
    const width = options.width ?? this.textWidth
    const lineHeight = font.heightAtSize(size, { descender: true }) * 1.1
    for (const line of wrap(text.normalize('NFC'), font, size, width)) {
      const lineWidth = font.widthOfTextAtSize(line, size)
      const left = options.align === 'center' ? x + (width - lineWidth) / 2 : x
      this.page.drawText(line, {
        x: left,
        y: A4.height - this.y - font.heightAtSize(size, { descender: false }),
        size,
        font,
        color: colour(options.color ?? '#000000'),
      })
      this.y += lineHeight
    }
    return this
  }

  /** Leaves `lines` empty lines of 12-point text. */
  moveDown(lines: number): this {
    this.y += lines * this.fonts.regular.heightAtSize(12) * 1.1
    return this
  }

  /** A horizontal rule `length` wide, centred in a column, `below` points under the cursor. */
  rule(column: { x: number; width: number }, length: number, below = 2): this {
    const y = A4.height - this.y - below
    const start = column.x + (column.width - length) / 2
    this.page.drawLine({
      start: { x: start, y },
      end: { x: start + length, y },
      thickness: 0.6,
    })
    return this
  }

  /** Width of `text` in a font and size, in points. */
  widthOf(text: string, font: FontName, size: number): number {
    return this.fonts[font].widthOfTextAtSize(text, size)
  }

  /**
   * The heading of a Vietnamese administrative document: the issuing body at the left, the
   * country's name and motto at the right, each underlined; the cursor is left under both.
   */
  stateHeading(issuer: string[]): this {
    const left = { x: MARGINS.left, width: this.textWidth * 0.42 }
    const right = { x: left.x + left.width, width: this.textWidth - left.width }
    const heading = { font: 'bold', size: 11, align: 'center' } as const
    for (const line of issuer) this.text(line, { ...heading, ...left })
    this.rule(left, left.width / 3)
    const leftEnd = this.y
    this.y = MARGINS.top
    this.text(STATE_NAME, { ...heading, ...right }).text(MOTTO, { ...heading, ...right })
    this.rule(right, this.widthOf(MOTTO, 'bold', 11))
    this.y = Math.max(leftEnd, this.y) + 18
    return this
  }

  /**
   * A QR code of `text` at the cursor, `size` points wide with its quiet zone, drawn as vector
   * squares. Error correction M, as the web's QR codes.
   */
  qr(text: string, at: { x: number; size: number }): this {
    const { modules } = create(text, { errorCorrectionLevel: 'M' })
    const cell = at.size / (modules.size + QR_QUIET_ZONE * 2)
    const top = A4.height - this.y
    const squares: PDFOperator[] = []
    // One rectangle per run of dark modules in a row: a few hundred operators, not a thousand.
    for (let row = 0; row < modules.size; row++) {
      const y = top - (row + QR_QUIET_ZONE + 1) * cell
      for (let col = 0; col < modules.size; col++) {
        if (!modules.get(row, col)) continue
        const start = col
        while (col + 1 < modules.size && modules.get(row, col + 1)) col++
        squares.push(
          rectangle(at.x + (start + QR_QUIET_ZONE) * cell, y, (col - start + 1) * cell, cell),
        )
      }
    }
    this.page.pushOperators(
      pushGraphicsState(),
      setFillingColor(rgb(0, 0, 0)),
      ...squares,
      fill(),
      popGraphicsState(),
    )
    return this
  }
}
