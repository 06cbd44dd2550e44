import { modulePermissions } from '../../platform/modules/permissions.js'

/** Reading and searching the registry: officers and police of the units they serve. */
export const populationPermissions = modulePermissions({
  permissions: ['population.resident.read', 'population.resident.search'],
  grants: {
    communeOfficer: ['population.resident.read', 'population.resident.search'],
    communePolice: ['population.resident.read', 'population.resident.search'],
    provincialPolice: ['population.resident.read', 'population.resident.search'],
    departmentOfficer: ['population.resident.read'],
  },
})
