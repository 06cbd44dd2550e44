import { createHash } from 'node:crypto'
import type { Readable } from 'node:stream'
import { grantsWith, type Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/http/errors.js'
import { linkageErrors } from '../linkage.errors.js'
import {
  claimImport,
  countChunks,
  databaseNow,
  datasetsInUnits,
  deleteDataset,
  deleteRows,
  findDataset,
  IMPORT_STALE_SECONDS,
  insertChunk,
  insertDataset,
  quietImports,
  runsPlusOne,
  sameFile,
  updateDataset,
  writeBatch,
  type DatasetRecord,
  type NewDatasetRow,
} from './datasets.queries.js'
import {
  CHUNK_BYTES,
  headOf,
  rowsOf,
  shapeOf,
  type Cell,
  type FileRow,
  type FileShape,
} from './dataset-file.js'
import { convertText, detectColumnEncoding, type ColumnDetection } from './legacy-encodings.js'
import { FIELDS, normalise, readDate, type DateFormat, type Mapping } from './fields.js'

/** What reading the file's first rows found, kept with the dataset. */
export interface Inspection extends FileShape {
  columns: ({ index: number; header: string } & ColumnDetection)[]
  /** The first data rows, as text, legacy fonts converted. */
  preview: string[][]
}

const SAMPLE_ROWS = 200
const PREVIEW_ROWS = 10

/** The grant an officer imports under: its agency and the units it covers. */
function importGrant(principal: Principal, unitCode: string | undefined) {
  const grants = grantsWith(principal, 'linkage.datasets.import')
  const grant = unitCode ? grants.find((g) => g.unitCodes.includes(unitCode)) : grants[0]
  const unit = unitCode ?? grant?.unitCodes[0]
  if (!grant || !unit) throw linkageErrors.refuse('UNIT_NOT_GRANTED')
  return { agencyCode: grant.agencyCode ?? null, unitCode: unit }
}

/** Whether a principal's grants with a permission reach a dataset (its unit, and its agency). */
function reaches(
  principal: Principal,
  permission: 'linkage.datasets.import' | 'linkage.datasets.read',
  dataset: Pick<DatasetRecord, 'unitCode' | 'agencyCode'>,
): boolean {
  return grantsWith(principal, permission).some(
    (g) => g.unitCodes.includes(dataset.unitCode) && (g.agencyCode ?? null) === dataset.agencyCode,
  )
}

async function datasetFor(
  db: Executor,
  principal: Principal,
  id: string,
  permission: 'linkage.datasets.import' | 'linkage.datasets.read',
): Promise<DatasetRecord> {
  const dataset = await findDataset(db, id)
  // Outside the caller's reach a dataset is as good as absent: its existence is not told.
  if (!dataset || !reaches(principal, permission, dataset))
    throw linkageErrors.refuse('DATASET_NOT_FOUND')
  return dataset
}

const cellText = (cell: Cell | undefined): string =>
  cell === null || cell === undefined
    ? ''
    : cell instanceof Date
      ? cell.toISOString().slice(0, 10)
      : String(cell)

/** Reads the first rows: the columns, each one's legacy font if any, and a preview. */
async function inspect(db: Executor, id: string): Promise<Inspection> {
  const head = await headOf(db, id)
  const shape = shapeOf(head, (await countChunks(db, id)) <= 1)
  const sample: FileRow[] = []
  for await (const row of rowsOf(db, id, shape)) {
    sample.push(row)
    if (sample.length > SAMPLE_ROWS) break
  }
  const [header, ...data] = sample
  if (!header) throw linkageErrors.refuse('FILE_EMPTY')
  const width = Math.max(header.cells.length, ...data.map((r) => r.cells.length))
  const headerTexts = Array.from({ length: width }, (_, i) => cellText(header.cells[i]).trim())
  if (headerTexts.every((h) => h === '')) throw linkageErrors.refuse('NO_USABLE_COLUMNS')
  if (data.length === 0) throw linkageErrors.refuse('FILE_EMPTY')
  const columns = headerTexts.map((text, index) => {
    const values = data.map((r) => r.cells[index]).filter((c): c is string => typeof c === 'string')
    const detection = detectColumnEncoding(values)
    return { index, header: convertText(text, detection.encoding), ...detection }
  })
  const preview = data
    .slice(0, PREVIEW_ROWS)
    .map((r) => columns.map((c) => convertText(cellText(r.cells[c.index]), c.encoding)))
  return { ...shape, columns, preview }
}

export interface UploadInput {
  name: string
  fileName: string
  unitCode?: string | undefined
}

/**
 * Keeps an uploaded file as it streams in (chunks of a mebibyte in the database, never the whole
 * file in memory), then reads its first rows. A file uploaded before by the same owner is refused
 * with the earlier dataset's id, to be re-run; a refused file leaves nothing behind.
 */
export async function uploadDataset(
  db: Executor,
  principal: Principal,
  input: UploadInput,
  body: Readable,
  limitBytes: number,
): Promise<DatasetRecord> {
  const owner = importGrant(principal, input.unitCode)
  const id = await insertDataset(db, {
    ...owner,
    name: input.name,
    fileName: input.fileName,
    uploadedBy: principal.accountId,
  })
  try {
    const hash = createHash('sha256')
    let size = 0
    let ordinal = 0
    let pending: Buffer[] = []
    let pendingBytes = 0
    const flush = async () => {
      if (pendingBytes === 0) return
      await insertChunk(db, id, ordinal++, Buffer.concat(pending))
      pending = []
      pendingBytes = 0
    }
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > limitBytes) throw linkageErrors.refuse('FILE_TOO_LARGE', { limitBytes })
      hash.update(chunk)
      pending.push(chunk)
      pendingBytes += chunk.length
      if (pendingBytes >= CHUNK_BYTES) await flush()
    }
    await flush()
    const sha256 = hash.digest('hex')
    const earlier = await sameFile(db, owner, sha256)
    if (earlier) throw linkageErrors.refuse('DATASET_DUPLICATE', { datasetId: earlier })
    const inspection = await inspect(db, id)
    return await updateDataset(db, id, {
      sha256,
      sizeBytes: size,
      format: inspection.format,
      inspection,
    })
  } catch (error) {
    body.resume()
    await deleteDataset(db, id)
    throw error
  }
}

