import { createHash } from 'node:crypto'
import type { Executor } from '../../../platform/db/database.js'
import { attachmentTooLarge, attachmentTypeRefused } from '../services.errors.js'
import { insertAttachment } from './filing.queries.js'

export const ATTACHMENT_LIMIT_BYTES = 5 * 1024 * 1024

// The file's own first bytes decide its type; its name and declared type are not believed.
const SIGNATURES: { mediaType: string; magic: number[] }[] = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
]

export const mediaTypeOf = (content: Buffer): string | undefined =>
  SIGNATURES.find((s) => s.magic.every((byte, i) => content[i] === byte))?.mediaType

export interface StoredAttachment {
  id: string
  mediaType: string
  size: number
  uploadedAt: string
}

/**
 * Keeps a scan the resident uploads, until a dossier takes it.
 * @throws SERVICE_ATTACHMENT_TOO_LARGE, SERVICE_ATTACHMENT_TYPE_REFUSED
 */
export async function uploadAttachment(
  db: Executor,
  accountId: string,
  content: Buffer,
): Promise<StoredAttachment> {
  if (content.length > ATTACHMENT_LIMIT_BYTES) throw attachmentTooLarge(ATTACHMENT_LIMIT_BYTES)
  const mediaType = mediaTypeOf(content)
  if (!mediaType) throw attachmentTypeRefused()
  const sha256 = createHash('sha256').update(content).digest('hex')
  const stored = await insertAttachment(db, {
    accountId,
    mediaType,
    size: content.length,
    sha256,
    content,
  })
  return {
    id: stored.id,
    mediaType,
    size: content.length,
    uploadedAt: stored.uploadedAt.toISOString(),
  }
}
