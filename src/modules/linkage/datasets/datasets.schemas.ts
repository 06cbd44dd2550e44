import { Type, type Static } from '@sinclair/typebox'
import { FIELDS } from './fields.js'

export const DatasetParams = Type.Object({ id: Type.String({ format: 'uuid' }) })

export const UploadQuery = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: 'what the list is' }),
    fileName: Type.String({ minLength: 1, maxLength: 255 }),
    unitCode: Type.Optional(
      Type.String({
        pattern: '^[0-9]{2,5}$',
        description: 'the unit it belongs to; the first granted unless told',
      }),
    ),
  },
  { additionalProperties: false },
)

const ColumnIndex = Type.Integer({ minimum: 0, maximum: 1000 })
export const MappingSchema = Type.Partial(
  Type.Object(
    Object.fromEntries(FIELDS.map((f) => [f, ColumnIndex])) as Record<
      (typeof FIELDS)[number],
      typeof ColumnIndex
    >,
  ),
  { additionalProperties: false },
)

export const ImportBody = Type.Object(
  {
    mapping: MappingSchema,
    rerun: Type.Optional(Type.Boolean({ description: 'import again a dataset imported before' })),
  },
  { additionalProperties: false },
)

const Status = Type.Union([
  Type.Literal('uploaded'),
  Type.Literal('importing'),
  Type.Literal('imported'),
  Type.Literal('failed'),
])
const Encoding = Type.Union([Type.Literal('unicode'), Type.Literal('tcvn3'), Type.Literal('vni')])

export const DatasetSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  fileName: Type.String(),
  agencyCode: Type.Union([Type.String(), Type.Null()]),
  unitCode: Type.String(),
  format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx'), Type.Null()]),
  sha256: Type.String(),
  sizeBytes: Type.Integer(),
  uploadedAt: Type.String({ format: 'date-time' }),
  status: Status,
  textEncoding: Type.Union([Type.String(), Type.Null()]),
  columns: Type.Array(
    Type.Object({
      index: Type.Integer(),
      header: Type.String(),
      /** The legacy font the column was found in, converted to Unicode NFC. */
      encoding: Encoding,
      examples: Type.Array(Type.Object({ before: Type.String(), after: Type.String() })),
    }),
  ),
  preview: Type.Array(Type.Array(Type.String())),
  mapping: Type.Union([MappingSchema, Type.Null()]),
  progress: Type.Object({
    totalRows: Type.Union([Type.Integer(), Type.Null()]),
    rowsWritten: Type.Integer(),
    bytesRead: Type.Integer(),
    totalBytes: Type.Integer(),
    checkpointRow: Type.Integer(),
    runs: Type.Integer(),
  }),
  importedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  error: Type.Union([
    Type.Object({ code: Type.String(), message: Type.String(), details: Type.Unknown() }),
    Type.Null(),
  ]),
})
export type DatasetView = Static<typeof DatasetSchema>

export const DatasetListSchema = Type.Object({ items: Type.Array(DatasetSchema) })
