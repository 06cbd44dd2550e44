import type { Database } from '../../../platform/db/database.js'
import { recordAudit } from '../../audit/index.js'
import {
  documentHasNoFile,
  shareExpired,
  shareNotFound,
  shareRevoked,
} from '../documents.errors.js'
import {
  presentDocuments,
  type AgencyNamer,
  type VaultDocumentView,
} from '../vault/vault.presenters.js'
import { findDocumentWithFile, type VaultDocumentRow } from '../vault/vault.queries.js'
import { hashOfSecret } from './shares.js'
import { findShareBySecretHash, insertOpening } from './sharing.queries.js'

/** What a third party sees through a link: the one document, and until when they may. */
export interface SharedDocument {
  document: Omit<VaultDocumentView, 'title'>
  expiresAt: string
}

/**
 * Opens a shared document: the share must be live. Every opening is kept for the owner and in
 * the audit trail (the address it came from), before anything is shown.
 * @throws DOCUMENT_SHARE_NOT_FOUND, DOCUMENT_SHARE_REVOKED, DOCUMENT_SHARE_EXPIRED
 */
async function openShare(
  database: Database,
  request: { secret: string; ip: string; now: Date; what: 'card' | 'file' },
): Promise<{ row: VaultDocumentRow; expiresAt: Date }> {
  const share = await findShareBySecretHash(database.db, hashOfSecret(request.secret))
  if (!share) throw shareNotFound()
  if (share.revokedAt) throw shareRevoked()
  if (share.expiresAt <= request.now) throw shareExpired()
  const row = await findDocumentWithFile(database.db, share.documentId)
  if (!row) throw shareNotFound()
  await database.db.transaction(async (tx) => {
    await insertOpening(tx, share.id, request.now)
    await recordAudit(tx, {
      // Whoever holds the link: no account, named by the share they came through.
      actor: { accountId: `share:${share.id}`, role: 'public' },
      subjectPersonalNumber: share.ownerNumber,
      action: 'documents.share.open',
      purpose: null,
      summary: { share: share.id, document: row.id, kind: row.kind, what: request.what },
      sourceIp: request.ip,
    })
  })
  return { row, expiresAt: share.expiresAt }
}

export async function openSharedDocument(
  database: Database,
  request: { secret: string; ip: string; now: Date },
  agencyNames: AgencyNamer,
): Promise<SharedDocument> {
  const { row, expiresAt } = await openShare(database, { ...request, what: 'card' })
  // The resident's own name for a scan is theirs alone.
  const [{ title: _title, ...document }] = (await presentDocuments([row], agencyNames)) as [
    VaultDocumentView,
  ]
  return { document, expiresAt: expiresAt.toISOString() }
}

export async function openSharedFile(
  database: Database,
  request: { secret: string; ip: string; now: Date },
): Promise<{ content: Buffer; mediaType: string }> {
  const { row } = await openShare(database, { ...request, what: 'file' })
  if (!row.content || !row.mediaType) throw documentHasNoFile()
  return { content: Buffer.from(row.content), mediaType: row.mediaType }
}
