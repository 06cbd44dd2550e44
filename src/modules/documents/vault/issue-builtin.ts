import { Value } from '@sinclair/typebox/value'
import type { CheckAnswer, CheckCall } from '../../population/index.js'
import { issueBodyInvalid } from '../documents.errors.js'
import { issueAs } from './issue.js'
import { IssueBody } from './vault.schemas.js'

/** The built-in service's name in a data service's target. */
export const VAULT_ISSUANCE = 'vault-issuance'

// The gateway answers for the member's system; the audit trail names the member, not an address.
const GATEWAY_IP = '127.0.0.1'

/**
 * Document issuance into residents' vaults through the exchange (models 32-34): an agency that
 * is a member issues under its member code, by the same rules as its system calling
 * POST /api/v1/documents/issued (the kinds its agency may issue, fields checked by kind).
 * @throws DOCUMENT_ISSUE_BODY_INVALID, and issueDocument's refusals
 */
export async function vaultIssuance(call: CheckCall): Promise<CheckAnswer> {
  if (call.method !== 'POST' || !Value.Check(IssueBody, call.body)) throw issueBodyInvalid()
  const { pdf, ...issuance } = call.body
  const issued = await issueAs(
    call.db,
    {
      agencies: [call.consumerCode],
      actor: {
        accountId: `exchange:${call.consumerCode}`,
        role: 'partnerSystem',
        agency: call.consumerCode,
      },
      issuedBy: null,
      ip: GATEWAY_IP,
    },
    { ...issuance, pdf: pdf === undefined ? undefined : Buffer.from(pdf, 'base64') },
  )
  return { status: 201, body: issued }
}
