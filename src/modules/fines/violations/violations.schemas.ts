import { Type, type Static } from '@sinclair/typebox'

// The plate is checked by the service, which says which form it expected.
export const NewViolationBody = Type.Object(
  {
    plate: Type.String({ minLength: 1, maxLength: 20, examples: ['60A-123.45', '60-B1 123.45'] }),
    articleCode: Type.String({ minLength: 1, maxLength: 20, examples: ['168-6-9-b'] }),
    fine: Type.Integer({ minimum: 1, maximum: 1_000_000_000 }),
    communeCode: Type.String({ pattern: '^[0-9]{5}$' }),
    occurredAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
)
export type NewViolation = Static<typeof NewViolationBody>

export const ViolationSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  plate: Type.String(),
  vehicleClass: Type.Union([Type.Literal('car'), Type.Literal('motorbike')]),
  articleCode: Type.String(),
  article: Type.Object({ vi: Type.String(), en: Type.String() }),
  fine: Type.Integer(),
  communeCode: Type.String(),
  occurredAt: Type.String({ format: 'date-time' }),
  source: Type.Union([Type.Literal('officer'), Type.Literal('camera')]),
  status: Type.String(),
  /** Whether the registry named an owner who is told in the app. */
  ownerFound: Type.Boolean(),
  recordedAt: Type.String({ format: 'date-time' }),
})
export type ViolationView = Static<typeof ViolationSchema>
