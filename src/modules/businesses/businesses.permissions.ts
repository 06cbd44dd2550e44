import { modulePermissions } from '../../platform/modules/permissions.js'

/**
 * Commune officers keep their commune's register of household businesses; the province's
 * department officers (culture, sports and tourism for model 22) read it.
 */
export const businessesPermissions = modulePermissions({
  permissions: ['businesses.read', 'businesses.manage'],
  grants: {
    communeOfficer: ['businesses.read', 'businesses.manage'],
    departmentOfficer: ['businesses.read'],
  },
})
