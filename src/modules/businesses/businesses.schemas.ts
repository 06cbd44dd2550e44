import { Type, type Static } from '@sinclair/typebox'
import { TRADES } from './trades.reference.js'

const Strict = { additionalProperties: false } as const
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) =>
  Type.Union([schema, Type.Null()])

const Status = Type.Union([Type.Literal('active'), Type.Literal('ended')])
const TradeCode = Type.Union(TRADES.map((t) => Type.Literal(t.code)))
const CommuneCode = Type.String({ pattern: '^[0-9]{5}$', description: 'a commune in force today' })
const ShopUrl = Type.String({
  maxLength: 500,
  pattern: '^https://[^\\s/?#@]+\\.[^\\s/?#@]+([/?#]\\S*)?$',
  description: 'the shop on a marketplace, https only',
})

export const BusinessParams = Type.Object({ id: Type.String({ format: 'uuid' }) })

export const TradeSchema = Type.Object({
  code: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  marketplace: Type.Boolean({ description: 'a tourism or local specialty trade (model 22)' }),
})

export const NewBusinessBody = Type.Object(
  {
    registrationNumber: Type.String({
      pattern: '^[0-9A-Z][0-9A-Z-]{5,19}$',
      description: 'as on the certificate of registration, e.g. 47A8001234',
    }),
    name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    ownerNumber: Type.String({
      pattern: '^[0-9]{12}$',
      description: "the owner's personal number",
    }),
    communeCode: CommuneCode,
    address: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' }),
    tradeCode: TradeCode,
    shopUrl: Type.Optional(ShopUrl),
  },
  Strict,
)
export type NewBusiness = Static<typeof NewBusinessBody>

export const EndBusinessBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }) },
  Strict,
)

export const BusinessListQuery = Type.Object(
  {
    communeCode: Type.Optional(CommuneCode),
    status: Type.Optional(Status),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, description: 'default 100' })),
  },
  Strict,
)

/**
 * A business as officers read it. Its owner's number is not sent back: the register is read
 * for the business, and a read of personal data would need a purpose and an audit entry.
 */
export const BusinessSchema = Type.Object({
  id: Type.String(),
  registrationNumber: Type.String(),
  name: Type.String(),
  communeCode: Type.String(),
  provinceCode: Type.String(),
  address: Type.String(),
  tradeCode: Type.String(),
  marketplace: Type.Boolean(),
  shopUrl: Nullable(Type.String()),
  status: Status,
  registeredAt: Type.String(),
  endedAt: Nullable(Type.String()),
  endReason: Nullable(Type.String()),
})

export const SellersQuery = Type.Object({ communeCode: Type.Optional(CommuneCode) }, Strict)

/** What the public reads of a verified seller: never its owner. */
export const SellerSchema = Type.Object({
  name: Type.String(),
  tradeCode: Type.String(),
  tradeVi: Type.String(),
  tradeEn: Type.String(),
  communeCode: Type.String(),
  communeName: Type.String(),
  shopUrl: Type.String(),
})

export const SellersByCommuneSchema = Type.Array(
  Type.Object({
    communeCode: Type.String(),
    communeName: Type.String(),
    sellers: Type.Array(SellerSchema),
  }),
)
