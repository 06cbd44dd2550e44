import type { Executor } from '../../../platform/db/database.js'
import { recordAudit } from '../../audit/index.js'
import {
  registerClient,
  rotateClientSecret,
  type NewClient,
  type RegistryContext,
} from '../../sso/index.js'
import {
  lockEstablishment,
  setSsoClientId,
  type EstablishmentRow,
} from './establishments.queries.js'
import { getOwnedApprovedEstablishment } from './establishments.service.js'
import type { OwnerContext } from './establishments-staff.js'

/** What an establishment's own software may ask a token for. */
export const ESTABLISHMENT_CLIENT_SCOPE = 'stays.declare'

export interface ApiCredentials {
  clientId: string
  /** Shown once: it is derived, never stored. */
  clientSecret: string
  scope: typeof ESTABLISHMENT_CLIENT_SCOPE
  /** False the first time; true when an earlier secret was replaced. */
  rotated: boolean
}

/** The establishment's software acts as its staff, over its commune, to declare guests only. */
const clientOf = (establishment: EstablishmentRow, ownerAccountId: string): NewClient => ({
  name: `Phần mềm lưu trú / Property software: ${establishment.name}`.slice(0, 200),
  kind: 'machine',
  authMethod: 'client_secret_basic',
  role: 'establishmentStaff',
  unitCodes: [establishment.communeCode],
  establishmentId: establishment.id,
  scopes: [ESTABLISHMENT_CLIENT_SCOPE],
  createdBy: ownerAccountId,
})

/**
 * API credentials for the establishment's property-management software: one OAuth2
 * client_credentials client per establishment, acting as its staff. Asked again, the secret is
 * rotated and the previous one stops working.
 * @throws STAY_ESTABLISHMENT_NOT_FOUND, STAY_NOT_ESTABLISHMENT_OWNER,
 *   STAY_ESTABLISHMENT_NOT_APPROVED, SSO_CLIENT_NOT_FOUND (the client was disabled)
 */
export async function issueApiCredentials(
  db: Executor,
  registry: RegistryContext,
  ctx: OwnerContext,
  establishmentId: string,
): Promise<ApiCredentials> {
  const establishment = await getOwnedApprovedEstablishment(db, ctx.owner, establishmentId)
  const issued = await db.transaction(async (tx) => {
    // Locked, so that two first requests at once make one client, not two (rows are never
    // deleted: it is there).
    const row = (await lockEstablishment(tx, establishment.id))!
    // The provider forgets its copy of the client after commit, not before.
    const inTx = { ...registry, db: tx, changed: undefined }
    const rotated = row.ssoClientId !== null
    const client = row.ssoClientId
      ? await rotateClientSecret(inTx, row.ssoClientId)
      : await registerClient(inTx, clientOf(row, ctx.owner.accountId))
    if (!rotated) await setSsoClientId(tx, row.id, client.clientId)
    await recordAudit(tx, {
      actor: { accountId: ctx.owner.accountId, role: 'establishmentOwner' },
      subjectPersonalNumber: null,
      action: rotated
        ? 'stays.establishment.rotateCredentials'
        : 'stays.establishment.issueCredentials',
      purpose: null,
      summary: { establishmentId: row.id, clientId: client.clientId },
      sourceIp: ctx.ip,
    })
    return { ...client, rotated }
  })
  registry.changed?.(issued.clientId)
  return {
    clientId: issued.clientId,
    // client_secret_basic clients always get one.
    clientSecret: issued.clientSecret!,
    scope: ESTABLISHMENT_CLIENT_SCOPE,
    rotated: issued.rotated,
  }
}
