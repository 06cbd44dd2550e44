import { Type } from '@sinclair/typebox'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { getHouseholdOf } from '../residents/residents.service.js'
import {
  ageOn,
  matchResident,
  PersonQuestion,
  questionOf,
  releasedFacts,
  type CheckAnswer,
  type CheckCall,
} from './resident-match.js'

/** The built-in service's name in a data service's target. */
export const ELIGIBILITY_FACTS = 'eligibility-facts'

/** What the bank for social policies may be granted (model 20): each a fact, never the record. */
export const ELIGIBILITY_ATTRIBUTES = ['householdSize', 'age', 'alive'] as const

const Question = Type.Object(PersonQuestion, { additionalProperties: false })

/**
 * Eligibility facts for welfare and loans (model 20): the bank asks about a borrower by number,
 * name and birth date; on a match it learns only the facts its grant names (the size of the
 * household, the age today, whether the person is alive), on no match nothing.
 * @throws POPULATION_CHECK_QUESTION_INVALID
 */
export async function eligibilityFacts(call: CheckCall): Promise<CheckAnswer> {
  const { db } = call
  const question = questionOf(call, Question)
  const resident = await matchResident(db, question)
  if (!resident) return { status: 200, body: { match: false } }
  const facts = await releasedFacts(call.attributes, {
    householdSize: async () => (await getHouseholdOf(db, resident.personalNumber)).members.length,
    age: () => ageOn(resident.birthDate, vietnamDate()),
    alive: () => resident.status !== 'deceased',
  })
  return { status: 200, body: { match: true, ...facts } }
}
