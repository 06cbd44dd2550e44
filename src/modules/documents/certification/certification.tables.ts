import { sql } from 'drizzle-orm'
import {
  char,
  check,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'

const instant = (name: string) => timestamp(name, { withTimezone: true })
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' })

/**
 * Where a certification stands: asked for, certified (the signed copy exists), refused with a
 * reason, or revoked after certification (the verification page then says so).
 */
export const CERTIFICATION_STATUSES = ['requested', 'certified', 'refused', 'revoked'] as const
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number]

/**
 * A request for a certified electronic copy of an original (Decree 23/2015, Decree 45/2020), and
 * once certified, the copy. The original is kept as it was asked for, so the officer compares
 * exactly what the copy will show.
 */
export const certifications = pgTable(
  'document_certifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The public verification code behind the copy's QR: random, unguessable. */
    code: varchar('code', { length: 16 }).notNull().unique(),
    requesterNumber: char('requester_number', { length: 12 }).notNull(),
    requesterAccountId: uuid('requester_account_id').notNull(),
    /** The holder's name as the public verification shows it: initials only ("N*** V** A*"). */
    holderMasked: text('holder_masked').notNull(),
    /** The commune whose People's Committee certifies. */
    communeCode: varchar('commune_code', { length: 8 }).notNull(),
    /** The vault document the original came from. */
    sourceDocumentId: uuid('source_document_id'),
    title: text('title').notNull(),
    originalMediaType: text('original_media_type').notNull(),
    originalSha256: char('original_sha256', { length: 64 }).notNull(),
    originalContent: bytea('original_content').notNull(),
    status: text('status', { enum: CERTIFICATION_STATUSES }).notNull().default('requested'),
    requestedAt: instant('requested_at').notNull().defaultNow(),
    decidedAt: instant('decided_at'),
    decidedBy: uuid('decided_by'),
    refusalReason: text('refusal_reason'),
    /** The certification book's entry: year (Vietnam calendar) and number, once certified. */
    bookYear: smallint('book_year'),
    bookNumber: integer('book_number'),
    officerName: text('officer_name'),
    officerTitle: text('officer_title'),
    /** The signed PDF and its SHA-256, which a presented copy is checked against. */
    certifiedContent: bytea('certified_content'),
    certifiedSha256: char('certified_sha256', { length: 64 }),
    pageCount: smallint('page_count'),
    signerSubject: text('signer_subject'),
    revokedAt: instant('revoked_at'),
    revokedBy: uuid('revoked_by'),
    revocationReason: text('revocation_reason'),
  },
  (t) => [
    index('document_certifications_requester_idx').on(t.requesterNumber, t.requestedAt),
    index('document_certifications_queue_idx').on(t.communeCode, t.status, t.requestedAt),
    uniqueIndex('document_certifications_book_idx').on(t.communeCode, t.bookYear, t.bookNumber),
    index('document_certifications_sha_idx').on(t.certifiedSha256),
    check(
      'document_certifications_book_check',
      sql`(${t.status} IN ('certified', 'revoked')) = (${t.bookNumber} IS NOT NULL AND ${t.certifiedContent} IS NOT NULL)`,
    ),
  ],
)

/**
 * The certification book of a commune for a year: the last number given. Taking a number
 * updates this row, which holds concurrent approvals of the commune in line until their
 * transaction ends; a transaction that fails gives its number back, so the book has no gaps.
 */
export const certificationBooks = pgTable(
  'document_certification_books',
  {
    communeCode: varchar('commune_code', { length: 8 }).notNull(),
    year: smallint('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.communeCode, t.year] })],
)
