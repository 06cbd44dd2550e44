import type { Principal } from '../../../platform/auth/principal.js'
import type { Database } from '../../../platform/db/database.js'
import { auditActor, commitAudits } from '../../audit/index.js'
import {
  vaultDocumentsOfDossiers,
  vaultFileOfDossiers,
  type DossierVaultDocument,
} from '../../documents/index.js'
import { getResident } from '../../population/index.js'
import { slaState, type SlaState } from '../calendar/index.js'
import { serviceNamed } from '../catalogue/catalogue.js'
import { findDossierByCode, findEvents } from '../dossiers/dossiers.queries.js'
import type { TimelineEntry } from '../dossiers/my-dossiers.js'
import type { DossierRow } from '../filing/filing.queries.js'
import { dossierAttachmentNotFound, dossierNotFound } from '../services.errors.js'
import { assertHandles, HANDLE } from './handling-access.js'
import { findAttachmentContent, findAttachmentList } from './handling.queries.js'

/** Who looks, why, from where: every look at a dossier is audited with it. */
export interface HandlingContext {
  principal: Principal
  purpose: string
  ip: string
}

interface Named {
  vi: string
  en: string
}

export interface OfficerDossier {
  code: string
  serviceCode: string
  serviceName: Named
  status: string
  channel: string
  communeCode: string
  receivedAt: string
  dueAt: string
  sla: SlaState
  pausedAt: string | null
  assigneeId: string | null
  assignedToMe: boolean
  applicant: { personalNumber: string; fullName: string; eidLevel: number }
  data: Record<string, unknown>
  labels: Record<string, Named>
  documents: { key: string; name: Named; required: boolean; suppliedBy: string }[]
  attachments: { id: string; requirement: string | null; mediaType: string; size: number }[]
  /** Documents taken from the applicant's vault: verified when an agency issued or certified them. */
  vaultDocuments: DossierVaultDocument[]
  fee: { amount: number; paid: boolean }
  decidedAt: string | null
  decisionReason: string | null
  outcome: Record<string, unknown> | null
  timeline: TimelineEntry[]
}

/**
 * A dossier the officer handles. @throws SERVICE_DOSSIER_NOT_FOUND,
 * SERVICE_DOSSIER_OUTSIDE_UNITS, SERVICE_DOSSIER_IS_LINKED_FILING
 */
export async function handledDossier(
  database: Database,
  principal: Principal,
  code: string,
): Promise<DossierRow> {
  const dossier = await findDossierByCode(database.db, code)
  if (!dossier) throw dossierNotFound()
  return assertHandles(principal, dossier)
}

/** A linked filing's scans are bound to its own row: each part's officer reads them too. */
const fileOwners = (dossier: DossierRow): string[] =>
  dossier.parentId ? [dossier.id, dossier.parentId] : [dossier.id]

/** Writes the audit entry of a look, durably, before the data leaves. */
export async function auditLook(
  database: Database,
  ctx: HandlingContext,
  dossier: DossierRow,
  part: string,
): Promise<void> {
  await commitAudits(database, [
    {
      actor: auditActor(ctx.principal, HANDLE, dossier),
      subjectPersonalNumber: dossier.applicantNumber,
      action: 'services.dossier.read',
      purpose: ctx.purpose,
      summary: { dossierCode: dossier.code, serviceCode: dossier.serviceCode, part },
      sourceIp: ctx.ip,
    },
  ])
}

/**
 * The dossier for the officer who handles it: form data, applicant, documents, timeline and
 * SLA, the look audited with its purpose first.
 */
export async function readDossierForOfficer(
  database: Database,
  ctx: HandlingContext,
  code: string,
  now: Date,
): Promise<OfficerDossier> {
  const db = database.db
  const dossier = await handledDossier(database, ctx.principal, code)
  const { definition } = serviceNamed(dossier.serviceCode)
  const [applicant, files, vaultDocuments, events] = await Promise.all([
    getResident(db, dossier.applicantNumber),
    findAttachmentList(db, fileOwners(dossier)),
    vaultDocumentsOfDossiers(db, fileOwners(dossier)),
    findEvents(db, [dossier.id]),
  ])
  await auditLook(database, ctx, dossier, 'dossier')
  return {
    code: dossier.code,
    serviceCode: dossier.serviceCode,
    serviceName: definition.name,
    status: dossier.status,
    channel: dossier.channel,
    communeCode: dossier.communeCode,
    receivedAt: dossier.receivedAt.toISOString(),
    dueAt: dossier.dueAt.toISOString(),
    sla: slaState(dossier.dueAt, now),
    pausedAt: dossier.pausedAt?.toISOString() ?? null,
    assigneeId: dossier.assigneeId,
    assignedToMe: dossier.assigneeId === ctx.principal.accountId,
    applicant: {
      personalNumber: applicant.personalNumber,
      fullName: applicant.fullName,
      eidLevel: dossier.eidLevel,
    },
    data: dossier.data,
    labels: definition.form.labels,
    documents: definition.documents.map(({ key, name, required, suppliedBy }) => ({
      key,
      name,
      required,
      suppliedBy,
    })),
    attachments: files.map(({ id, requirement, mediaType, size }) => ({
      id,
      requirement,
      mediaType,
      size,
    })),
    vaultDocuments,
    fee: {
      amount: dossier.feeAmount,
      paid: dossier.feeAmount === 0 || dossier.feePaidAt !== null,
    },
    decidedAt: dossier.decidedAt?.toISOString() ?? null,
    decisionReason: dossier.decisionReason,
    outcome: dossier.outcome,
    timeline: events.map((e) => ({
      dossierCode: dossier.code,
      kind: e.kind,
      at: e.at.toISOString(),
      note: e.note,
    })),
  }
}

/**
 * One of the dossier's files (a scan, or the file of a vault document it took), its download
 * audited. @throws SERVICE_ATTACHMENT_NOT_FOUND
 */
export async function readAttachmentForOfficer(
  database: Database,
  ctx: HandlingContext,
  code: string,
  attachmentId: string,
): Promise<{ mediaType: string; content: Buffer }> {
  const dossier = await handledDossier(database, ctx.principal, code)
  const file =
    (await findAttachmentContent(database.db, fileOwners(dossier), attachmentId)) ??
    (await vaultFileOfDossiers(database.db, fileOwners(dossier), attachmentId))
  if (!file) throw dossierAttachmentNotFound()
  await auditLook(database, ctx, dossier, `attachment:${file.requirement ?? 'unknown'}`)
  return file
}
