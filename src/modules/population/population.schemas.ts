import { type Static, Type } from '@sinclair/typebox'
import { PURPOSE_CODES } from '../audit/index.js'

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

const Text = Type.String()
const NullableText = Type.Union([Type.String(), Type.Null()])

/**
 * A resident as officers see it. Sensitive categories (ethnicity, religion) are deliberately not
 * listed: the response schema is the guard, and no role of this issue needs them.
 */
export const ResidentSchema = Type.Object(
  {
    personalNumber: Text,
    fullName: Text,
    birthDate: Text,
    sex: Type.Union([Type.Literal('M'), Type.Literal('F')]),
    birthProvinceCode: Text,
    birthProvinceName: NullableText,
    communeCode: Text,
    communeName: NullableText,
    householdId: Type.Integer(),
    relationToHead: Text,
    status: Text,
    oldIdNumber: NullableText,
    cardIssuedOn: NullableText,
    cardExpiresOn: NullableText,
    eidLevel: Type.Integer(),
  },
  { $id: 'Resident' },
)
const ResidentRef = Type.Unsafe<Static<typeof ResidentSchema>>(Type.Ref('Resident'))

const Purpose = Type.Union(
  PURPOSE_CODES.map((code) => Type.Literal(code)),
  { description: 'why personal data is read; kept in the audit trail the resident can see' },
)

export const PurposeQuery = Type.Object({ purpose: Purpose }, { additionalProperties: false })
export const ResidentParams = Type.Object({ number: Type.String({ pattern: '^[0-9]{12}$' }) })
export const ResidentSearchQuery = Type.Object(
  {
    purpose: Purpose,
    name: Type.Optional(Type.String({ maxLength: 100 })),
    birthDate: Type.Optional(Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' })),
    unit: Type.Optional(UnitCode),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    after: Type.Optional(Type.String({ maxLength: 400 })),
  },
  { additionalProperties: false },
)
export const ResidentPageSchema = Type.Object({
  residents: Type.Array(ResidentRef),
  next: NullableText,
})
export const HouseholdSchema = Type.Object({
  household: Type.Object({
    id: Type.Integer(),
    communeCode: Text,
    communeName: NullableText,
    address: Text,
  }),
  members: Type.Array(ResidentRef),
})
export const MovementsSchema = Type.Object({
  movements: Type.Array(
    Type.Object({
      kind: Text,
      occurredOn: Text,
      communeCode: Text,
      communeName: NullableText,
      otherProvinceCode: NullableText,
      otherProvinceName: NullableText,
      // A temporary residence or absence: its last day, and its address or destination.
      untilOn: NullableText,
      place: NullableText,
    }),
  ),
})
