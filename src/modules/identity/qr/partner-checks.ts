import { Type, type Static, type TObject } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'
import type { Executor } from '../../../platform/db/database.js'
import {
  getResidentsByNumbers,
  normaliseName,
  type CheckAnswer,
  type CheckCall,
} from '../../population/index.js'
import { findLevel2Numbers } from '../accounts/accounts.queries.js'
import { parseCardQr } from '../documents/card-qr.js'
import { checkQuestionInvalid } from '../identity.errors.js'
import { consumeIdentityToken } from './identity-token.queries.js'
import type { IdentityKeyRing } from './identity-token-ring.js'

// Built-in services are registered once per process and get the app's database with each call;
// the identity QR's key ring is the app's too, so each app binds its ring to its database.
const rings = new WeakMap<Executor, { keys: IdentityKeyRing; issuer: string }>()

/** Lets identityQrCheck verify tokens of this app (its key ring and issuer). */
export function bindIdentityRing(
  db: Executor,
  ring: { keys: IdentityKeyRing; issuer: string },
): void {
  rings.set(db, ring)
}
const ringOf = (db: Executor) => rings.get(db)

/** The built-in services' names in a data service's target. */
export const CARD_QR_CHECK = 'card-qr-check'
export const IDENTITY_QR_CHECK = 'identity-qr-check'

/** What a partner may be granted beyond the card's own words: the registry's facts. */
export const CARD_QR_ATTRIBUTES = ['eidLevel', 'alive'] as const

const CardQuestion = Type.Object(
  { cardQr: Type.String({ minLength: 1, maxLength: 1000 }) },
  { additionalProperties: false },
)
const TokenQuestion = Type.Object(
  {
    token: Type.String({ minLength: 1, maxLength: 4000 }),
    singleUse: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)

/** @throws IDENTITY_CHECK_QUESTION_INVALID */
function questionOf<T extends TObject>(call: CheckCall, schema: T, expected: string): Static<T> {
  if (call.method !== 'POST' || !Value.Check(schema, call.body))
    throw checkQuestionInvalid(expected)
  return call.body
}

const sameName = (a: string, b: string): boolean =>
  normaliseName(a).toLocaleLowerCase('vi') === normaliseName(b).toLocaleLowerCase('vi')

/**
 * Card-QR check for partners (models 6-8, 16, 17, 21): the text of the chip card's QR, read by
 * the partner's scanner, is parsed and held against the registry. The answer says whether the
 * card is well formed and matches the registry (number, name, birth date), and on a match the
 * facts the partner's grant names (eID level, alive). What the card itself says is returned as
 * read, so the partner's record shows what was checked.
 * @throws IDENTITY_CHECK_QUESTION_INVALID
 */
export async function cardQrCheck(call: CheckCall): Promise<CheckAnswer> {
  const { db } = call
  const { cardQr } = questionOf(call, CardQuestion, 'POST { cardQr }')
  const parsed = parseCardQr(cardQr)
  if (!parsed.ok) return { status: 200, body: { valid: false, reason: parsed.reason } }
  const { card } = parsed
  const resident = (await getResidentsByNumbers(db, [card.personalNumber])).get(card.personalNumber)
  const match =
    resident !== undefined &&
    resident.birthDate === card.birthDate &&
    sameName(resident.fullName, card.fullName)
  const identity = {
    personalNumber: card.personalNumber,
    fullName: card.fullName,
    birthDate: card.birthDate,
    sex: card.sex,
  }
  if (!match) return { status: 200, body: { valid: true, match: false, identity } }
  const facts: Record<string, unknown> = {}
  if (call.attributes.includes('eidLevel'))
    facts.eidLevel = (await findLevel2Numbers(db, [card.personalNumber])).size > 0 ? 2 : 1
  if (call.attributes.includes('alive')) facts.alive = resident.status !== 'deceased'
  return { status: 200, body: { valid: true, match: true, identity, ...facts } }
}

/**
 * Identity-QR check for partners: the token the resident shows in the app, verified online
 * against the platform's keys, optionally once only (an exam door, a pawn transaction), the use
 * kept under the partner's member code. A refused token answers why, never who.
 * @throws IDENTITY_CHECK_QUESTION_INVALID
 */
export async function identityQrCheck(call: CheckCall): Promise<CheckAnswer> {
  const { token, singleUse } = questionOf(call, TokenQuestion, 'POST { token, singleUse? }')
  const ring = ringOf(call.db)
  if (!ring) throw new Error('no identity key ring for this database: the identity module binds it')
  const result = ring.keys.verify(token, { issuer: ring.issuer })
  if (!result.valid) return { status: 200, body: { valid: false, reason: result.reason } }
  const c = result.claims
  if (singleUse && (await consumeIdentityToken(call.db, c, call.consumerCode)) === 'replayed')
    return { status: 200, body: { valid: false, reason: 'IDENTITY_TOKEN_REPLAYED' } }
  return {
    status: 200,
    body: {
      valid: true,
      identity: {
        personalNumber: c.sub,
        fullName: c.name,
        birthDate: c.bd,
        sex: c.sex,
        eidLevel: c.lvl,
      },
      expiresAt: new Date(c.exp * 1000).toISOString(),
    },
  }
}
