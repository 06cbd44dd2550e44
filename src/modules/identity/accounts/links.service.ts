import { grantsWith, type Principal } from '../../../platform/auth/principal.js'
import type { Database } from '../../../platform/db/database.js'
import { parseCalendarDate, vietnamDate } from '../../../platform/time/vietnam.js'
import { auditActor, recordAudit } from '../../audit/index.js'
import { findAccountByNumber } from './accounts.queries.js'
import { accountNotFound, linkDateInvalid, partnerWithoutAgency } from '../identity.errors.js'
import { recordModel23Links } from './me.service.js'

const PERMISSION = 'identity.links.record'

export type LinkKind = 'paymentAccount' | 'digitalSignature'

export interface PartnerLink {
  kind: LinkKind
  /** The partner organisation, taken from the caller's grant, never from the request. */
  provider: string
  on: string
}

/**
 * A partner (a bank, a certification authority) records that a resident now holds its e-payment
 * account or signature certificate, the other two conditions of model 23. The partner can only
 * speak for itself: the provider recorded is the agency its grant is bound to.
 * @throws IDENTITY_PARTNER_WITHOUT_AGENCY, IDENTITY_LINK_DATE_INVALID, IDENTITY_ACCOUNT_NOT_FOUND
 */
export async function recordPartnerLink(
  database: Database,
  actor: { principal: Principal; ip: string },
  personalNumber: string,
  link: { kind: LinkKind; on: string },
): Promise<PartnerLink> {
  const provider = grantsWith(actor.principal, PERMISSION).find((g) => g.agencyCode)?.agencyCode
  if (!provider) throw partnerWithoutAgency()
  if (!parseCalendarDate(link.on) || link.on > vietnamDate()) throw linkDateInvalid(link.on)
  const account = await findAccountByNumber(database.db, personalNumber)
  if (account?.status !== 'active') throw accountNotFound()
  await database.db.transaction(async (tx) => {
    await recordModel23Links(
      tx,
      account.id,
      link.kind === 'paymentAccount'
        ? { paymentAccount: { provider, linkedOn: link.on } }
        : { digitalSignature: { provider, issuedOn: link.on } },
    )
    await recordAudit(tx, {
      actor: auditActor(actor.principal, PERMISSION),
      subjectPersonalNumber: personalNumber,
      action: PERMISSION,
      purpose: null,
      summary: { kind: link.kind, provider, on: link.on },
      sourceIp: actor.ip,
    })
  })
  return { kind: link.kind, provider, on: link.on }
}
