import { modulePermissions } from '../../platform/modules/permissions.js'

/**
 * Administrators register the partners of their communes and name their staff; a partner's staff
 * check identities for their own partner only (the grant is bound to it).
 */
export const verificationPermissions = modulePermissions({
  permissions: ['verification.partners.manage', 'verification.check'],
  grants: {
    administrator: ['verification.partners.manage'],
    partnerStaff: ['verification.check'],
  },
})
