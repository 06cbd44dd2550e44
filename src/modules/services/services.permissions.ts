import { modulePermissions } from '../../platform/modules/permissions.js'

/**
 * Residents file with their own rights (me.manage); the one-stop shop's officers handle the
 * dossiers of their units, each service naming the roles that handle it.
 */
export const servicesPermissions = modulePermissions({
  permissions: ['services.handle'],
  grants: {
    communeOfficer: ['services.handle'],
    communePolice: ['services.handle'],
    provincialPolice: ['services.handle'],
    departmentOfficer: ['services.handle'],
  },
})
