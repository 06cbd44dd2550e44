import type { Executor } from '../../../platform/db/database.js'
import { linkageErrors } from '../linkage.errors.js'
import type { MATCH_STATUSES } from '../linkage.tables.js'
import { findDataset, rowsAfter, upsertMatchResults } from './datasets.queries.js'
import type { NormalisedRow } from './fields.js'

/** An imported row for the matcher: its number in the dataset and its normalised fields. */
export interface ImportedRow extends Omit<NormalisedRow, 'extra'> {
  datasetId: string
  rowNumber: number
}

const PAGE = 1000

/**
 * The rows of an imported dataset in row order, page by page (never all in memory).
 * @throws LINKAGE_DATASET_NOT_FOUND unless the dataset exists and is imported
 */
export async function* importedRows(db: Executor, datasetId: string): AsyncGenerator<ImportedRow> {
  const dataset = await findDataset(db, datasetId)
  if (dataset?.status !== 'imported') throw linkageErrors.refuse('DATASET_NOT_FOUND')
  let after = 0
  for (;;) {
    const page = await rowsAfter(db, datasetId, after, PAGE)
    yield* page
    if (page.length < PAGE) return
    after = page[page.length - 1]!.rowNumber
  }
}

/** What matching found for one dataset row. */
export interface MatchResult {
  rowNumber: number
  personalNumber: string | null
  weight: number | null
  status: (typeof MATCH_STATUSES)[number]
  /** Which fields agreed and how much each weighed. */
  explanation: Record<string, unknown>
}

/** Records (or replaces) the results of matching some rows of a dataset, in one transaction. */
export async function recordMatchResults(
  db: Executor,
  datasetId: string,
  results: readonly MatchResult[],
): Promise<void> {
  if (results.length === 0) return
  await upsertMatchResults(
    db,
    results.map((r) => ({ datasetId, ...r })),
  )
}
