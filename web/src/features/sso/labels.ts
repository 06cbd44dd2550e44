import type { MessageKey } from '../../i18n/messages'

/** What a resident is told a system receives, by OpenID scope and claim (src/modules/sso). */
export const SCOPE_LABELS: Record<string, MessageKey> = {
  openid: 'sso.scope.openid',
  profile: 'sso.scope.profile',
  personal_number: 'sso.scope.personalNumber',
  offline_access: 'sso.scope.offlineAccess',
}

export const CLAIM_LABELS: Record<string, MessageKey> = {
  sub: 'sso.claim.sub',
  name: 'sso.claim.name',
  birthdate: 'sso.claim.birthdate',
  gender: 'sso.claim.gender',
  eid_level: 'sso.claim.eidLevel',
  personal_number: 'sso.claim.personalNumber',
}
