import { Type, type Static } from '@sinclair/typebox'

const Uuid = Type.String({ format: 'uuid' })
const Instant = Type.String({ format: 'date-time' })
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()])

const Status = Type.Union([
  Type.Literal('requested'),
  Type.Literal('certified'),
  Type.Literal('refused'),
  Type.Literal('revoked'),
])

export const CertificationIdParams = Type.Object({ id: Uuid }, { additionalProperties: false })

export const CertificationRequestBody = Type.Object(
  { documentId: Uuid },
  { additionalProperties: false },
)

export const ApproveBody = Type.Object(
  {
    officerTitle: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 80,
        description: 'chức danh người chứng thực / the certifying officer’s title',
      }),
    ),
  },
  { additionalProperties: false },
)

export const ReasonBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500 }) },
  { additionalProperties: false },
)

export const QueueQuery = Type.Object(
  {
    status: Type.Optional(Type.Union(Status.anyOf, { default: 'requested' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
)

export const BookQuery = Type.Object(
  {
    communeCode: Type.String({ pattern: '^[0-9]{5}$' }),
    year: Type.Integer({ minimum: 2015, maximum: 2100 }),
  },
  { additionalProperties: false },
)

export const CertificationSchema = Type.Object({
  id: Uuid,
  code: Nullable(
    Type.String({ description: 'mã kiểm tra, khi đã chứng thực / verification code' }),
  ),
  title: Type.String(),
  communeCode: Type.String(),
  sourceDocumentId: Nullable(Uuid),
  originalMediaType: Type.String(),
  status: Status,
  requestedAt: Instant,
  decidedAt: Nullable(Instant),
  refusalReason: Nullable(Type.String()),
  certificationNumber: Nullable(Type.String()),
  officerName: Nullable(Type.String()),
  officerTitle: Nullable(Type.String()),
  pageCount: Nullable(Type.Integer()),
  verifyUrl: Nullable(Type.String()),
  revokedAt: Nullable(Instant),
  revocationReason: Nullable(Type.String()),
})
export type CertificationView = Static<typeof CertificationSchema>

export const CertificationListSchema = Type.Object({ items: Type.Array(CertificationSchema) })

/** An entry of the officer's queue and book: the masked holder beside the record. */
export const OfficerCertificationSchema = Type.Intersect([
  CertificationSchema,
  Type.Object({ holder: Type.String(), originalSha256: Type.String() }),
])
export const OfficerListSchema = Type.Object({ items: Type.Array(OfficerCertificationSchema) })

export const VerifyParams = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 32 }) },
  { additionalProperties: false },
)

export const VerificationSchema = Type.Object({
  code: Type.String(),
  status: Type.Union([Type.Literal('certified'), Type.Literal('revoked')]),
  valid: Type.Boolean(),
  holder: Type.String(),
  agency: Type.String(),
  communeCode: Type.String(),
  certificationNumber: Type.String(),
  certifiedAt: Instant,
  officerName: Type.String(),
  officerTitle: Type.String(),
  pageCount: Type.Integer(),
  sha256: Type.String(),
  signer: Type.String(),
  revokedAt: Nullable(Instant),
  revocationReason: Nullable(Type.String()),
})

export const CopyCheckSchema = Type.Object({
  matches: Type.Boolean(),
  sha256: Type.String(),
  verification: VerificationSchema,
})

export const FileSchema = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' })
