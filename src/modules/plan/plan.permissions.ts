import { modulePermissions } from '../../platform/modules/permissions.js'

/** Plan 106: the committee reads, agencies report, the standing office manages. */
export const planPermissions = modulePermissions({
  permissions: ['plan.read', 'plan.report', 'plan.manage'],
  grants: {
    committeeMember: ['plan.read'],
    agencyReporter: ['plan.read', 'plan.report'],
    standingOffice: ['plan.read', 'plan.report', 'plan.manage'],
  },
})
