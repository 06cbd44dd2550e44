import { modulePermissions } from '../../platform/modules/permissions.js'

export const identityPermissions = modulePermissions({
  permissions: ['identity.account.raiseLevel', 'identity.staff.manage', 'identity.links.record'],
  grants: {
    communePolice: ['identity.account.raiseLevel'],
    provincialPolice: ['identity.account.raiseLevel'],
    administrator: ['identity.staff.manage'],
    partnerSystem: ['identity.links.record'],
  },
})
