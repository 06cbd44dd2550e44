import { Readable, Transform } from 'node:stream'
import { parse } from 'csv-parse'
import ExcelJS from 'exceljs'
import type { Executor } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/http/errors.js'
import { linkageErrors } from '../linkage.errors.js'
import { chunkAfter } from './datasets.queries.js'
import { decoderFor, detectTextEncoding, type TextEncoding } from './legacy-encodings.js'

/** A cell as read: text from a CSV, or what a spreadsheet cell holds. */
export type Cell = string | number | Date | null

/** One row of the file, numbered as a spreadsheet numbers it (the header row is 1). */
export interface FileRow {
  row: number
  cells: Cell[]
  /** Bytes of the file read so far (the chunks fetched), for progress. */
  bytesRead: number
}

/** The longest row accepted: a longer one is no list's row. */
export const ROW_LIMIT_BYTES = 64 * 1024
export const CHUNK_BYTES = 1024 * 1024

export type FileFormat = 'csv' | 'xlsx'

/** How to read a stored file, as its first bytes tell. */
export interface FileShape {
  format: FileFormat
  textEncoding: TextEncoding | null
  delimiter: string | null
}

/**
 * What the first bytes of a file say: an XLSX workbook (a ZIP), or text (CSV) in some encoding;
 * refuses an empty file and a binary one.
 */
export function shapeOf(head: Buffer, complete: boolean): FileShape {
  if (head.length === 0) throw linkageErrors.refuse('FILE_EMPTY')
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])))
    return { format: 'xlsx', textEncoding: null, delimiter: null }
  const sample = head.subarray(0, 8192)
  const control = sample.filter((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d).length
  if (sample.includes(0) || control > sample.length / 100) throw linkageErrors.refuse('FILE_BINARY')
  const textEncoding = detectTextEncoding(head, complete)
  const text = decoderFor(textEncoding).decode(head.subarray(0, 65536))
  if (text.trim() === '') throw linkageErrors.refuse('FILE_EMPTY')
  const firstLine = text.split(/\r?\n/u, 1)[0] ?? ''
  const delimiters = [',', ';', '\t', '|']
  const counts = delimiters.map((d) => firstLine.split(d).length)
  const delimiter = delimiters[counts.indexOf(Math.max(...counts))]!
  return { format: 'csv', textEncoding, delimiter }
}

/** The stored file, chunk by chunk, counting the bytes fetched. */
async function* chunksOf(db: Executor, datasetId: string, read: { bytes: number }) {
  let ordinal = -1
  for (;;) {
    const chunk = await chunkAfter(db, datasetId, ordinal)
    if (!chunk) return
    ordinal = chunk.ordinal
    read.bytes += chunk.content.length
    yield chunk.content
  }
}

/** The first chunk of a stored file. */
export async function headOf(db: Executor, datasetId: string): Promise<Buffer> {
  return (await chunkAfter(db, datasetId, -1))?.content ?? Buffer.alloc(0)
}

const rowTooLarge = (row: number) =>
  linkageErrors.refuse('ROW_TOO_LARGE', { row, limitBytes: ROW_LIMIT_BYTES })

const sizeOf = (cells: readonly Cell[]) =>
  cells.reduce<number>((n, c) => n + (typeof c === 'string' ? Buffer.byteLength(c) : 16), 0)

async function* csvRows(
  source: Readable,
  shape: FileShape,
  read: { bytes: number },
): AsyncGenerator<FileRow> {
  const decoder = decoderFor(shape.textEncoding ?? 'utf-8')
  const decode = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, decoder.decode(chunk, { stream: true }))
    },
    flush(done) {
      done(null, decoder.decode())
    },
  })
  const parser = source.pipe(decode).pipe(
    parse({
      delimiter: shape.delimiter ?? ',',
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      max_record_size: ROW_LIMIT_BYTES,
    }),
  )
  let row = 0
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++
      if (sizeOf(record) > ROW_LIMIT_BYTES) throw rowTooLarge(row)
      yield { row, cells: record, bytesRead: read.bytes }
    }
  } catch (error) {
    // The parser reads ahead of the rows taken: its own count names the row.
    const parseError = error as { code?: string; records?: number }
    if (parseError.code === 'CSV_MAX_RECORD_SIZE')
      throw rowTooLarge((parseError.records ?? row) + 1)
    throw error
  } finally {
    source.destroy()
  }
}

type ExcelValue = ExcelJS.CellValue

function cellOf(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value
  if (typeof value === 'boolean') return String(value)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('text' in value && typeof value.text === 'string') return value.text
  if ('result' in value) return cellOf(value.result)
  return null
}

async function* xlsxRows(source: Readable, read: { bytes: number }): AsyncGenerator<FileRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  })
  let opened = false
  try {
    for await (const sheet of workbook) {
      opened = true
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? row.values.slice(1) : []
        const cells = Array.from(values, cellOf)
        if (sizeOf(cells) > ROW_LIMIT_BYTES) throw rowTooLarge(row.number)
        if (cells.every((c) => c === null || c === '')) continue
        yield { row: row.number, cells, bytesRead: read.bytes }
      }
      break
    }
  } catch (error) {
    if (error instanceof AppError) throw error
    throw linkageErrors.refuse('FILE_UNREADABLE')
  } finally {
    source.destroy()
  }
  if (!opened) throw linkageErrors.refuse('FILE_UNREADABLE')
}

/** The rows of a stored file, streamed from its chunks: never the whole file in memory. */
export function rowsOf(db: Executor, datasetId: string, shape: FileShape): AsyncGenerator<FileRow> {
  const read = { bytes: 0 }
  const source = Readable.from(chunksOf(db, datasetId, read), { objectMode: false })
  return shape.format === 'xlsx' ? xlsxRows(source, read) : csvRows(source, shape, read)
}
