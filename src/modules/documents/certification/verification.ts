import { createHash } from 'node:crypto'
import { unitNames } from '../../population/index.js'
import type { Executor } from '../../../platform/db/database.js'
import { blockedFor, clientKey, recordAttempt } from '../../../platform/http/throttle.js'
import { codeUnknown, notAPdf, verifyThrottled } from './certification.errors.js'
import { findCertificationByCode, type CertificationRow } from './certification.queries.js'
import { bookReference } from './certified-copy.pdf.js'

/** What anyone holding a copy learns from its code: nothing personal beyond the masked name. */
export interface Verification {
  code: string
  status: 'certified' | 'revoked'
  /** Certified and not revoked: the copy with this code is a valid certified copy. */
  valid: boolean
  holder: string
  agency: string
  communeCode: string
  certificationNumber: string
  certifiedAt: string
  officerName: string
  officerTitle: string
  pageCount: number
  /** SHA-256 of the signed PDF: a presented file is the copy exactly when its hash is this. */
  sha256: string
  signer: string
  revokedAt: string | null
  revocationReason: string | null
}

// Guessing codes: 30 unknown codes from an address in 10 minutes block it for 10 minutes. Known
// codes cost nothing here, so the hot path of genuine checks is one indexed read.
const GUESSING = { limit: 30, windowSeconds: 600, blockSeconds: 600 }
const CODE = /^[0-9A-HJKMNP-TV-Z]{16}$/

type Issued = CertificationRow & { status: 'certified' | 'revoked' }
const issued = (row: CertificationRow | undefined): row is Issued =>
  row?.status === 'certified' || row?.status === 'revoked'

/**
 * The certification behind a code, as the public verification page shows it. Requests not yet
 * certified, and refused ones, have no copy: their codes are unknown here.
 * @throws CERTIFICATION_CODE_UNKNOWN, CERTIFICATION_VERIFY_THROTTLED
 */
async function issuedByCode(db: Executor, code: string, ip: string): Promise<Issued> {
  const row = CODE.test(code) ? await findCertificationByCode(db, code) : undefined
  if (issued(row)) return row
  const key = `documents.verify:${clientKey(ip)}`
  const blocked = await blockedFor(db, key)
  if (blocked) throw verifyThrottled(blocked)
  await recordAttempt(db, key, GUESSING)
  throw codeUnknown()
}

const agencyNames = new Map<string, string>()

/** The commune's People's Committee by name; names are kept, they change only by reorganisation. */
async function agencyOf(db: Executor, communeCode: string): Promise<string> {
  let name = agencyNames.get(communeCode)
  if (!name) {
    const commune = (await unitNames(db, [communeCode])).get(communeCode) ?? communeCode
    name = `Ủy ban nhân dân ${commune}`
    agencyNames.set(communeCode, name)
  }
  return name
}

export async function verifyCertification(
  db: Executor,
  code: string,
  ip: string,
): Promise<Verification> {
  const row = await issuedByCode(db, code.toUpperCase(), ip)
  return {
    code: row.code,
    status: row.status,
    valid: row.status === 'certified',
    holder: row.holderMasked,
    agency: await agencyOf(db, row.communeCode),
    communeCode: row.communeCode,
    certificationNumber: bookReference(row as { bookNumber: number; bookYear: number }),
    certifiedAt: row.decidedAt!.toISOString(),
    officerName: row.officerName ?? '',
    officerTitle: row.officerTitle ?? '',
    pageCount: row.pageCount ?? 0,
    sha256: row.certifiedSha256 ?? '',
    signer: row.signerSubject ?? '',
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revocationReason: row.revocationReason,
  }
}

/**
 * Whether a presented PDF is, byte for byte, the certified copy of the code: any change to a
 * signed PDF (even one that keeps a signature valid, such as an appended revision) is caught.
 * @throws as verifyCertification, and CERTIFICATION_NOT_A_PDF
 */
export async function checkPresentedCopy(
  db: Executor,
  code: string,
  ip: string,
  file: unknown,
): Promise<{ matches: boolean; sha256: string; verification: Verification }> {
  // No body, or one in a type the route does not read as bytes (JSON, a form): not a PDF either.
  if (!Buffer.isBuffer(file) || !file.subarray(0, 5).equals(Buffer.from('%PDF-'))) throw notAPdf()
  const verification = await verifyCertification(db, code, ip)
  const sha256 = createHash('sha256').update(file).digest('hex')
  return { matches: sha256 === verification.sha256, sha256, verification }
}
