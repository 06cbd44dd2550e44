import { modulePermissions } from '../../platform/modules/permissions.js'

/**
 * Payments by VietQR: the departments that collect fees and the administrators reconcile the
 * collecting account day by day. Paying needs no permission (any bank app pays a QR); banks
 * report transfers by signed callback, not as signed-in callers.
 */
export const paymentsPermissions = modulePermissions({
  permissions: ['payments.reconcile'],
  grants: {
    departmentOfficer: ['payments.reconcile'],
    administrator: ['payments.reconcile'],
  },
})
