import { modulePermissions } from '../../platform/modules/permissions.js'

/**
 * Traffic fines (model 18): the police record violations in the communes they serve (commune
 * police there, provincial police across the province), read them, list the overdue and decide
 * appeals, and with the steering committee read the reports; traffic camera systems (SSO machine clients bound to their units) post what they see.
 * Owners read their own violations as residents ('me.read') and act on them ('me.manage').
 */
export const finesPermissions = modulePermissions({
  permissions: [
    'fines.record',
    'fines.read',
    'fines.appeals.decide',
    'fines.camera.post',
    /** Counts and amounts by article, commune and month, in the grant's units: no one named. */
    'fines.reports.read',
  ],
  grants: {
    communePolice: ['fines.record', 'fines.read', 'fines.appeals.decide', 'fines.reports.read'],
    provincialPolice: ['fines.record', 'fines.read', 'fines.appeals.decide', 'fines.reports.read'],
    committeeMember: ['fines.reports.read'],
    trafficCamera: ['fines.camera.post'],
  },
})
