import { sql } from 'drizzle-orm'
import {
  bigint,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import { bytea } from '../../platform/db/bytea.js'

const instant = (name: string) => timestamp(name, { withTimezone: true })

export const DATASET_STATUSES = ['uploaded', 'importing', 'imported', 'failed'] as const
export const DATASET_FORMATS = ['csv', 'xlsx'] as const

/**
 * A list an agency brought to be cleaned against the registry: the file as uploaded (its chunks),
 * what reading it found (text encoding, columns, legacy fonts, a preview), the mapping of its
 * columns to fields, and the import's progress and checkpoint.
 */
export const linkageDatasets = pgTable(
  'linkage_datasets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The owning agency (GLOSSARY codes); null for a commune's own list. */
    agencyCode: varchar('agency_code', { length: 16 }),
    /** The unit the list belongs to (a commune or the province), for jurisdiction. */
    unitCode: varchar('unit_code', { length: 5 }).notNull(),
    name: text('name').notNull(),
    fileName: text('file_name').notNull(),
    format: text('format', { enum: DATASET_FORMATS }),
    /** SHA-256 of the file, hex; null while it is being uploaded. */
    sha256: varchar('sha256', { length: 64 }),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull().default(0),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: instant('uploaded_at').notNull().defaultNow(),
    status: text('status', { enum: DATASET_STATUSES }).notNull().default('uploaded'),
    /** How the file was read: its text encoding, columns, legacy fonts per column, first rows. */
    inspection: jsonb('inspection'),
    /** Field → column index, as the officer mapped them. */
    mapping: jsonb('mapping'),
    totalRows: integer('total_rows'),
    /** Checkpoint: every data row up to this spreadsheet row number is written. */
    checkpointRow: integer('checkpoint_row').notNull().default(1),
    rowsWritten: integer('rows_written').notNull().default(0),
    bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
    /** The running import's last sign of life: an older one is resumed by another runner. */
    heartbeatAt: instant('heartbeat_at'),
    importedAt: instant('imported_at'),
    runs: smallint('runs').notNull().default(0),
    /** Why the import failed: { code, message, details }. */
    error: jsonb('error'),
  },
  (t) => [
    // A file once per owner (a second upload is offered as a re-run); null while uploading.
    uniqueIndex('linkage_datasets_file_once').on(
      t.unitCode,
      sql`coalesce(${t.agencyCode}, '')`,
      t.sha256,
    ),
    index('linkage_datasets_unit_idx').on(t.unitCode, t.uploadedAt),
  ],
)

/** The uploaded file, in chunks of up to a mebibyte, read back as a stream. */
export const linkageDatasetChunks = pgTable(
  'linkage_dataset_chunks',
  {
    datasetId: uuid('dataset_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    content: bytea('content').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.datasetId, t.ordinal] }),
    foreignKey({ columns: [t.datasetId], foreignColumns: [linkageDatasets.id] }).onDelete(
      'cascade',
    ),
  ],
)

export const SEXES = ['male', 'female'] as const

/** One imported row: its fields normalised (Unicode NFC, digits only), the rest kept as extra. */
export const linkageDatasetRows = pgTable(
  'linkage_dataset_rows',
  {
    datasetId: uuid('dataset_id').notNull(),
    /** The row's number in the spreadsheet (the header row is 1). */
    rowNumber: integer('row_number').notNull(),
    fullName: text('full_name'),
    birthDate: date('birth_date', { mode: 'string' }),
    birthYear: smallint('birth_year'),
    sex: text('sex', { enum: SEXES }),
    personalNumber: varchar('personal_number', { length: 32 }),
    oldIdNumber: varchar('old_id_number', { length: 32 }),
    street: text('street'),
    commune: text('commune'),
    district: text('district'),
    province: text('province'),
    phone: varchar('phone', { length: 32 }),
    extra: jsonb('extra').notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.datasetId, t.rowNumber] }),
    foreignKey({ columns: [t.datasetId], foreignColumns: [linkageDatasets.id] }).onDelete(
      'cascade',
    ),
  ],
)

export const MATCH_STATUSES = ['matched', 'review', 'not_found', 'deceased', 'moved_out'] as const

/** What matching found for a dataset row: the person, the weight, the status and why. */
export const linkageMatchResults = pgTable(
  'linkage_match_results',
  {
    datasetId: uuid('dataset_id').notNull(),
    rowNumber: integer('row_number').notNull(),
    personalNumber: varchar('personal_number', { length: 12 }),
    weight: doublePrecision('weight'),
    status: text('status', { enum: MATCH_STATUSES }).notNull(),
    explanation: jsonb('explanation').notNull().default({}),
    recordedAt: instant('recorded_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.datasetId, t.rowNumber] }),
    foreignKey({
      columns: [t.datasetId, t.rowNumber],
      foreignColumns: [linkageDatasetRows.datasetId, linkageDatasetRows.rowNumber],
    }).onDelete('cascade'),
    check(
      'linkage_match_results_found',
      sql`${t.status} = 'not_found' OR ${t.personalNumber} IS NOT NULL`,
    ),
  ],
)
