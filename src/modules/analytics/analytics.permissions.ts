import { modulePermissions } from '../../platform/modules/permissions.js'

export const analyticsPermissions = modulePermissions({
  permissions: [
    /** Aggregated dashboards (models 23, 37-40), within the grant's units. */
    'analytics.read',
    /**
     * Counts below the threshold for ethnicity and religion on dashboards and exports. Statistics
     * officers compile the population by ethnic group and religion (the national statistical
     * indicators) and are bound by statistical confidentiality; no other role needs small counts.
     */
    'analytics.sensitive.read',
  ],
  grants: {
    analyst: ['analytics.read', 'analytics.sensitive.read'],
    committeeMember: ['analytics.read'],
  },
})
