import { modulePermissions } from '../../platform/modules/permissions.js'

/**
 * Residents keep, share and present their own papers with their own rights (me.manage). Agencies'
 * systems issue documents of the kinds they are entitled to; the commune's officers certify copies
 * of originals (Decree 23/2015) for their own commune.
 */
export const documentsPermissions = modulePermissions({
  permissions: ['documents.issue', 'documents.certify'],
  grants: {
    partnerSystem: ['documents.issue'],
    communeOfficer: ['documents.certify'],
  },
})
