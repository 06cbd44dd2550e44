import type { linkageDatasets } from '../linkage.tables.js'
import type { DatasetView } from './datasets.schemas.js'
import type { Mapping } from './fields.js'
import type { Inspection } from './datasets.service.js'

/** A dataset as the API shows it: what reading it found, and the import's progress. */
export function presentDataset(dataset: typeof linkageDatasets.$inferSelect): DatasetView {
  const inspection = dataset.inspection as Inspection | null
  return {
    id: dataset.id,
    name: dataset.name,
    fileName: dataset.fileName,
    agencyCode: dataset.agencyCode,
    unitCode: dataset.unitCode,
    format: dataset.format,
    sha256: dataset.sha256 ?? '',
    sizeBytes: dataset.sizeBytes,
    uploadedAt: dataset.uploadedAt.toISOString(),
    status: dataset.status,
    textEncoding: inspection?.textEncoding ?? null,
    columns: inspection?.columns ?? [],
    preview: inspection?.preview ?? [],
    mapping: (dataset.mapping as Mapping | null) ?? null,
    progress: {
      totalRows: dataset.totalRows,
      rowsWritten: dataset.rowsWritten,
      bytesRead: dataset.bytesRead,
      totalBytes: dataset.sizeBytes,
      checkpointRow: dataset.checkpointRow,
      runs: dataset.runs,
    },
    importedAt: dataset.importedAt?.toISOString() ?? null,
    error: (dataset.error as DatasetView['error']) ?? null,
  }
}
