import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { readOwnVaultDocument } from '../vault/my-vault.js'
import { issueSdJwtVc, type CredentialIssuer } from './credential-issuer.js'
import { documentCredentialType } from './credential-types.js'
import { documentNotVerified, notAResident } from './credentials.errors.js'
import { holderKeyOf, IDENTITY_CREDENTIAL_LIFETIME_SECONDS } from './identity-credential.service.js'

/**
 * One of the resident's vault documents as an SD-JWT VC: each of its kind's fields, the issuing
 * agency and the date of issue, every one selectively disclosable. Only documents the platform
 * vouches for (issued by an agency or certified, seal intact): an upload is the resident's word.
 * @throws AppError CREDENTIAL_HOLDER_KEY (422), CREDENTIAL_NOT_A_RESIDENT (403),
 *   DOCUMENT_NOT_FOUND (404, another's too), CREDENTIAL_DOCUMENT_NOT_VERIFIED (422)
 */
export async function issueDocumentCredential(
  db: Executor,
  issuer: CredentialIssuer,
  request: { principal: Principal; documentId: string; holderKey: unknown; now?: Date },
): Promise<{ credential: string; credentialType: string; expiresAt: Date }> {
  const holderKey = holderKeyOf(request.holderKey)
  const { personalNumber } = request.principal
  if (!personalNumber) throw notAResident()
  const document = await readOwnVaultDocument(db, personalNumber, request.documentId)
  if (document.origin === 'uploaded' || !document.verified) throw documentNotVerified()
  const credentialType = documentCredentialType(document.kind)
  const issued = await issueSdJwtVc(issuer, {
    credentialType,
    claims: {
      ...document.fields,
      issuing_agency: document.issuerAgency,
      issued_on: document.issuedOn,
    },
    holderKey,
    lifetimeSeconds: IDENTITY_CREDENTIAL_LIFETIME_SECONDS,
    now: request.now ?? new Date(),
  })
  return { ...issued, credentialType }
}
