import { Type } from '@sinclair/typebox'
import { vietnamDate } from '../../../platform/time/vietnam.js'
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
export const SCHOOL_IDENTITY_CHECK = 'school-identity-check'

/** What a school may be granted beyond the match (model 31). */
export const SCHOOL_CHECK_ATTRIBUTES = ['age', 'alive', 'communeCode'] as const

const Question = Type.Object(
  {
    ...PersonQuestion,
    role: Type.Union([Type.Literal('teacher'), Type.Literal('student')]),
  },
  { additionalProperties: false },
)

/**
 * Teacher and student identity checks for schools (model 31): the school says who the person is
 * to it (its own records decide the role) and the registry says whether number, name and birth
 * date match, with the facts the school's grant names. The role is the school's word, returned
 * as given so the school's log keeps both sides.
 * @throws POPULATION_CHECK_QUESTION_INVALID
 */
export async function schoolIdentityCheck(call: CheckCall): Promise<CheckAnswer> {
  const { db } = call
  const question = questionOf(call, Question, ', role: teacher | student')
  const resident = await matchResident(db, question)
  if (!resident) return { status: 200, body: { match: false, role: question.role } }
  const facts = await releasedFacts(call.attributes, {
    age: () => ageOn(resident.birthDate, vietnamDate()),
    alive: () => resident.status !== 'deceased',
    communeCode: () => resident.communeCode,
  })
  return { status: 200, body: { match: true, role: question.role, ...facts } }
}
