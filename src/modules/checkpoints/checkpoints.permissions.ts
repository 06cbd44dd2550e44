import { modulePermissions } from '../../platform/modules/permissions.js'

/**
 * Administrators register site operators, their sites, gates and camera keys and name operator
 * staff; operator staff record passages at their own sites' gates and read their occupancy;
 * operator systems (SSO machine clients) post camera batches; police read the sites of their units.
 */
export const checkpointsPermissions = modulePermissions({
  permissions: [
    'checkpoints.sites.manage',
    'checkpoints.gate.scan',
    'checkpoints.events.post',
    'checkpoints.occupancy.read',
    'checkpoints.tickets.issue',
    'checkpoints.tickets.check',
  ],
  grants: {
    administrator: ['checkpoints.sites.manage'],
    // A railway operator's staff sell and check train tickets; its systems issue them in bulk.
    operatorStaff: [
      'checkpoints.gate.scan',
      'checkpoints.occupancy.read',
      'checkpoints.tickets.issue',
      'checkpoints.tickets.check',
    ],
    operatorSystem: ['checkpoints.events.post', 'checkpoints.tickets.issue'],
    communePolice: ['checkpoints.occupancy.read'],
    provincialPolice: ['checkpoints.occupancy.read'],
    // Coach operators are stays establishments; their staff and machine clients act as this role.
    establishmentStaff: ['checkpoints.tickets.issue', 'checkpoints.tickets.check'],
  },
})
