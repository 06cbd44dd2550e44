import type { Role } from '../../../platform/auth/roles.js'

/**
 * What a grant of each role is bound to, the one place that says it. Every role carries a
 * jurisdiction (administrative units: where it acts, and what an administrator's own jurisdiction
 * is checked against); establishment staff are also bound to their establishment and department
 * officers to their agency, and no other role may carry either.
 */
export const ROLE_BINDINGS: Record<Role, 'units' | 'establishment' | 'agency'> = {
  communeOfficer: 'units',
  communePolice: 'units',
  provincialPolice: 'units',
  departmentOfficer: 'agency',
  establishmentStaff: 'establishment',
  analyst: 'units',
  securityOfficer: 'units',
  administrator: 'units',
  partnerSystem: 'agency',
  committeeMember: 'units',
  agencyReporter: 'agency',
  standingOffice: 'units',
  // The partner facility (verification module) is held in the establishment binding.
  partnerStaff: 'establishment',
  // The checkpoint operator (checkpoints module) is held in the establishment binding too.
  operatorStaff: 'establishment',
  operatorSystem: 'establishment',
  trafficCamera: 'units',
}

export interface GrantScope {
  role: Role
  unitCodes: string[]
  establishmentId?: string | undefined
  agencyCode?: string | undefined
}

export interface BindingProblem {
  field: 'unitCodes' | 'establishmentId' | 'agencyCode'
  problem: 'required' | 'not-allowed'
}

const BOUND_FIELDS = [
  ['establishmentId', 'establishment'],
  ['agencyCode', 'agency'],
] as const

/** The first thing a grant's scope lacks or must not carry for its role; undefined when sound. */
export function bindingProblem(scope: GrantScope): BindingProblem | undefined {
  if (scope.unitCodes.length === 0) return { field: 'unitCodes', problem: 'required' }
  const binding = ROLE_BINDINGS[scope.role]
  for (const [field, kind] of BOUND_FIELDS) {
    const given = scope[field] !== undefined
    if (binding === kind && !given) return { field, problem: 'required' }
    if (binding !== kind && given) return { field, problem: 'not-allowed' }
  }
  return undefined
}
