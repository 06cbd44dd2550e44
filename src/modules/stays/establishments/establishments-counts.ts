import type { Executor } from '../../../platform/db/database.js'
import { countApprovedByTypeAndCommune } from './establishments.queries.js'
import { readEstablishmentTypeFile } from '../stays.reference.js'

export interface EstablishmentTypeCount {
  typeCode: string
  nameVi: string
  nameEn: string
  /** The plan 106 model (9-12) the type belongs to. */
  model: number
  approved: number
  byCommune: { communeCode: string; approved: number }[]
}

/**
 * Approved establishments of every type (none is left out, even at zero), in total and by
 * commune: the "establishments onboarded" KPI of models 9-12.
 */
export async function approvedEstablishmentCounts(db: Executor): Promise<EstablishmentTypeCount[]> {
  const counts = await countApprovedByTypeAndCommune(db)
  return readEstablishmentTypeFile().map((type) => {
    const byCommune = counts
      .filter((c) => c.typeCode === type.code)
      .map((c) => ({ communeCode: c.communeCode, approved: c.count }))
    return {
      typeCode: type.code,
      nameVi: type.nameVi,
      nameEn: type.nameEn,
      model: type.model,
      approved: byCommune.reduce((sum, c) => sum + c.approved, 0),
      byCommune,
    }
  })
}
