/** What each scope releases about a person. */
export const CLAIMS = {
  openid: ['sub'],
  profile: ['name', 'birthdate', 'gender', 'eid_level'],
  personal_number: ['personal_number'],
  /** Model 22: a marketplace learns whether the person is a verified household seller. */
  seller: ['verified_seller'],
}

export const claimsOfScopes = (scopes: readonly string[]): string[] =>
  scopes.flatMap((s) => (s in CLAIMS ? CLAIMS[s as keyof typeof CLAIMS] : []))

/**
 * The provider's claims: the scopes', and the sign-in's eID level (`acr`) in every ID token, asked
 * for or not, so that no relying party has to guess what a sign-in was worth.
 */
export const PROVIDER_CLAIMS = { ...CLAIMS, openid: [...CLAIMS.openid, 'acr'] }
