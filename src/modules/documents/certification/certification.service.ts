import { createHash, randomInt } from 'node:crypto'
import { auditActor, commitAudits, recordAudit } from '../../audit/index.js'
import { getResident, unitNames } from '../../population/index.js'
import {
  jurisdictionOf,
  type Principal,
  type RecordPlace,
} from '../../../platform/auth/principal.js'
import type { Database, Executor } from '../../../platform/db/database.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import type { TimeStamper } from '../signing/cades.js'
import type { AgencyKeys } from '../signing/agency-keys.js'
import { signPades } from '../signing/pades.js'
import { subjectOf } from '../signing/pkcs12.js'
import { kindNamed } from '../kinds/kinds.reference.js'
import { readOwnVaultDocument } from '../vault/my-vault.js'
import { storeVaultDocument } from '../vault/store.js'
import {
  alreadyDecided,
  certificationNotFound,
  notCertified,
  originalHasNoFile,
  originalUnreadable,
  outsideCommune,
  reasonRequired,
  signingKeyMissing,
} from './certification.errors.js'
import {
  findBookEntries,
  findCertification,
  findCertificationsOfCommunes,
  findCertificationsOfRequester,
  findCertifiedFile,
  findOriginal,
  insertCertification,
  lockCertification,
  takeBookNumber,
  updateCertification,
  type CertificationChange,
  type CertificationRow,
} from './certification.queries.js'
import type { CertificationStatus } from './certification.tables.js'
import { bookReference, composeCertifiedCopy } from './certified-copy.pdf.js'

export const CERTIFY = 'documents.certify'
const PURPOSE = 'administrative_procedure'

/** What certification needs from the platform: keys, the time-stamper, the public address. */
export interface CertificationDeps {
  database: Database
  keys: AgencyKeys
  /** Set when a time-stamping authority is configured: signatures are then B-T. */
  timeStamp: TimeStamper | undefined
  publicUrl: string
  now: () => Date
}

/** Who acts and from where, for the audit trail. */
export interface Acting {
  principal: Principal
  ip: string | null
}

// Crockford's base32 without look-alikes: read aloud or typed from paper without confusion.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const CODE_LENGTH = 16

/** A verification code: 80 random bits, so that codes cannot be guessed. */
function newCode(): string {
  let code = ''
  for (let i = 0; i < CODE_LENGTH; i++)
    code += CODE_ALPHABET.charAt(randomInt(CODE_ALPHABET.length))
  return code
}

export const verifyUrlOf = (publicUrl: string, code: string): string =>
  `${publicUrl.replace(/\/$/, '')}/verify/${code}`

const letters = new Intl.Segmenter('vi', { granularity: 'grapheme' })

/** Each word's first letter, the rest as stars: enough to match a person, not to name them. */
export const maskName = (fullName: string): string =>
  fullName
    .trim()
    .split(/\s+/)
    .map((word) => {
      // By letters as read (a base letter with its diacritics is one), whatever the normal form.
      const [first, ...rest] = Array.from(letters.segment(word), (s) => s.segment)
      return (first ?? '') + '*'.repeat(rest.length)
    })
    .join(' ')

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')
const placeOf = (row: { communeCode: string }): RecordPlace => ({
  communeCode: row.communeCode,
  provinceCode: '',
})

/**
 * The resident asks for a certified copy of a document of their vault (an issued document, or
 * the scan of a paper original they will bring to the commune). The original is kept as it is
 * now: the officer compares, and the copy shows, exactly this file. The certifying commune is
 * the resident's commune of residence.
 * @throws DOCUMENT_NOT_FOUND (not theirs), CERTIFICATION_ORIGINAL_HAS_NO_FILE
 */
export async function requestCertification(
  deps: CertificationDeps,
  acting: Acting,
  personalNumber: string,
  documentId: string,
): Promise<CertificationRow> {
  const { db } = deps.database
  const document = await readOwnVaultDocument(db, personalNumber, documentId)
  if (!document.file) throw originalHasNoFile()
  const resident = await getResident(db, personalNumber)
  return db.transaction(async (tx) => {
    const row = await insertCertification(tx, {
      code: newCode(),
      requesterNumber: personalNumber,
      requesterAccountId: acting.principal.accountId,
      holderMasked: maskName(resident.fullName),
      communeCode: resident.communeCode,
      sourceDocumentId: document.id,
      title: document.title ?? kindNamed(document.kind).definition.name.vi,
      originalMediaType: document.file!.mediaType,
      originalSha256: document.file!.sha256,
      originalContent: document.file!.content,
    })
    await recordAudit(tx, {
      actor: auditActor(acting.principal),
      subjectPersonalNumber: personalNumber,
      action: 'documents.certification.request',
      purpose: null,
      summary: { certificationId: row.id, communeCode: row.communeCode },
      sourceIp: acting.ip,
    })
    return row
  })
}

export const listMyCertifications = (db: Executor, personalNumber: string) =>
  findCertificationsOfRequester(db, personalNumber)

