import { modulePermissions } from '../../platform/modules/permissions.js'

/**
 * Traffic fines (model 18): the police record violations in the communes they serve (commune
 * police there, provincial police across the province).
 */
export const finesPermissions = modulePermissions({
  permissions: ['fines.record'],
  grants: {
    communePolice: ['fines.record'],
    provincialPolice: ['fines.record'],
  },
})
