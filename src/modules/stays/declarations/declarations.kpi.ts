import type { Executor } from '../../../platform/db/database.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { vietnamDayStart } from '../deadline.js'
import { tallyDeclarations } from './declarations.queries.js'
import { readEstablishmentTypeFile } from '../stays.reference.js'

export interface OnTimeDeclarations {
  /** 'YYYY-MM', Vietnam time. */
  month: string
  declarations: number
  onTime: number
  /** on time / declared, 0-1; null when nothing was declared. */
  rate: number | null
  communes: { communeCode: string; declarations: number; late: number }[]
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`
}

/**
 * The share of the month's declarations made by their deadline (the plan's KPI "on-time
 * declarations"), by the day they were declared in Vietnam; the current month when none is named.
 * @param filter.model only the establishment types of this plan 106 model (9-12)
 */
export async function onTimeDeclarationRate(
  db: Executor,
  month: string = vietnamDate().slice(0, 7),
  filter: { model?: number } = {},
): Promise<OnTimeDeclarations> {
  const typeCodes =
    filter.model === undefined
      ? undefined
      : readEstablishmentTypeFile()
          .filter((t) => t.model === filter.model)
          .map((t) => t.code)
  const communes = await tallyDeclarations(db, {
    from: vietnamDayStart(`${month}-01`),
    to: vietnamDayStart(`${nextMonth(month)}-01`),
    typeCodes,
  })
  const declarations = communes.reduce((n, c) => n + c.declarations, 0)
  const onTime = declarations - communes.reduce((n, c) => n + c.late, 0)
  return {
    month,
    declarations,
    onTime,
    rate: declarations === 0 ? null : onTime / declarations,
    communes: communes.sort((a, b) => a.communeCode.localeCompare(b.communeCode)),
  }
}
