import { modulePermissions } from '../../platform/modules/permissions.js'

/**
 * Cleaning agency data against the registry (model 35): an agency's officers import their lists
 * (beneficiaries, land users, members) as datasets of their agency and unit, and read them.
 */
export const linkagePermissions = modulePermissions({
  permissions: ['linkage.datasets.import', 'linkage.datasets.read'],
  grants: {
    departmentOfficer: ['linkage.datasets.import', 'linkage.datasets.read'],
    communeOfficer: ['linkage.datasets.import', 'linkage.datasets.read'],
  },
})
