/**
 * Levels of assurance of the electronic identity, as `acr` values. A client asking for level 2
 * gets level 2 or a refusal, never a level-1 sign-in passed off as enough.
 */
export const ACR_LEVEL_1 = 'urn:congdanso:eid:level1'
export const ACR_LEVEL_2 = 'urn:congdanso:eid:level2'
export const ACR_VALUES = [ACR_LEVEL_1, ACR_LEVEL_2]

export const acrOfLevel = (level: 1 | 2): string => (level === 2 ? ACR_LEVEL_2 : ACR_LEVEL_1)

const levelOfAcr = (acr: string): number | undefined =>
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
