import type { Principal } from '../../../platform/auth/principal.js'
import type { Database, Executor } from '../../../platform/db/database.js'
import { getMyAccount } from '../../identity/index.js'
import { getResident, unitNames } from '../../population/index.js'
import { serviceNamed } from '../catalogue/catalogue.js'
import { findDossierByCode } from '../dossiers/dossiers.queries.js'
import type { DossierRow } from '../filing/filing.queries.js'
import { renderResultPdf } from '../pdf/index.js'
import { dossierNotFound, resultNotReady } from '../services.errors.js'
import { findDecider } from './handling.queries.js'
import { auditLook, handledDossier, type HandlingContext } from './dossier-view.js'

const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : JSON.stringify(value)

/** A nested record as `{ 'a.b': 'text' }`, the template's placeholders' names. */
export function flatten(value: unknown, prefix = '', into: Record<string, string> = {}) {
  if (value === null || value === undefined) return into
  if (typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value))
      flatten(inner, prefix ? `${prefix}.${key}` : key, into)
  } else if (prefix) into[prefix] = textOf(value)
  return into
}

/** The name of whoever decided, as the result is signed; empty when unknown. */
async function deciderName(db: Executor, dossier: DossierRow): Promise<string> {
  const accountId = await findDecider(db, dossier.id)
  if (!accountId) return ''
  const { personalNumber } = await getMyAccount(db, accountId)
  return personalNumber ? (await getResident(db, personalNumber)).fullName : ''
}

/** The result document of an approved dossier. @throws SERVICE_RESULT_NOT_READY */
async function renderResult(db: Executor, dossier: DossierRow): Promise<Buffer> {
  if (dossier.status !== 'approved' || !dossier.decidedAt) throw resultNotReady()
  const { definition } = serviceNamed(dossier.serviceCode)
  const names = await unitNames(db, [dossier.communeCode])
  return renderResultPdf({
    template: definition.result.template,
    fields: flatten({ ...dossier.data, effect: dossier.outcome ?? {} }),
    code: dossier.code,
    issuedAt: dossier.decidedAt,
    issuedBy: {
      unitName: names.get(dossier.communeCode) ?? dossier.communeCode,
      officerName: await deciderName(db, dossier),
    },
  })
}

/** The result for the officer who handles the dossier, the look audited like any other. */
export async function resultForOfficer(
  database: Database,
  ctx: HandlingContext,
  code: string,
): Promise<Buffer> {
  const dossier = await handledDossier(database, ctx.principal, code)
  const pdf = await renderResult(database.db, dossier)
  await auditLook(database, ctx, dossier, 'result')
  return pdf
}

/** The resident's own result, once approved. @throws SERVICE_DOSSIER_NOT_FOUND, _RESULT_NOT_READY */
export async function resultForResident(
  db: Executor,
  principal: Principal,
  code: string,
): Promise<Buffer> {
  const dossier = await findDossierByCode(db, code)
  if (!dossier || dossier.applicantNumber !== principal.personalNumber) throw dossierNotFound()
  return renderResult(db, dossier)
}
