import { documentKinds } from '../kinds/kinds.reference.js'
import { isIntact, type Label } from './store.js'
import type { VaultDocumentEntry } from './vault.queries.js'

/** A vault document as the API shows it: never the bytes, never the seal itself. */
export interface VaultDocumentView {
  id: string
  kind: { code: string; name: { vi: string; en: string }; display: 'card' | 'pdf' }
  origin: VaultDocumentEntry['origin']
  title: string | null
  fields: Record<string, unknown>
  labels: Record<string, { vi: string; en: string }>
  file: { mediaType: string; size: number; sha256: string } | null
  issuer: { agency: string; name: Label | null } | null
  issuedOn: string | null
  createdAt: string
  /** An agency stands behind it, and its seal still holds. */
  verified: boolean
  /** The platform's seal still matches what is stored. */
  intact: boolean
}

/** Agencies' names by code (the plan's list of agencies, handed in by the app). */
export type AgencyNamer = (codes: string[]) => Promise<Map<string, Label>>

/** Each row presented, with its seal checked and its issuer named. */
export async function presentDocuments(
  rows: VaultDocumentEntry[],
  agencyNames: AgencyNamer,
): Promise<VaultDocumentView[]> {
  const codes = [...new Set(rows.flatMap((r) => (r.issuerAgency ? [r.issuerAgency] : [])))]
  const names = codes.length > 0 ? await agencyNames(codes) : new Map<string, Label>()
  return Promise.all(rows.map(async (row) => presentDocument(row, await isIntact(row), names)))
}

function presentDocument(
  row: VaultDocumentEntry,
  intact: boolean,
  agencies: Map<string, Label>,
): VaultDocumentView {
  // A kind withdrawn from the data still shows its documents, by code.
  const kind = documentKinds().get(row.kind)?.definition
  return {
    id: row.id,
    kind: {
      code: row.kind,
      name: kind?.name ?? { vi: row.kind, en: row.kind },
      display: kind?.display ?? 'pdf',
    },
    origin: row.origin,
    title: row.title,
    fields: row.fields,
    labels: kind?.fields.labels ?? {},
    file:
      row.mediaType && row.size !== null && row.sha256
        ? { mediaType: row.mediaType, size: row.size, sha256: row.sha256 }
        : null,
    issuer: row.issuerAgency
      ? { agency: row.issuerAgency, name: agencies.get(row.issuerAgency) ?? null }
      : null,
    issuedOn: row.issuedOn,
    createdAt: row.createdAt.toISOString(),
    verified: row.verified && intact,
    intact,
  }
}
