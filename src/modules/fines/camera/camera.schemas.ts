import { Type, type Static } from '@sinclair/typebox'
import { BASE64_MAX_LENGTH } from '../evidence/images.js'

export const MAX_CAMERA_BATCH = 50
export const MAX_CAMERA_IMAGES = 4

/** One violation a camera saw, with the camera system's own id of the event. */
export const CameraViolation = Type.Object(
  {
    eventId: Type.String({ minLength: 1, maxLength: 100 }),
    // Checked by the service, so a bad plate is that item's refusal, not the batch's.
    plate: Type.String({ minLength: 1, maxLength: 20 }),
    articleCode: Type.String({ minLength: 1, maxLength: 20 }),
    fine: Type.Integer({ minimum: 1, maximum: 1_000_000_000 }),
    communeCode: Type.String({ pattern: '^[0-9]{5}$' }),
    occurredAt: Type.String({ format: 'date-time' }),
    /** Evidence images, base64: JPEG, PNG or WebP by their content, 5 MiB each. */
    evidence: Type.Array(Type.String({ minLength: 1, maxLength: BASE64_MAX_LENGTH }), {
      maxItems: MAX_CAMERA_IMAGES,
    }),
  },
  { additionalProperties: false },
)
export type CameraViolation = Static<typeof CameraViolation>

export const CameraBatchBody = Type.Object(
  { violations: Type.Array(CameraViolation, { minItems: 1, maxItems: MAX_CAMERA_BATCH }) },
  { additionalProperties: false },
)

export const CameraItemSchema = Type.Object({
  eventId: Type.String(),
  outcome: Type.Union([
    Type.Literal('recorded'),
    Type.Literal('duplicate'),
    Type.Literal('refused'),
  ]),
  violationId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  error: Type.Union([
    Type.Object({
      code: Type.String(),
      message: Type.String(),
      details: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
    }),
    Type.Null(),
  ]),
})
export type CameraItem = Static<typeof CameraItemSchema>

export const CameraBatchAnswer = Type.Object({
  received: Type.Integer(),
  recorded: Type.Integer(),
  duplicates: Type.Integer(),
  refused: Type.Integer(),
  items: Type.Array(CameraItemSchema),
})
export type CameraBatchAnswer = Static<typeof CameraBatchAnswer>
