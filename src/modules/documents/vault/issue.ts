import { grantsWith, type Principal } from '../../../platform/auth/principal.js'
import type { Database } from '../../../platform/db/database.js'
import { formErrors } from '../../../platform/forms/form-validator.js'
import { parseCalendarDate, vietnamDate } from '../../../platform/time/vietnam.js'
import { auditActor, recordAudit } from '../../audit/index.js'
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
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
const holdsControl = (value: unknown): boolean =>
  typeof value === 'string'
    ? CONTROL.test(value)
    : typeof value === 'object' &&
      value !== null &&
      Object.entries(value).some(([key, inner]) => CONTROL.test(key) || holdsControl(inner))
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

/**
 * An agency's system issues a document into a resident's vault: a kind its agency is entitled
 * to, fields its kind's schema accepts, an optional PDF. The agency is the one the caller's grant
 * is bound to, never one the request names. Audited with the document, in one transaction.
 * @throws DOCUMENT_ISSUER_WITHOUT_AGENCY, DOCUMENT_KIND_UNKNOWN, DOCUMENT_KIND_NOT_ENTITLED,
 *   DOCUMENT_FIELDS_INVALID, DOCUMENT_ISSUED_ON_INVALID, DOCUMENT_OWNER_UNKNOWN, and checkScan's
 */
export async function issueDocument(
  database: Database,
  actor: { principal: Principal; ip: string },
  issuance: Issuance,
): Promise<IssuedDocument> {
  const agencies = grantsWith(actor.principal, PERMISSION).flatMap((g) =>
    g.agencyCode ? [g.agencyCode] : [],
  )
  if (agencies.length === 0) throw issuerWithoutAgency()
  const kind = kindNamed(issuance.kind)
  const issuerAgency = agencies.find((a) => kind.definition.issuers.includes(a))
  if (!issuerAgency) throw kindNotEntitled(issuance.kind)
  checkFields(kind, issuance.fields)
  if (!parseCalendarDate(issuance.issuedOn) || issuance.issuedOn > vietnamDate())
    throw issuedOnInvalid()
  const file = issuance.pdf ? await checkScan(issuance.pdf, { only: ['application/pdf'] }) : null
  const owners = await getResidentsByNumbers(database.db, [issuance.personalNumber])
  if (!owners.has(issuance.personalNumber)) throw ownerUnknown()
  const id = await database.db.transaction(async (tx) => {
    const stored = await storeVaultDocument(tx, {
      ownerNumber: issuance.personalNumber,
      kind: kind.definition.code,
      origin: 'issued',
      fields: issuance.fields,
      file,
      issuerAgency,
      issuedBy: actor.principal.accountId,
      issuedOn: issuance.issuedOn,
    })
    await recordAudit(tx, {
      actor: auditActor(actor.principal, PERMISSION),
      subjectPersonalNumber: issuance.personalNumber,
      action: 'documents.document.issue',
      purpose: null,
      summary: { document: stored, kind: kind.definition.code, agency: issuerAgency },
      sourceIp: actor.ip,
    })
    return stored
  })
  return { id, kind: kind.definition.code, issuerAgency, issuedOn: issuance.issuedOn }
}
