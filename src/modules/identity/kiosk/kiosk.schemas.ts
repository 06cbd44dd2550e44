import { Type } from '@sinclair/typebox'

const Strict = { additionalProperties: false } as const
const ChallengeId = Type.String({ format: 'uuid', description: 'names the code sent to the phone' })

export const KioskSignInBody = Type.Object(
  {
    identityToken: Type.String({
      minLength: 1,
      maxLength: 4000,
      description: 'the identity QR the resident’s app shows (/me/qr), as scanned',
    }),
  },
  Strict,
)
export const KioskChallenge = Type.Object({
  challengeId: ChallengeId,
  phoneHint: Type.String({
    pattern: '^[0-9]{3}$',
    description: 'the last three digits of the phone the code went to',
  }),
  expiresAt: Type.String({ format: 'date-time' }),
})
export const KioskVerifyBody = Type.Object(
  { challengeId: ChallengeId, code: Type.String({ pattern: '^[0-9]{6}$' }) },
  Strict,
)
export const KioskSignedIn = Type.Object({
  channel: Type.Literal('kiosk'),
  expiresAt: Type.String({
    format: 'date-time',
    description: 'moves forward with each request (a sliding lifetime of 10 minutes)',
  }),
  person: Type.Object({ fullName: Type.String(), personalNumber: Type.String() }),
})