export const datasetOf = (db: Executor, principal: Principal, id: string) =>
  datasetFor(db, principal, id, 'linkage.datasets.read')

/** The datasets of the caller's agency and units, newest first. */
export async function datasetsOf(db: Executor, principal: Principal): Promise<DatasetRecord[]> {
  const grants = grantsWith(principal, 'linkage.datasets.read')
  const units = [...new Set(grants.flatMap((g) => g.unitCodes))]
  if (units.length === 0) return []
  const rows = await datasetsInUnits(db, units)
  return rows.filter((d) => reaches(principal, 'linkage.datasets.read', d))
}

export interface ImportRequest {
  mapping: Mapping
  /** Imports again a dataset imported before, replacing its rows. */
  rerun?: boolean | undefined
}

const sameMapping = (a: Mapping, b: Mapping) => FIELDS.every((field) => a[field] === b[field])

function checkMapping(mapping: Mapping, inspection: Inspection): void {
  const used = Object.entries(mapping)
  const columns = used.map(([, column]) => column)
  const valid =
    used.every(
      ([field, column]) =>
        (FIELDS as readonly string[]).includes(field) && column < inspection.columns.length,
    ) &&
    new Set(columns).size === columns.length &&
    (mapping.fullName !== undefined ||
      mapping.personalNumber !== undefined ||
      mapping.oldIdNumber !== undefined)
  if (!valid) throw linkageErrors.refuse('MAPPING_INVALID')
}

/**
 * Starts (or resumes, or re-runs) the import of a dataset with the officer's mapping: the rows are
 * written in the background (`runImport`), the dataset shows the progress.
 */
export async function startImport(
  db: Executor,
  principal: Principal,
  id: string,
  request: ImportRequest,
): Promise<DatasetRecord> {
  const dataset = await datasetFor(db, principal, id, 'linkage.datasets.import')
  const inspection = dataset.inspection as Inspection
  checkMapping(request.mapping, inspection)
  const stale = new Date(Date.now() - IMPORT_STALE_SECONDS * 1000)
  if (dataset.status === 'importing' && dataset.heartbeatAt && dataset.heartbeatAt > stale)
    throw linkageErrors.refuse('IMPORT_RUNNING')
  if (dataset.status === 'imported' && !request.rerun)
    throw linkageErrors.refuse('ALREADY_IMPORTED')
  // The same mapping on an interrupted import resumes from its checkpoint; anything else restarts.
  const resumes =
    dataset.status === 'importing' && sameMapping(dataset.mapping as Mapping, request.mapping)
  return db.transaction(async (tx) => {
    if (!resumes) await deleteRows(tx, id)
    return updateDataset(tx, id, {
      status: 'importing',
      mapping: request.mapping,
      error: null,
      heartbeatAt: null,
      ...(resumes
        ? {}
        : { checkpointRow: 1, rowsWritten: 0, bytesRead: 0, totalRows: null, importedAt: null }),
      runs: runsPlusOne,
    })
  })
}

