import { createHash, randomBytes } from 'node:crypto'
import type { Executor } from '../../../platform/db/database.js'
import { documentNotFound, shareNotFound } from '../documents.errors.js'
import { findDocumentOfOwner } from '../vault/vault.queries.js'
import {
  findOpenings,
  findSharesOfDocument,
  insertShare,
  revokeShareOf,
} from './sharing.queries.js'

/** How long a link may live: an hour to thirty days, as the resident chooses. */
export const SHARE_HOURS = { min: 1, max: 30 * 24 } as const

/** Where the web app opens a shared document. */
export const sharedPath = (secret: string): string => `/shared/${secret}`

// 256 random bits, in the link only: the table keeps their SHA-256.
export const hashOfSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex')

export interface CreatedShare {
  id: string
  /** The link's secret: shown once, never kept. */
  secret: string
  url: string
  expiresAt: string
}

export interface ShareSummary {
  id: string
  createdAt: string
  expiresAt: string
  revokedAt: string | null
  status: 'active' | 'expired' | 'revoked'
  openings: string[]
}

async function requireOwnDocument(db: Executor, ownerNumber: string, documentId: string) {
  if (!(await findDocumentOfOwner(db, ownerNumber, documentId))) throw documentNotFound()
}

/**
 * Shares one of the resident's documents through a link that expires after `hours`.
 * @throws DOCUMENT_NOT_FOUND
 */
export async function shareDocument(
  db: Executor,
  share: { ownerNumber: string; documentId: string; hours: number; publicUrl: string; now: Date },
): Promise<CreatedShare> {
  await requireOwnDocument(db, share.ownerNumber, share.documentId)
  const secret = randomBytes(32).toString('base64url')
  const row = await insertShare(db, {
    documentId: share.documentId,
    ownerNumber: share.ownerNumber,
    secretHash: hashOfSecret(secret),
    expiresAt: new Date(share.now.getTime() + share.hours * 3_600_000),
  })
  return {
    id: row.id,
    secret,
    url: new URL(sharedPath(secret), share.publicUrl).toString(),
    expiresAt: row.expiresAt.toISOString(),
  }
}

/** A document's shares, with every opening. @throws DOCUMENT_NOT_FOUND */
export async function listShares(
  db: Executor,
  ownerNumber: string,
  documentId: string,
  now: Date,
): Promise<ShareSummary[]> {
  await requireOwnDocument(db, ownerNumber, documentId)
  const shares = await findSharesOfDocument(db, documentId)
  const openings = await findOpenings(
    db,
    shares.map((s) => s.id),
  )
  return shares.map((s) => ({
    id: s.id,
    createdAt: s.createdAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    revokedAt: s.revokedAt?.toISOString() ?? null,
    status: s.revokedAt ? 'revoked' : s.expiresAt <= now ? 'expired' : 'active',
    openings: openings.filter((o) => o.shareId === s.id).map((o) => o.openedAt.toISOString()),
  }))
}

/** Ends a share at once (again is harmless). @throws DOCUMENT_SHARE_NOT_FOUND */
export async function revokeShare(
  db: Executor,
  share: { ownerNumber: string; documentId: string; id: string },
): Promise<void> {
  if (!(await revokeShareOf(db, share))) throw shareNotFound()
}
