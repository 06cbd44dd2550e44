import { Type } from '@sinclair/typebox'

export const PersonalNumber = Type.String({
  pattern: '^[0-9]{12}$',
  description: '12-digit personal identification number',
})
const Phone = Type.String({
  pattern: '^(\\+84|0)[0-9]{9,10}$',
  description: 'Vietnamese phone number',
})
const Password = Type.String({ minLength: 1, maxLength: 256 })
const Code = Type.String({ pattern: '^[0-9]{6}$' })
const Strict = { additionalProperties: false } as const

export const RegistrationBody = Type.Object(
  {
    personalNumber: PersonalNumber,
    fullName: Type.String({ minLength: 2, maxLength: 120 }),
    birthDate: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }),
    phone: Phone,
  },
  Strict,
)
export const ConfirmRegistrationBody = Type.Object(
  { personalNumber: PersonalNumber, code: Code, password: Password },
  Strict,
)
export const SignInBody = Type.Object(
  {
    personalNumber: PersonalNumber,
    password: Password,
    phoneCode: Type.Optional(
      Type.String({
        pattern: '^[0-9]{6}$',
        description: 'the code sent by SMS, needed only while the account is locked',
      }),
    ),
  },
  Strict,
)
export const SecondFactorBody = Type.Object(
  {
    code: Type.String({
      pattern: '^([0-9]{6}|[0-9a-f]{5}-?[0-9a-f]{5})$',
      description: 'TOTP or recovery code',
    }),
  },
  Strict,
)
export const PasswordResetBody = Type.Object(
  { personalNumber: PersonalNumber, phone: Phone },
  Strict,
)
export const CompletePasswordResetBody = ConfirmRegistrationBody
export const TotpConfirmBody = Type.Object({ code: Code }, Strict)
export const NumberParams = Type.Object({ personalNumber: PersonalNumber })

export const Accepted = Type.Object({
  status: Type.Literal('accepted'),
  expiresInSeconds: Type.Optional(Type.Integer()),
})
export const Done = Type.Object({ status: Type.Literal('done') })
export const SignedIn = Type.Object({
  secondFactorRequired: Type.Boolean(),
  expiresAt: Type.String(),
})
export const TotpSetup = Type.Object({ secret: Type.String(), otpauthUri: Type.String() })
export const RecoveryCodes = Type.Object({ recoveryCodes: Type.Array(Type.String()) })
export const LevelRaised = Type.Object({ level: Type.Literal(2), raisedAt: Type.String() })
const Link = (date: string) =>
  Type.Union([
    Type.Object({ provider: Type.String(), [date]: Type.Union([Type.String(), Type.Null()]) }),
    Type.Null(),
  ])
export const MyAccountSchema = Type.Object({
  personalNumber: Type.String(),
  level: Type.Integer(),
  phone: Type.String(),
  secondFactor: Type.Boolean(),
  conditions: Type.Object({
    eid: Type.Boolean(),
    paymentAccount: Type.Boolean(),
    digitalSignature: Type.Boolean(),
  }),
  paymentAccount: Link('linkedOn'),
  digitalSignature: Link('issuedOn'),
  permissions: Type.Array(Type.String(), {
    description:
      'what the account may do (src/platform/auth/roles.ts): pages say what a form needs',
  }),
  channel: Type.Union([Type.Literal('web'), Type.Literal('kiosk')], {
    description: 'where this session was opened: the person’s own device, or a kiosk',
  }),
})
export const DevelopmentMessages = Type.Object({
  messages: Type.Array(Type.Object({ to: Type.String(), body: Type.String(), at: Type.String() })),
})
