import { Type, type Static, type TObject } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'
import type { Executor } from '../../../platform/db/database.js'
import { checkQuestionInvalid } from '../population.errors.js'
import { normaliseName } from '../names.js'
import { findResident } from '../residents/residents.queries.js'
import type { Resident } from '../residents/residents.service.js'

/**
 * What a partner's system sends through the exchange gateway to a built-in service of the
 * registry, and what it gets back (the exchange's BuiltinCall and BuiltinAnswer, by shape: the
 * exchange imports this module, not the reverse).
 */
export interface CheckCall {
  method: string
  body: unknown
  /** The attributes the consumer's grant names: the only ones released. */
  attributes: readonly string[]
  /** The member calling, by its code. */
  consumerCode: string
  /** The database of the app the call came through. */
  db: Executor
}
export interface CheckAnswer {
  status: number
  body: unknown
}

/** The person a partner asks about, as on the papers it holds. */
export const PersonQuestion = {
  personalNumber: Type.String({ pattern: '^[0-9]{12}$' }),
  fullName: Type.String({ minLength: 1, maxLength: 200 }),
  birthDate: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }),
}
const PERSON = 'POST { personalNumber, fullName, birthDate (YYYY-MM-DD)'

/**
 * The question of a POST, checked against its schema.
 * @throws POPULATION_CHECK_QUESTION_INVALID
 */
export function questionOf<T extends TObject>(call: CheckCall, schema: T, extra = ''): Static<T> {
  if (call.method !== 'POST' || !Value.Check(schema, call.body))
    throw checkQuestionInvalid(`${PERSON}${extra} }`)
  return call.body
}

const sameName = (a: string, b: string): boolean =>
  normaliseName(a).toLocaleLowerCase('vi') === normaliseName(b).toLocaleLowerCase('vi')

/**
 * The registry's resident when number, name and birth date all match it; undefined otherwise,
 * so that a partner learns nothing of whom else a number belongs to.
 */
export async function matchResident(
  db: Executor,
  person: { personalNumber: string; fullName: string; birthDate: string },
): Promise<Resident | undefined> {
  const resident = await findResident(db, person.personalNumber)
  return resident &&
    resident.birthDate === person.birthDate &&
    sameName(resident.fullName, person.fullName)
    ? resident
    : undefined
}

/** Completed years of age on a calendar day (YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years
}

/** Of the facts a service can tell, those the grant names, computed only then. */
export async function releasedFacts<A extends string>(
  granted: readonly string[],
  facts: Record<A, () => unknown>,
): Promise<Partial<Record<A, unknown>>> {
  const names = (Object.keys(facts) as A[]).filter((a) => granted.includes(a))
  const values = await Promise.all(names.map((a) => facts[a]()))
  return Object.fromEntries(names.map((a, i) => [a, values[i]])) as Partial<Record<A, unknown>>
}
