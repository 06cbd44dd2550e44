import { Type } from '@sinclair/typebox'
import { SCAN_LIMIT_BYTES } from './scan.js'

const Text = Type.Object({ vi: Type.String(), en: Type.String() })

export const DocumentParams = Type.Object({ id: Type.String({ format: 'uuid' }) })

export const UploadQuery = Type.Object(
  {
    kind: Type.Optional(
      Type.String({ pattern: '^[a-z][a-z0-9-]{0,47}$', description: 'default uploaded-scan' }),
    ),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
  },
  { additionalProperties: false },
)

export const VaultDocumentSchema = Type.Object({
  id: Type.String(),
  kind: Type.Object({
    code: Type.String(),
    name: Text,
    display: Type.Union([Type.Literal('card'), Type.Literal('pdf')]),
  }),
  origin: Type.Union([Type.Literal('issued'), Type.Literal('uploaded'), Type.Literal('certified')]),
  title: Type.Union([Type.String(), Type.Null()]),
  fields: Type.Record(Type.String(), Type.Unknown()),
  labels: Type.Record(Type.String(), Text),
  file: Type.Union([
    Type.Object({ mediaType: Type.String(), size: Type.Integer(), sha256: Type.String() }),
    Type.Null(),
  ]),
  issuer: Type.Union([
    Type.Object({ agency: Type.String(), name: Type.Union([Text, Type.Null()]) }),
    Type.Null(),
  ]),
  issuedOn: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  verified: Type.Boolean(),
  intact: Type.Boolean(),
})

export const VaultListSchema = Type.Object({ documents: Type.Array(VaultDocumentSchema) })

export const FileSchema = Type.Unsafe<Buffer>({
  type: 'string',
  format: 'binary',
  description: 'application/pdf, image/jpeg or image/png',
})

/** A document an agency's system issues into a resident's vault (HTTP or the exchange). */
export const IssueBody = Type.Object(
  {
    personalNumber: Type.String({ pattern: '^\\d{12}$' }),
    kind: Type.String({ pattern: '^[a-z][a-z0-9-]{0,47}$' }),
    fields: Type.Record(Type.String({ maxLength: 64 }), Type.Unknown(), { maxProperties: 64 }),
    issuedOn: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' }),
    pdf: Type.Optional(
      Type.String({
        contentEncoding: 'base64',
        pattern: '^[A-Za-z0-9+/]*={0,2}$',
        maxLength: Math.ceil(SCAN_LIMIT_BYTES / 3) * 4,
        description: "the document's PDF, base64",
      }),
    ),
  },
  { additionalProperties: false },
)
