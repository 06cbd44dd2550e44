import { platformQuery } from '../../api/client'
import type { EstablishmentType } from '../../api/types'

/**
 * The kinds of establishment (data on the platform), asked once per page load. Without the list,
 * codes are shown instead of names; the page still works.
 */
export const useEstablishmentTypes = (): EstablishmentType[] | undefined =>
  platformQuery.useQuery('get', '/api/v1/stays/establishment-types', {}, { staleTime: Infinity })
    .data
