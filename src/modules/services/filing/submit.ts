import { channelOf, type Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import type { IdempotentOutcome, IdempotentRequest } from '../../../platform/http/idempotency.js'
import type { Resident } from '../../population/index.js'
import { dueAt } from '../calendar/index.js'
import { serviceNamed, type CatalogueService } from '../catalogue/catalogue.js'
import type { ServiceDefinition } from '../catalogue/catalogue.schemas.js'
import { formErrors } from '../../../platform/forms/form-validator.js'
import { presentReceipt, type Receipt } from '../dossiers/receipt.js'
import { attachmentRequired, attachmentUnknown, formInvalid } from '../services.errors.js'
import { withIdempotency } from '../idempotency.js'
import { applicantFor } from './applicant.js'
import { newDossierCode, partCode } from './dossier-code.js'
import {
  bindAttachment,
  deleteDraft,
  insertDossiers,
  insertReceivedEvents,
  type DossierRow,
  type NewDossierRow,
} from './filing.queries.js'
import { handlingUnitOf, type HandlingUnit } from './handling-unit.js'
import { applyPrefill, prefillFor } from './prefill.js'

export interface Filing {
  serviceCode: string
  data: Record<string, unknown>
  /** Scans uploaded beforehand, each for one of the service's documents. */
  attachments: { requirement: string; id: string }[]
}

/** Required documents only an upload can supply, that the filing lacks. */
function missingUploads(service: ServiceDefinition, filing: Filing): string[] {
  const given = new Set(filing.attachments.map((a) => a.requirement))
  return service.documents
    .filter((d) => d.required && d.suppliedBy === 'upload' && !given.has(d.key))
    .map((d) => d.key)
}

/** The filing's data as the registry and the form's rules accept it. @throws SERVICE_FORM_INVALID */
async function checkedData(
  db: Executor,
  service: CatalogueService,
  applicant: Resident,
  filing: Filing,
): Promise<Record<string, unknown>> {
  const data = applyPrefill(filing.data, await prefillFor(db, applicant, service.definition))
  const fields = formErrors(service.validate, data)
  if (fields.length > 0) throw formInvalid(fields)
  const missing = missingUploads(service.definition, filing)
  if (missing.length > 0) throw attachmentRequired(missing)
  return data
}

interface Placed {
  definition: ServiceDefinition
  unit: HandlingUnit
}

/** The dossiers a filing opens: one, or a linked filing's own row and one per part. */
async function placeParts(
  db: Executor,
  service: ServiceDefinition,
  data: Record<string, unknown>,
  applicant: Resident,
): Promise<{ main: Placed; parts: Placed[] }> {
  const place = async (definition: ServiceDefinition): Promise<Placed> => ({
    definition,
    unit: await handlingUnitOf(db, definition, data, applicant),
  })
  const main = await place(service)
  const parts = await Promise.all(
    (service.parts ?? []).map((code) => place(serviceNamed(code).definition)),
  )
  return { main, parts }
}

function rowOf(
  placed: Placed,
  common: Omit<
    NewDossierRow,
    'code' | 'serviceCode' | 'communeCode' | 'provinceCode' | 'status' | 'dueAt' | 'feeAmount'
  >,
  code: string,
  status: 'received' | 'linked',
): NewDossierRow {
  const { definition, unit } = placed
  return {
    ...common,
    code,
    serviceCode: definition.code,
    communeCode: unit.communeCode,
    provinceCode: unit.provinceCode,
    status,
    dueAt: dueAt(common.receivedAt, definition.timeLimitDays),
    feeAmount: definition.fee.amount,
  }
}

async function writeFiling(
  tx: Executor,
  rows: { main: NewDossierRow; parts: NewDossierRow[] },
  principal: Principal,
  filing: Filing,
): Promise<{ main: DossierRow; parts: DossierRow[] }> {
  const [main] = await insertDossiers(tx, [rows.main])
  const parts =
    rows.parts.length === 0
      ? []
      : await insertDossiers(
          tx,
          rows.parts.map((p) => ({ ...p, parentId: main!.id })),
        )
  const all = [main!, ...parts]
  await insertReceivedEvents(
    tx,
    all.map((d) => ({ dossierId: d.id, actorId: principal.accountId, at: d.receivedAt })),
  )
  for (const attachment of filing.attachments)
    if (!(await bindAttachment(tx, principal.accountId, attachment, main!.id)))
      throw attachmentUnknown(attachment.id)
  await deleteDraft(tx, principal.accountId, filing.serviceCode)
  return { main: main!, parts }
}

/**
 * Files a service: checks the applicant, fills the registry's fields, validates the form, and
 * opens the dossier (a linked filing opens one per part, at each part's agency), all or nothing,
 * once per Idempotency-Key. @returns the receipt (201)
 * @throws SERVICE_UNKNOWN, SERVICE_EID_LEVEL_TOO_LOW, SERVICE_APPLICANT_NOT_REGISTERED,
 *   SERVICE_FORM_INVALID, SERVICE_ATTACHMENT_REQUIRED, SERVICE_ATTACHMENT_UNKNOWN,
 *   SERVICE_COMMUNE_UNKNOWN, SERVICE_IDEMPOTENCY_KEY_*
 */
export async function submitDossier(
  db: Executor,
  input: { principal: Principal; filing: Filing; idempotency: IdempotentRequest; now?: Date },
): Promise<IdempotentOutcome<Receipt>> {
  const { principal, filing } = input
  const service = serviceNamed(filing.serviceCode)
  const { resident: applicant, eidLevel } = await applicantFor(db, principal, service.definition)
  const data = await checkedData(db, service, applicant, filing)
  const placed = await placeParts(db, service.definition, data, applicant)
  const receivedAt = input.now ?? new Date()
  const common = {
    applicantNumber: applicant.personalNumber,
    accountId: principal.accountId,
    channel: channelOf(principal),
    eidLevel,
    data,
    receivedAt,
  }
  const code = newDossierCode(placed.main.unit.communeCode, receivedAt)
  const linked = placed.parts.length > 0
  const rows = {
    main: rowOf(placed.main, common, code, linked ? 'linked' : 'received'),
    parts: placed.parts.map((p, i) => rowOf(p, common, partCode(code, i), 'received')),
  }
  return withIdempotency(db, input.idempotency, async (tx) => {
    const written = await writeFiling(tx, rows, principal, filing)
    return { status: 201, body: presentReceipt(written.main, written.parts, applicant) }
  })
}
