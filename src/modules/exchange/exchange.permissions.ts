import { modulePermissions } from '../../platform/modules/permissions.js'

/**
 * The data-exchange gateway (LGSP, model 25). Administrators register members and their
 * services; a member's administrator (a department officer bound to the member's code) asks for
 * and decides grants; a member's systems (partner systems bound to the same code) call through
 * the gateway.
 */
export const exchangePermissions = modulePermissions({
  permissions: ['exchange.read', 'exchange.manage', 'exchange.grants', 'exchange.call'],
  grants: {
    administrator: ['exchange.read', 'exchange.manage'],
    departmentOfficer: ['exchange.read', 'exchange.grants'],
    partnerSystem: ['exchange.call'],
  },
})
