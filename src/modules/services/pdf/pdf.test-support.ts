import jsqr from 'jsqr'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

// jsqr is CommonJS: its function is the default export or the module itself, by loader.
const loaded = jsqr as unknown as typeof jsqr.default | { default: typeof jsqr.default }
const jsQR = typeof loaded === 'function' ? loaded : loaded.default

/** The number of pages of a PDF. */
export async function pageCount(pdf: Buffer): Promise<number> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise
  const pages = document.numPages
  await document.destroy()
  return pages
}

/** The PDF's text as a reader would extract it, page after page, whitespace collapsed. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise
  const pages: string[] = []
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  await document.destroy()
  return pages.join('\n').replace(/\s+/g, ' ')
}

interface Square {
  x: number
  y: number
  size: number
}

/** The squares a page draws (`re` operators of equal sides): a QR code's modules among them. */
async function squaresOfPages(pdf: Buffer): Promise<Square[][]> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise
  const pages: Square[][] = []
  for (let n = 1; n <= document.numPages; n++) {
    const list = await (await document.getPage(n)).getOperatorList()
    const squares: Square[] = []
    list.fnArray.forEach((fn, i) => {
      if (fn !== OPS.constructPath) return
      const [ops, coords] = list.argsArray[i] as [number[], number[]]
      let j = 0
      for (const op of ops) {
        if (op === OPS.rectangle) {
          const [x, y, w, h] = coords.slice(j, j + 4) as [number, number, number, number]
          if (Math.abs(w - h) < 1e-6) squares.push({ x, y, size: w })
          j += 4
        } else if (op === OPS.moveTo || op === OPS.lineTo) j += 2
        else if (op === OPS.curveTo) j += 6
        else if (op === OPS.curveTo2 || op === OPS.curveTo3) j += 4
      }
    })
    pages.push(squares)
  }
  await document.destroy()
  return pages
}

/**
 * The text of the QR code drawn on each page that has one, decoded by a QR reader (jsQR) from a
 * bitmap of the module squares, as a phone would read the printed page.
 */
export async function qrTexts(pdf: Buffer): Promise<string[]> {
  const texts: string[] = []
  for (const squares of await squaresOfPages(pdf)) {
    const counts = new Map<string, number>()
    for (const s of squares) counts.set(s.size.toFixed(3), (counts.get(s.size.toFixed(3)) ?? 0) + 1)
    const common = [...counts].sort((a, b) => b[1] - a[1])[0]
    if (!common || common[1] < 50) continue
    const cell = Number(common[0])
    const modules = squares.filter((s) => s.size.toFixed(3) === common[0])
    const minX = Math.min(...modules.map((s) => s.x))
    const minY = Math.min(...modules.map((s) => s.y))
    const n = Math.round((Math.max(...modules.map((s) => s.x)) - minX) / cell) + 1
    const scale = 4
    const quiet = 4
    const side = (n + quiet * 2) * scale
    const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
    for (const s of modules) {
      const col = Math.round((s.x - minX) / cell) + quiet
      const row = Math.round((s.y - minY) / cell) + quiet
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const at = ((row * scale + dy) * side + col * scale + dx) * 4
          pixels.fill(0, at, at + 3)
        }
    }
    const code = jsQR(pixels, side, side)
    if (code) texts.push(code.data)
  }
  return texts
}