/** One of the resident's certifications. @throws CERTIFICATION_NOT_FOUND (another's as absent) */
export async function getMyCertification(
  db: Executor,
  personalNumber: string,
  id: string,
): Promise<CertificationRow> {
  const row = await findCertification(db, id)
  if (row?.requesterNumber !== personalNumber) throw certificationNotFound()
  return row
}

/** The signed copy of a certification. @throws CERTIFICATION_NOT_CERTIFIED */
async function certifiedFile(db: Executor, row: CertificationRow): Promise<Buffer> {
  const file = row.status === 'certified' ? await findCertifiedFile(db, row.id) : undefined
  if (!file) throw notCertified(row.status)
  return file
}

/** The resident's signed copy. @throws CERTIFICATION_NOT_FOUND, _NOT_CERTIFIED */
export async function myCertifiedCopy(
  db: Executor,
  personalNumber: string,
  id: string,
): Promise<{ row: CertificationRow; pdf: Buffer }> {
  const row = await getMyCertification(db, personalNumber, id)
  return { row, pdf: await certifiedFile(db, row) }
}

/** The communes whose book the officer keeps. */
const communesOf = (principal: Principal): string[] => jurisdictionOf(principal, CERTIFY)

function assertCommune(principal: Principal, row: { communeCode: string }): void {
  if (!communesOf(principal).includes(row.communeCode)) throw outsideCommune()
}

/** The officer's queue: their communes' certifications in a state, oldest first. */
export const certificationQueue = (
  db: Executor,
  principal: Principal,
  status: CertificationStatus,
  limit: number,
) => findCertificationsOfCommunes(db, communesOf(principal), status, limit)

/**
 * A certification of the officer's commune. @throws CERTIFICATION_NOT_FOUND, _OUTSIDE_COMMUNE
 */
export async function certificationForOfficer(
  db: Executor,
  principal: Principal,
  id: string,
): Promise<CertificationRow> {
  const row = await findCertification(db, id)
  if (!row) throw certificationNotFound()
  assertCommune(principal, row)
  return row
}

/**
 * The original, for the officer to compare with the paper one: the look is audited (durably,
 * before the file leaves). @throws as certificationForOfficer
 */
export async function originalForOfficer(
  deps: CertificationDeps,
  acting: Acting,
  id: string,
): Promise<{ row: CertificationRow; mediaType: string; content: Buffer }> {
  const row = await certificationForOfficer(deps.database.db, acting.principal, id)
  await commitAudits(deps.database, [
    {
      actor: auditActor(acting.principal, CERTIFY, placeOf(row)),
      subjectPersonalNumber: row.requesterNumber,
      action: 'documents.certification.compare',
      purpose: PURPOSE,
      summary: { certificationId: row.id },
      sourceIp: acting.ip,
    },
  ])
  const original = await findOriginal(deps.database.db, id)
  if (!original) throw certificationNotFound()
  return { row, ...original }
}

/** The officer's name as the registry holds it. */
async function officerNameOf(db: Executor, principal: Principal): Promise<string> {
  if (!principal.personalNumber) return 'Cán bộ'
  return (await getResident(db, principal.personalNumber)).fullName
}

/**
 * Runs a decision on a certification of the officer's commune, locked, in one transaction with
 * its audit entry: all of it is written, or none.
 */
async function decide(
  deps: CertificationDeps,
  acting: Acting,
  id: string,
  action: string,
  step: (
    tx: Executor,
    row: CertificationRow & { originalContent: Buffer },
    now: Date,
  ) => Promise<CertificationRow>,
): Promise<CertificationRow> {
  const now = deps.now()
  return deps.database.db.transaction(async (tx) => {
    const row = await lockCertification(tx, id)
    if (!row) throw certificationNotFound()
    assertCommune(acting.principal, row)
    const decided = await step(tx, row, now)
    await recordAudit(tx, {
      actor: auditActor(acting.principal, CERTIFY, placeOf(row)),
      subjectPersonalNumber: row.requesterNumber,
      action,
      purpose: PURPOSE,
      summary: {
        certificationId: row.id,
        status: decided.status,
        book: decided.bookNumber === null ? null : bookReference(decided as BookEntry),
      },
      sourceIp: acting.ip,
    })
    return decided
  })
}

type BookEntry = { bookNumber: number; bookYear: number }

const DEFAULT_TITLE = 'Công chức Tư pháp - Hộ tịch'

/**
 * Approves: takes the next number of the commune's book for the year, makes the copy with its
 * certification page, signs it with the commune's certificate, and puts it in the resident's
 * vault. Should signing fail, nothing is written and the number is given back.
 * @throws CERTIFICATION_NOT_FOUND, _OUTSIDE_COMMUNE, _ALREADY_DECIDED, _SIGNING_KEY_MISSING,
 *   _ORIGINAL_UNREADABLE
 */
