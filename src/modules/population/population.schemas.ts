import { type Static, Type } from '@sinclair/typebox'

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) =>
  Type.Union([schema, Type.Null()])

export const UnitCode = Type.String({
  pattern: '^[0-9]{2,5}$',
  description: 'GSO code: province 2, district 3, commune 5 digits',
})

export const AsOfQuery = Type.Object(
  {
    asOf: Type.Optional(
      Type.String({
        pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
        description: 'YYYY-MM-DD, Vietnam calendar day; default today',
      }),
    ),
  },
  { additionalProperties: false },
)

export const UnitsQuery = Type.Composite(
  [AsOfQuery, Type.Object({ parent: Type.Optional(UnitCode) })],
  {
    additionalProperties: false,
  },
)

export const UnitParams = Type.Object({ code: UnitCode })

export const AdminUnitSchema = Type.Object(
  {
    code: Type.String(),
    name: Type.String(),
    shortName: Nullable(Type.String()),
    type: Type.String({
      description:
        'Tỉnh, Thành phố Trung ương, Quận, Huyện, Thị xã, Thành phố, Phường, Xã, Thị trấn, Đặc khu',
    }),
    level: Type.Union([
      Type.Literal('province'),
      Type.Literal('district'),
      Type.Literal('commune'),
    ]),
    validFrom: Nullable(
      Type.String({ description: 'first day in force; null = before the earliest record held' }),
    ),
    validTo: Nullable(
      Type.String({ description: 'first day no longer in force; null = in force' }),
    ),
  },
  { $id: 'AdminUnit' },
)

// TypeBox 0.34 refers by id; the schema itself is registered once with the app.
const AdminUnitRef = Type.Unsafe<Static<typeof AdminUnitSchema>>(Type.Ref('AdminUnit'))

export const AdminUnitWithParentsSchema = Type.Composite([
  Type.Omit(AdminUnitSchema, []),
  Type.Object({
    parents: Type.Array(AdminUnitRef, { description: 'nearest parent first' }),
  }),
])

export const AdminUnitListSchema = Type.Object({
  asOf: Type.String(),
  units: Type.Array(AdminUnitRef),
})

export const SuccessorsSchema = Type.Object({
  asOf: Type.String(),
  unit: AdminUnitRef,
  successors: Type.Array(
    Type.Composite([
      Type.Omit(AdminUnitSchema, []),
      Type.Object({ coverage: Type.Union([Type.Literal('full'), Type.Literal('partial')]) }),
    ]),
  ),
})

export type UnitsQuery = Static<typeof UnitsQuery>
