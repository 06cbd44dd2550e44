import { modulePermissions } from '../../platform/modules/permissions.js'

export const ssoPermissions = modulePermissions({
  permissions: ['sso.clients.manage'],
  grants: { administrator: ['sso.clients.manage'] },
})
