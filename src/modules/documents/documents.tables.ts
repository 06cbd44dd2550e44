import {
  bigserial,
  boolean,
  char,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'

const instant = (name: string) => timestamp(name, { withTimezone: true })
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' })

/**
 * How a document came into the vault: issued by an agency's system, uploaded by the resident
 * (a scan, not verified), or certified as a copy of an original by a commune officer.
 */
export const DOCUMENT_ORIGINS = ['issued', 'uploaded', 'certified'] as const
export type DocumentOrigin = (typeof DOCUMENT_ORIGINS)[number]

/** A resident's papers, kept once: structured fields, and a file when there is one. */
export const vaultDocuments = pgTable(
  'vault_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The resident whose document it is: their personal number, as the registry names them. */
    ownerNumber: char('owner_number', { length: 12 }).notNull(),
    /** A kind of data/documents/kinds/. */
    kind: varchar('kind', { length: 48 }).notNull(),
    origin: text('origin', { enum: DOCUMENT_ORIGINS }).notNull(),
    /** The resident's own name for a scan. */
    title: text('title'),
    fields: jsonb('fields').$type<Record<string, unknown>>().notNull(),
    /** The file, when there is one: all four set, or none. */
    mediaType: text('media_type'),
    size: integer('size'),
    sha256: char('sha256', { length: 64 }),
    content: bytea('content'),
    /** The agency that issued or certified it (an agency code), none for an upload. */
    issuerAgency: varchar('issuer_agency', { length: 32 }),
    /** The account (a partner system's, an officer's) that put it there. */
    issuerAccountId: uuid('issuer_account_id'),
    /** The date the agency gives it (a Vietnam calendar day). */
    issuedOn: date('issued_on', { mode: 'string' }),
    createdAt: instant('created_at').notNull().defaultNow(),
    /** The platform's signature over the content (vault/seal.ts): a JWS, so no one alters it. */
    seal: text('seal').notNull(),
    /** Issued or certified: an agency stands behind it. A resident's scan is not verified. */
    verified: boolean('verified').notNull(),
  },
  (t) => [
    index('vault_documents_owner_idx').on(t.ownerNumber, t.createdAt),
    index('vault_documents_kpi_idx').on(t.createdAt, t.origin, t.kind),
  ],
)

/**
 * One document shown to a third party through a link that expires. Only the SHA-256 of the
 * link's secret is kept: whoever reads the table cannot open the document.
 */
export const vaultShares = pgTable(
  'vault_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => vaultDocuments.id),
    ownerNumber: char('owner_number', { length: 12 }).notNull(),
    secretHash: char('secret_hash', { length: 64 }).notNull().unique(),
    createdAt: instant('created_at').notNull().defaultNow(),
    expiresAt: instant('expires_at').notNull(),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('vault_shares_document_idx').on(t.documentId, t.createdAt)],
)

/** Each time a share link was opened, for the resident to see (the audit trail has the rest). */
export const vaultShareOpenings = pgTable(
  'vault_share_openings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    shareId: uuid('share_id')
      .notNull()
      .references(() => vaultShares.id),
    openedAt: instant('opened_at').notNull().defaultNow(),
  },
  (t) => [index('vault_share_openings_share_idx').on(t.shareId, t.openedAt)],
)

/** A vault document attached to a dossier by reference (models 32-34's reuse indicator). */
export const vaultDocumentUses = pgTable(
  'vault_document_uses',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => vaultDocuments.id),
    /** The dossier of the services module that took it. */
    dossierId: uuid('dossier_id').notNull(),
    /** The catalogue's document it stands for. */
    requirement: text('requirement').notNull(),
    usedAt: instant('used_at').notNull().defaultNow(),
  },
  (t) => [
    index('vault_document_uses_dossier_idx').on(t.dossierId),
    index('vault_document_uses_kpi_idx').on(t.usedAt),
  ],
)
