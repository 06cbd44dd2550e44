import { Type } from '@sinclair/typebox'

export const EvidenceSchema = Type.Object({
  ordinal: Type.Integer({ minimum: 1 }),
  mediaType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  addedAt: Type.String({ format: 'date-time' }),
})

export const EvidenceListSchema = Type.Object({ items: Type.Array(EvidenceSchema) })

export const EvidenceParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  ordinal: Type.Integer({ minimum: 1, maximum: 1000 }),
})

export const ImageSchema = Type.Unsafe<Buffer>({
  type: 'string',
  format: 'binary',
  description: 'image/jpeg, image/png or image/webp',
})
