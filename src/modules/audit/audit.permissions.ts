import { modulePermissions } from '../../platform/modules/permissions.js'

export const auditPermissions = modulePermissions({
  permissions: ['audit.entries.read'],
  grants: { securityOfficer: ['audit.entries.read'] },
})
