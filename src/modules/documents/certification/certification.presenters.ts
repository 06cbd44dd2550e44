import type { CertificationRow } from './certification.queries.js'
import type { CertificationView } from './certification.schemas.js'
import { verifyUrlOf } from './certification.service.js'
import { bookReference } from './certified-copy.pdf.js'

/** A certification as its resident and officer see it; the code only once there is a copy. */
export function presentCertification(row: CertificationRow, publicUrl: string): CertificationView {
  const issued = row.bookNumber !== null && row.bookYear !== null
  return {
    id: row.id,
    code: issued ? row.code : null,
    title: row.title,
    communeCode: row.communeCode,
    sourceDocumentId: row.sourceDocumentId,
    originalMediaType: row.originalMediaType,
    status: row.status,
    requestedAt: row.requestedAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    refusalReason: row.refusalReason,
    certificationNumber: issued
      ? bookReference({ bookNumber: row.bookNumber!, bookYear: row.bookYear! })
      : null,
    officerName: row.officerName,
    officerTitle: row.officerTitle,
    pageCount: row.pageCount,
    verifyUrl: issued ? verifyUrlOf(publicUrl, row.code) : null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revocationReason: row.revocationReason,
  }
}

export const presentForOfficer = (row: CertificationRow, publicUrl: string) => ({
  ...presentCertification(row, publicUrl),
  holder: row.holderMasked,
  originalSha256: row.originalSha256,
})
