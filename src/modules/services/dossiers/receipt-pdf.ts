import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { renderReceiptPdf, type ReceiptChannel } from '../pdf/index.js'
import { getMyDossier } from './my-dossiers.js'

/**
 * The PDF receipt of one of the resident's filings, its QR pointing at the public look-up.
 * @throws SERVICE_DOSSIER_NOT_FOUND
 */
export async function myReceiptPdf(
  db: Executor,
  principal: Principal,
  code: string,
  publicUrl: string,
): Promise<Buffer> {
  const dossier = await getMyDossier(db, principal, code)
  return renderReceiptPdf({
    code: dossier.code,
    serviceName: dossier.serviceName,
    applicantName: dossier.applicantName,
    receivedAt: new Date(dossier.receivedAt),
    dueAt: new Date(dossier.dueAt),
    channel: dossier.channel as ReceiptChannel,
    lookupUrl: new URL(dossier.lookupPath, publicUrl).href,
    parts: dossier.parts.map((p) => ({ ...p, dueAt: new Date(p.dueAt) })),
    fee: dossier.fee,
  })
}
