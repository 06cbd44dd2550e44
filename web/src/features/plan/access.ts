import type { PlanAccess } from '../../api/types'
import { platformQuery } from '../../api/client'
import { useLoaded } from '../../components/useApi'

/** What the caller may do in the plan: the pages offer only that; the server still decides. */
export const usePlanAccess = () => useLoaded(platformQuery.useQuery('get', '/api/v1/plan/access'))

/** Whether the caller writes the report of this lead agency. */
export const reportsFor = (access: PlanAccess, agencyCode: string): boolean =>
  access.report === 'all' || (access.report === 'own' && access.agencies.includes(agencyCode))
