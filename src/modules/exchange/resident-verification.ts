import { Type, type Static } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'
import type { Executor } from '../../platform/db/database.js'
import { eidLevelOf } from '../identity/index.js'
import { getResidentsByNumbers, normaliseName } from '../population/index.js'
import type { BuiltinCall, BuiltinAnswer } from './builtins.js'
import { exchangeErrors } from './exchange.errors.js'

/** The name partners give the built-in service in a target: `{ kind: 'builtin', name }`. */
export const RESIDENT_VERIFICATION = 'resident-verification'

/** What the service may release beyond the match, each only when the grant names it. */
export const RESIDENT_VERIFICATION_ATTRIBUTES = ['eidLevel', 'alive', 'communeCode'] as const
type Attribute = (typeof RESIDENT_VERIFICATION_ATTRIBUTES)[number]

const Question = Type.Object(
  {
    personalNumber: Type.String({ pattern: '^\\d{12}$' }),
    fullName: Type.String({ minLength: 1, maxLength: 200 }),
    birthDate: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  },
  { additionalProperties: false },
)

// The person's written name, as the registry spells it, whatever the case and spacing.
const sameName = (a: string, b: string): boolean =>
  normaliseName(a).toLocaleLowerCase('vi') === normaliseName(b).toLocaleLowerCase('vi')

/**
 * Resident verification (issue 21): a number, a name and a birth date → whether the registry
 * holds that person, and, on a match, only the attributes the consumer's grant names. No match
 * says nothing more, so the service tells no one who else a number belongs to.
 */
export async function residentVerification(call: BuiltinCall): Promise<BuiltinAnswer> {
  if (call.method !== 'POST' || !Value.Check(Question, call.body))
    throw exchangeErrors.refuse('BUILTIN_BODY_INVALID', {
      expected: 'POST { personalNumber, fullName, birthDate (YYYY-MM-DD) }',
    })
  return { status: 200, body: await verifyResident(call.db, call.body, call.attributes) }
}

/**
 * The service's answer without the gateway around it: what the benchmark calls directly as the
 * baseline of a call through the gateway.
 */
export async function verifyResident(
  db: Executor,
  question: Static<typeof Question>,
  attributes: readonly string[],
): Promise<Record<string, unknown>> {
  const { personalNumber, fullName, birthDate } = question
  const resident = (await getResidentsByNumbers(db, [personalNumber])).get(personalNumber)
  const match =
    resident !== undefined &&
    resident.birthDate === birthDate &&
    sameName(resident.fullName, fullName)
  if (!match) return { match: false }
  const released = RESIDENT_VERIFICATION_ATTRIBUTES.filter((a) => attributes.includes(a))
  const facts: Record<Attribute, () => Promise<unknown>> = {
    // 0: no active account, so no electronic identity to speak of.
    eidLevel: async () => (await eidLevelOf(db, personalNumber)) ?? 0,
    alive: () => Promise.resolve(resident.status !== 'deceased'),
    communeCode: () => Promise.resolve(resident.communeCode),
  }
  const values = await Promise.all(released.map((a) => facts[a]()))
  return { match: true, ...Object.fromEntries(released.map((a, i) => [a, values[i]])) }
}
