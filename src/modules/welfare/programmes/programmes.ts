import type { Executor } from '../../../platform/db/database.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { provinceOfCommune, type Resident } from '../../population/index.js'
import { welfareErrors } from '../welfare.errors.js'
import { listedIn } from '../beneficiaries/beneficiaries.queries.js'
import { PROGRAMMES, type Programme } from './programmes.reference.js'

/** @throws WELFARE_PROGRAMME_UNKNOWN */
export function programmeOf(code: string): Programme {
  const programme = PROGRAMMES.find((p) => p.code === code)
  if (!programme) throw welfareErrors.refuse('PROGRAMME_UNKNOWN', { programmeCode: code })
  return programme
}

/** Whole years from a birth date to a day, both YYYY-MM-DD. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years
}

/** Why a resident does not meet a programme's rule: registry facts only; empty when eligible. */
export async function unmetConditions(
  db: Executor,
  programme: Programme,
  resident: Pick<Resident, 'personalNumber' | 'birthDate' | 'status' | 'communeCode'>,
  communeCode: string,
  today = vietnamDate(),
): Promise<string[]> {
  const { rule } = programme
  const unmet: string[] = []
  if (rule.alive ? resident.status === 'deceased' : resident.status !== 'deceased')
    unmet.push(rule.alive ? 'deceased' : 'alive')
  if (rule.alive && resident.status === 'moved_out') unmet.push('residence')
  else if (rule.residence === 'commune' && resident.communeCode !== communeCode)
    unmet.push('residence')
  else if (
    rule.residence === 'province' &&
    (await provinceOfCommune(db, resident.communeCode)) !==
      (await provinceOfCommune(db, communeCode))
  )
    unmet.push('residence')
  const age = ageOn(resident.birthDate, today)
  if (rule.minAge !== undefined && age < rule.minAge) unmet.push('minAge')
  if (rule.maxAge !== undefined && age > rule.maxAge) unmet.push('maxAge')
  if (rule.listedIn && !(await listedIn(db, resident.personalNumber, rule.listedIn)))
    unmet.push('listedIn')
  return unmet
}
