import { Type, type Static } from '@sinclair/typebox'
import { BASE64_MAX_LENGTH } from '../evidence/images.js'
import { ViolationDetailSchema } from '../violations/violations.schemas.js'

export const MAX_APPEAL_ATTACHMENTS = 3

export const AppealBody = Type.Object(
  {
    reason: Type.String({ minLength: 10, maxLength: 4000 }),
    /** Photos or scans, base64: JPEG, PNG or WebP by their content. */
    attachments: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: BASE64_MAX_LENGTH }), {
        maxItems: MAX_APPEAL_ATTACHMENTS,
      }),
    ),
  },
  { additionalProperties: false },
)
export type AppealInput = Static<typeof AppealBody>

export const AppealParams = Type.Object({ id: Type.String({ format: 'uuid' }) })

export const AttachmentParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  ordinal: Type.Integer({ minimum: 1, maximum: 1000 }),
})

export const AppealsQuery = Type.Object(
  {
    status: Type.Optional(
      Type.Union([Type.Literal('pending'), Type.Literal('upheld'), Type.Literal('cancelled')], {
        default: 'pending',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
)

export const DecisionBody = Type.Object(
  {
    outcome: Type.Union([Type.Literal('upheld'), Type.Literal('cancelled')]),
    note: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false },
)
export type DecisionInput = Static<typeof DecisionBody>

export const AppealSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  violationId: Type.String({ format: 'uuid' }),
  status: Type.Union([Type.Literal('pending'), Type.Literal('upheld'), Type.Literal('cancelled')]),
  reason: Type.String(),
  filedAt: Type.String({ format: 'date-time' }),
  decidedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  attachments: Type.Array(
    Type.Object({ ordinal: Type.Integer(), mediaType: Type.String(), size: Type.Integer() }),
  ),
})
export type AppealView = Static<typeof AppealSchema>

export const AppealWithViolationSchema = Type.Intersect([
  AppealSchema,
  Type.Object({ violation: ViolationDetailSchema }),
])

export const AppealListSchema = Type.Object({ items: Type.Array(AppealWithViolationSchema) })
