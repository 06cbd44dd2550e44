import { errors, type ClaimsParameter } from 'oidc-provider'

/**
 * Levels of assurance of the electronic identity, as `acr` values. A client asking for level 2
 * gets level 2 or a refusal, never a level-1 sign-in passed off as enough.
 */
export const ACR_LEVEL_1 = 'urn:congdanso:eid:level1'
export const ACR_LEVEL_2 = 'urn:congdanso:eid:level2'
export const ACR_VALUES = [ACR_LEVEL_1, ACR_LEVEL_2]

export const acrOfLevel = (level: 1 | 2): string => (level === 2 ? ACR_LEVEL_2 : ACR_LEVEL_1)

const levelOfAcr = (acr: unknown): 1 | 2 | undefined =>
  acr === ACR_LEVEL_2 ? 2 : acr === ACR_LEVEL_1 ? 1 : undefined

/**
 * The lowest level that satisfies a request's `acr_values` (any one listed is acceptable), or 0
 * when it asks for none the provider knows.
 */
export function requiredLevel(acrValues: unknown): number {
  if (typeof acrValues !== 'string') return 0
  const levels = acrValues.split(' ').flatMap((v) => levelOfAcr(v) ?? [])
  return levels.length > 0 ? Math.min(...levels) : 0
}

export const UNMET_LEVEL = {
  error: 'unmet_authentication_requirements',
  error_description:
    'Tài khoản chưa được định danh điện tử mức 2 / The account is not at eID level 2',
}

const UNMET_ACR = {
  error: 'unmet_authentication_requirements',
  error_description:
    'Không đáp ứng được mức xác thực bắt buộc được yêu cầu / The essential acr requested cannot be met',
}

type AcrClaim = { essential?: unknown; value?: unknown; values?: unknown } | null | undefined

/** The `acr` values an essential `acr` claim insists on (the provider checked the JSON). */
function essentialAcrs(claims: unknown): unknown[] | undefined {
  if (typeof claims !== 'string') return undefined
  const acr = (JSON.parse(claims) as { id_token?: { acr?: AcrClaim } }).id_token?.acr
  if (acr?.essential !== true) return undefined
  if (Array.isArray(acr.values)) return acr.values as unknown[]
  return acr.value === undefined ? undefined : [acr.value]
}

/**
 * The `acr` of a sign-in at `level` for an authorization request, or the refusal. An essential
 * `acr` claim (OpenID Connect Core 5.5.1.1) is answered with one of its own values, the highest
 * the account reaches, or refused; `acr_values` are met by the account's level.
 */
export function acrOfSignIn(
  level: 1 | 2,
  params: { acr_values?: unknown; claims?: unknown },
): { acr: string } | { refusal: typeof UNMET_LEVEL } {
  if (requiredLevel(params.acr_values) > level) return { refusal: UNMET_LEVEL }
  const essential = essentialAcrs(params.claims)
  if (!essential) return { acr: acrOfLevel(level) }
  const reachable = essential.flatMap((v) => {
    const asked = levelOfAcr(v)
    return asked && asked <= level ? [asked] : []
  })
  if (reachable.length === 0)
    return { refusal: essential.some((v) => levelOfAcr(v)) ? UNMET_LEVEL : UNMET_ACR }
  return { acr: acrOfLevel(Math.max(...reachable) as 1 | 2) }
}

/**
 * The `claims` request parameter may ask for `acr` only: a claim about the person comes with its
 * scope, which the consent page shows, never one by one past it.
 */
export function assertOnlyAcrClaims(_ctx: unknown, claims: ClaimsParameter): void {
  const asked = [...Object.keys(claims.id_token ?? {}), ...Object.keys(claims.userinfo ?? {})]
  if (asked.some((claim) => claim !== 'acr'))
    throw new errors.InvalidRequest(
      'only acr may be requested in the claims parameter; other claims come with their scopes',
    )
}
