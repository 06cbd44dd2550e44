/** What each scope releases about a person. */
export const CLAIMS = {
  openid: ['sub'],
  profile: ['name', 'birthdate', 'gender', 'eid_level'],
  personal_number: ['personal_number'],
}

export const claimsOfScopes = (scopes: readonly string[]): string[] =>
  scopes.flatMap((s) => (s in CLAIMS ? CLAIMS[s as keyof typeof CLAIMS] : []))
