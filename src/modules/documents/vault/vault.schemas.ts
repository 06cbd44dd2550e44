import { Type } from '@sinclair/typebox'

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
