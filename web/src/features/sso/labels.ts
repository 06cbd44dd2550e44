import type { SsoKey } from './messages'

/** What a resident is told a system receives, by OpenID scope and claim (src/modules/sso). */
export const SCOPE_LABELS: Record<string, SsoKey> = {
  openid: 'sso.scope.openid',
  profile: 'sso.scope.profile',
  personal_number: 'sso.scope.personalNumber',
  seller: 'sso.scope.seller',
  offline_access: 'sso.scope.offlineAccess',
}

export const CLAIM_LABELS: Record<string, SsoKey> = {
  sub: 'sso.claim.sub',
  name: 'sso.claim.name',
  birthdate: 'sso.claim.birthdate',
  gender: 'sso.claim.gender',
  eid_level: 'sso.claim.eidLevel',
  personal_number: 'sso.claim.personalNumber',
  verified_seller: 'sso.claim.verifiedSeller',
}

/** The claims each scope releases (src/modules/sso/claims.ts): told claim by claim. */
const SCOPE_CLAIMS: Record<string, string[]> = {
  openid: ['sub'],
  profile: ['name', 'birthdate', 'gender', 'eid_level'],
  personal_number: ['personal_number'],
  seller: ['verified_seller'],
}

export interface ConsentLine {
  id: string
  /** The message naming it; null for a scope or claim this app does not know. */
  label: SsoKey | null
  raw: string
}

/**
 * What a resident is told a system receives: each piece of data once (the claims), then what a
 * scope grants beyond data (offline access). A scope is never listed beside its own claims.
 */
export function consentLines(scopes: readonly string[], claims: readonly string[]): ConsentLine[] {
  const data = claims.length ? claims : scopes.flatMap((s) => SCOPE_CLAIMS[s] ?? [])
  const lines: ConsentLine[] = [...new Set(data)].map((claim) => ({
    id: `claim-${claim}`,
    label: CLAIM_LABELS[claim] ?? null,
    raw: claim,
  }))
  for (const scope of new Set(scopes)) {
    if (!(scope in SCOPE_CLAIMS))
      lines.push({ id: `scope-${scope}`, label: SCOPE_LABELS[scope] ?? null, raw: scope })
  }
  return lines
}
