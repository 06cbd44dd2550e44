import { createHash } from 'node:crypto'
import type { Executor } from '../../../platform/db/database.js'
import { mediaTypeOf } from '../../documents/index.js'
import { attachmentTooLarge, attachmentTypeRefused } from '../services.errors.js'
import { insertAttachment } from './filing.queries.js'

export const ATTACHMENT_LIMIT_BYTES = 5 * 1024 * 1024

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
