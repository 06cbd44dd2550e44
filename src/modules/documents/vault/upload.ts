import type { Executor } from '../../../platform/db/database.js'
import { kindNotUploadable } from '../documents.errors.js'
import { kindNamed } from '../kinds/kinds.reference.js'
import { checkScan } from './scan.js'
import { storeVaultDocument } from './store.js'

export const UPLOAD_KIND = 'uploaded-scan'

/**
 * Keeps a scan the resident uploads in their vault, not verified: any kind a resident may hold
 * a paper of (a tenancy contract, a scan of a diploma), named as they choose.
 * @throws DOCUMENT_KIND_UNKNOWN, DOCUMENT_KIND_NOT_UPLOADABLE, and checkScan's refusals
 * @returns the new document's id
 */
export async function uploadScan(
  db: Executor,
  ownerNumber: string,
  upload: { content: Buffer; kind?: string | undefined; title?: string | undefined },
): Promise<string> {
  const kind = kindNamed(upload.kind ?? UPLOAD_KIND).definition
  if (!kind.uploadable) throw kindNotUploadable(kind.code)
  const file = await checkScan(upload.content)
  return storeVaultDocument(db, {
    ownerNumber,
    kind: kind.code,
    origin: 'uploaded',
    title: upload.title?.trim() || null,
    fields: {},
    file,
  })
}