export async function approveCertification(
  deps: CertificationDeps,
  acting: Acting,
  id: string,
  officerTitle: string | undefined,
): Promise<CertificationRow> {
  const { db } = deps.database
  const officerName = await officerNameOf(db, acting.principal)
  return decide(deps, acting, id, 'documents.certification.approve', async (tx, row, now) => {
    if (row.status !== 'requested') throw alreadyDecided(row.status)
    const identity = await deps.keys.identityOf(row.communeCode)
    if (!identity) throw signingKeyMissing()
    const communeName =
      (await unitNames(tx, [row.communeCode])).get(row.communeCode) ?? row.communeCode
    const bookYear = Number(vietnamDate(now).slice(0, 4))
    const bookNumber = await takeBookNumber(tx, row.communeCode, bookYear)
    const title = officerTitle?.trim() || DEFAULT_TITLE
    const composed = await composeCertifiedCopy(
      { mediaType: row.originalMediaType, content: row.originalContent },
      {
        communeName,
        bookYear,
        bookNumber,
        certifiedAt: now,
        officerName,
        officerTitle: title,
        verifyUrl: verifyUrlOf(deps.publicUrl, row.code),
        code: row.code,
      },
    ).catch(() => {
      throw originalUnreadable()
    })
    const pdf = await signPades(
      composed.pdf,
      identity,
      {
        name: `Ủy ban nhân dân ${communeName}`,
        reason: `Chứng thực bản sao từ bản chính, số ${bookReference({ bookNumber, bookYear })}`,
        location: communeName,
        contactInfo: verifyUrlOf(deps.publicUrl, row.code),
      },
      { at: now, ...(deps.timeStamp ? { timeStamp: deps.timeStamp } : {}) },
    )
    const certifiedSha256 = sha256(pdf)
    await storeVaultDocument(tx, {
      ownerNumber: row.requesterNumber,
      kind: 'certified-copy',
      origin: 'certified',
      title: row.title,
      fields: {
        certificationNumber: bookReference({ bookNumber, bookYear }),
        originalTitle: row.title.slice(0, 200),
        certifiedOn: vietnamDate(now),
        certifiedBy: `Ủy ban nhân dân ${communeName}`.slice(0, 200),
      },
      file: {
        content: pdf,
        mediaType: 'application/pdf',
        size: pdf.length,
        sha256: certifiedSha256,
      },
      issuerAgency: row.communeCode,
      issuedBy: acting.principal.accountId,
      issuedOn: vietnamDate(now),
    })
    return updateCertification(tx, row.id, {
      status: 'certified',
      decidedAt: now,
      decidedBy: acting.principal.accountId,
      bookYear,
      bookNumber,
      officerName,
      officerTitle: title,
      certifiedContent: pdf,
      certifiedSha256,
      pageCount: composed.pages,
      signerSubject: subjectOf(identity.certificate),
    })
  })
}

const reasonOf = (reason: string): string => {
  const trimmed = reason.trim()
  if (!trimmed) throw reasonRequired()
  return trimmed
}

/** A decision that needs a reason, taken on a certification in one status. */
interface ReasonedDecision {
  action: string
  /** The status the certification must be in; `wrongStatus` when it is in another. */
  from: CertificationStatus
  wrongStatus: (status: string) => Error
  /** What the decision writes, from its instant, the officer's account and the reason. */
  change: (now: Date, by: string, why: string) => CertificationChange
}

/** The service function of a decision that needs a reason (refuse, revoke). */
const decisionWithReason =
  (decision: ReasonedDecision) =>
  (
    deps: CertificationDeps,
    acting: Acting,
    id: string,
    reason: string,
  ): Promise<CertificationRow> => {
    const why = reasonOf(reason)
    return decide(deps, acting, id, decision.action, async (tx, row, now) => {
      if (row.status !== decision.from) throw decision.wrongStatus(row.status)
      return updateCertification(tx, row.id, decision.change(now, acting.principal.accountId, why))
    })
  }

/** Refuses with a reason the resident reads. @throws as approve, and _REASON_REQUIRED */
export const refuseCertification = decisionWithReason({
  action: 'documents.certification.refuse',
  from: 'requested',
  wrongStatus: alreadyDecided,
  change: (now, by, why) => ({
    status: 'refused',
    decidedAt: now,
    decidedBy: by,
    refusalReason: why,
  }),
})

/**
 * Revokes a certification (a mistake found afterwards, a forged original): the verification page
 * says so from now on; the entry stays in the book. @throws as approve, _NOT_CERTIFIED,
 * _REASON_REQUIRED
 */
export const revokeCertification = decisionWithReason({
  action: 'documents.certification.revoke',
  from: 'certified',
  wrongStatus: notCertified,
  change: (now, by, why) => ({
    status: 'revoked',
    revokedAt: now,
    revokedBy: by,
    revocationReason: why,
  }),
})

/** The commune's certification book for a year. @throws CERTIFICATION_OUTSIDE_COMMUNE */
export async function certificationBook(
  db: Executor,
  principal: Principal,
  communeCode: string,
  year: number,
): Promise<CertificationRow[]> {
  assertCommune(principal, { communeCode })
  return findBookEntries(db, communeCode, year)
}
