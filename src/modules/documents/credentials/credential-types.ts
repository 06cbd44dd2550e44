/**
 * The credential types (`vct`) the platform issues. URNs rather than URLs: a verifier offline
 * compares them as names and fetches nothing; versioned, so a change of claims is a new type.
 */
export const IDENTITY_CREDENTIAL_TYPE = 'urn:vn:congdanso:identity:1'

/** A vault document's type: its kind's code under the platform's name. */
export const documentCredentialType = (kindCode: string): string =>
  `urn:vn:congdanso:document:${kindCode}:1`

const DOCUMENT_TYPE = /^urn:vn:congdanso:document:[a-z0-9-]+:1$/

/** Whether a `vct` is one of ours: what the verification route accepts. */
export const isPlatformCredentialType = (vct: string): boolean =>
  vct === IDENTITY_CREDENTIAL_TYPE || DOCUMENT_TYPE.test(vct)