/** Options of one import run: the batch size, and a hook after each batch (tests interrupt there). */
export interface RunOptions {
  batchSize?: number
  afterBatch?: (batch: number) => Promise<void> | void
}

const MAX_LISTED_ROWS = 20

/**
 * Reads the whole file once before writing anything: counts its rows, refuses a row too long,
 * and a birth-date column of mixed formats or of values that are no dates (naming the rows).
 */
async function validate(db: Executor, dataset: DatasetRecord, inspection: Inspection) {
  const mapping = dataset.mapping as Mapping
  const column = mapping.birthDate
  const formats = new Map<DateFormat, number[]>()
  const invalid: number[] = []
  let rows = 0
  for await (const row of rowsOf(db, dataset.id, inspection)) {
    if (row.row === 1) continue
    rows++
    if (column === undefined) continue
    const date = readDate(row.cells[column] ?? null)
    if (date === 'empty') continue
    if (date === null) {
      if (invalid.length < MAX_LISTED_ROWS) invalid.push(row.row)
      continue
    }
    const format = date.format === 'year' || date.format === 'cell' ? null : date.format
    if (!format) continue
    const listed = formats.get(format) ?? []
    if (listed.length < MAX_LISTED_ROWS) listed.push(row.row)
    formats.set(format, listed)
  }
  const header = column === undefined ? '' : (inspection.columns[column]?.header ?? '')
  if (invalid.length > 0)
    throw linkageErrors.refuse(
      'DATE_INVALID',
      { column: header },
      { column: header, rows: invalid },
    )
  if (formats.size > 1)
    throw linkageErrors.refuse(
      'DATE_FORMATS_MIXED',
      { column: header },
      { column: header, rows: Object.fromEntries(formats) },
    )
  if (rows === 0) throw linkageErrors.refuse('FILE_EMPTY')
  return rows
}

/**
 * Runs a claimed import: validates the file (once), then writes its rows in batches, each in one
 * transaction with the checkpoint, so that an interrupted import resumes after its last batch.
 * Rows are the dataset's only once it is 'imported'; a refused file leaves none.
 */
export async function runImport(db: Executor, id: string, options: RunOptions = {}): Promise<void> {
  const claimed = await claimImport(db, id)
  if (!claimed) return
  const inspection = claimed.inspection as Inspection
  const mapping = claimed.mapping as Mapping
  const headers = inspection.columns.map((c) => c.header)
  const batchSize = options.batchSize ?? 1000
  try {
    const totalRows = claimed.totalRows ?? (await validate(db, claimed, inspection))
    if (claimed.totalRows === null) await updateDataset(db, id, { totalRows })
    let batch: NewDatasetRow[] = []
    let batches = 0
    let written = claimed.rowsWritten
    let lastRow = claimed.checkpointRow
    let bytesRead = claimed.bytesRead
    const flush = async () => {
      if (batch.length === 0) return
      const rows = batch
      batch = []
      written += rows.length
      await writeBatch(db, id, rows, { checkpointRow: lastRow, rowsWritten: written, bytesRead })
      await options.afterBatch?.(++batches)
    }
    for await (const row of rowsOf(db, id, inspection)) {
      if (row.row <= claimed.checkpointRow) continue
      const cells = inspection.columns.map((c) =>
        typeof row.cells[c.index] === 'string'
          ? convertText(row.cells[c.index] as string, c.encoding)
          : (row.cells[c.index] ?? null),
      )
      batch.push({ datasetId: id, rowNumber: row.row, ...normalise(cells, mapping, headers) })
      lastRow = row.row
      bytesRead = row.bytesRead
      if (batch.length >= batchSize) await flush()
    }
    await flush()
    await updateDataset(db, id, {
      status: 'imported',
      importedAt: databaseNow,
      heartbeatAt: null,
      bytesRead: claimed.sizeBytes,
    })
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    await db.transaction(async (tx) => {
      await deleteRows(tx, id)
      await updateDataset(tx, id, {
        status: 'failed',
        heartbeatAt: null,
        rowsWritten: 0,
        checkpointRow: 1,
        error: { code: error.code, message: error.message, details: error.details ?? null },
      })
    })
  }
}

/** Resumes the imports whose runner went quiet (a restart, a crash): the job's work. */
export async function resumeStalledImports(
  db: Executor,
  options: RunOptions = {},
): Promise<number> {
  const stalled = await quietImports(db)
  for (const id of stalled) await runImport(db, id, options)
  return stalled.length
}
