import { modulePermissions } from '../../platform/modules/permissions.js'

/**
 * Social programmes (models 20 and 36): commune officers keep their communes' beneficiary lists
 * and payment periods; department officers (labour, invalids and social affairs) the province's.
 * Beneficiaries read their own benefits as residents ('me.read').
 */
export const welfarePermissions = modulePermissions({
  permissions: ['welfare.read', 'welfare.manage'],
  grants: {
    communeOfficer: ['welfare.read', 'welfare.manage'],
    departmentOfficer: ['welfare.read', 'welfare.manage'],
  },
})
