import { grantsWith, type Principal } from '../../../platform/auth/principal.js'
import type { Database, Executor } from '../../../platform/db/database.js'
import { formErrors } from '../../../platform/forms/form-validator.js'
import { parseCalendarDate, vietnamDate } from '../../../platform/time/vietnam.js'
import { auditActor, recordAudit, type AuditActor } from '../../audit/index.js'
import { getResidentsByNumbers } from '../../population/index.js'
import {
  fieldsInvalid,
  issuedOnInvalid,
  issuerWithoutAgency,
  kindNotEntitled,
  ownerUnknown,
} from '../documents.errors.js'
import { kindNamed } from '../kinds/kinds.reference.js'
import { checkScan } from './scan.js'
import { storeVaultDocument } from './store.js'

const PERMISSION = 'documents.issue'

export interface Issuance {
  personalNumber: string
  kind: string
  fields: Record<string, unknown>
  issuedOn: string
  /** The document's PDF, when the agency sends one. */
  pdf?: Buffer | undefined
}

export interface IssuedDocument {
  id: string
  kind: string
  issuerAgency: string
  issuedOn: string
}

// jsonb holds no NUL, and no field of a document means another control character.
const isControl = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f)
      return true
  }
  return false
}
const holdsControl = (value: unknown): boolean =>
  typeof value === 'string'
    ? isControl(value)
    : typeof value === 'object' &&
      value !== null &&
      Object.entries(value).some(([key, inner]) => isControl(key) || holdsControl(inner))
const controlFields = (fields: Record<string, unknown>): string[] =>
  Object.entries(fields)
    .filter(([field, value]) => holdsControl({ [field]: value }))
    .map(([field]) => field)

function checkFields(kind: ReturnType<typeof kindNamed>, fields: Record<string, unknown>): void {
  const errors = [
    ...formErrors(kind.validate, fields),
    ...controlFields(fields).map((field) => ({
      field,
      rule: 'control',
      vi: 'Có ký tự điều khiển không hợp lệ',
      en: 'Holds a control character',
    })),
  ]
  if (errors.length > 0) throw fieldsInvalid(errors)
}

/** Who issues: the agencies the caller may issue for, as the audit trail names the caller. */
export interface Issuer {
  agencies: readonly string[]
  actor: AuditActor
  /** The account that issued, kept with the document; null for a member's system. */
  issuedBy: string | null
  ip: string
}

/**
 * An agency's system issues a document into a resident's vault: a kind its agency is entitled
 * to, fields its kind's schema accepts, an optional PDF. The agency is the one the caller's grant
 * is bound to, never one the request names. Audited with the document, in one transaction.
 * @throws DOCUMENT_ISSUER_WITHOUT_AGENCY, DOCUMENT_KIND_UNKNOWN, DOCUMENT_KIND_NOT_ENTITLED,
 *   DOCUMENT_FIELDS_INVALID, DOCUMENT_ISSUED_ON_INVALID, DOCUMENT_OWNER_UNKNOWN, and checkScan's
 */
export const issueDocument = (
  database: Database,
  actor: { principal: Principal; ip: string },
  issuance: Issuance,
): Promise<IssuedDocument> =>
  issueAs(
    database.db,
    {
      agencies: grantsWith(actor.principal, PERMISSION).flatMap((g) =>
        g.agencyCode ? [g.agencyCode] : [],
      ),
      actor: auditActor(actor.principal, PERMISSION),
      issuedBy: actor.principal.accountId,
      ip: actor.ip,
    },
    issuance,
  )

/**
 * issueDocument for an issuer named otherwise than by a principal: a member of the data
 * exchange issuing through the gateway under its member code (models 32-34).
 * @throws as issueDocument
 */
export async function issueAs(
  db: Executor,
  issuer: Issuer,
  issuance: Issuance,
): Promise<IssuedDocument> {
  if (issuer.agencies.length === 0) throw issuerWithoutAgency()
  const kind = kindNamed(issuance.kind)
  const issuerAgency = issuer.agencies.find((a) => kind.definition.issuers.includes(a))
  if (!issuerAgency) throw kindNotEntitled(issuance.kind)
  checkFields(kind, issuance.fields)
  if (!parseCalendarDate(issuance.issuedOn) || issuance.issuedOn > vietnamDate())
    throw issuedOnInvalid()
  const file = issuance.pdf ? await checkScan(issuance.pdf, { only: ['application/pdf'] }) : null
  const owners = await getResidentsByNumbers(db, [issuance.personalNumber])
  if (!owners.has(issuance.personalNumber)) throw ownerUnknown()
  const id = await db.transaction(async (tx) => {
    const stored = await storeVaultDocument(tx, {
      ownerNumber: issuance.personalNumber,
      kind: kind.definition.code,
      origin: 'issued',
      fields: issuance.fields,
      file,
      issuerAgency,
      issuedBy: issuer.issuedBy,
      issuedOn: issuance.issuedOn,
    })
    await recordAudit(tx, {
      actor: issuer.actor,
      subjectPersonalNumber: issuance.personalNumber,
      action: 'documents.document.issue',
      purpose: null,
      summary: { document: stored, kind: kind.definition.code, agency: issuerAgency },
      sourceIp: issuer.ip,
    })
    return stored
  })
  return { id, kind: kind.definition.code, issuerAgency, issuedOn: issuance.issuedOn }
}
