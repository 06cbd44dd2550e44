import { PDFDocument, StandardFonts } from 'pdf-lib'
import type { App } from '../../../platform/http/server.js'
import type { Actor } from '../../../../test/kit/index.js'

/** A scan of a paper original, `pages` pages long. */
export async function originalPdf(pages = 2): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (let n = 1; n <= pages; n++)
    pdf
      .addPage([595, 842])
      .drawText(`Bang tot nghiep - trang ${String(n)}`, { x: 60, y: 700, size: 18, font })
  return Buffer.from(await pdf.save({ useObjectStreams: false }))
}

/** The resident uploads the scan into their vault and asks for its certified copy. */
export async function askForCertifiedCopy(
  app: App,
  resident: Actor,
  scan: Buffer,
): Promise<{ id: string; documentId: string }> {
  const uploaded = await app.inject({
    method: 'POST',
    url: '/api/v1/me/documents?kind=diploma&title=B%E1%BA%B1ng%20t%E1%BB%91t%20nghi%E1%BB%87p',
    headers: { cookie: resident.cookie, 'content-type': 'application/octet-stream' },
    payload: scan,
  })
  if (uploaded.statusCode !== 201) throw new Error(`upload: ${uploaded.body}`)
  const documentId = uploaded.json<{ id: string }>().id
  const asked = await app.inject({
    method: 'POST',
    url: '/api/v1/me/certifications',
    headers: { cookie: resident.cookie },
    payload: { documentId },
  })
  if (asked.statusCode !== 201) throw new Error(`request: ${asked.body}`)
  return { id: asked.json<{ id: string }>().id, documentId }
}
