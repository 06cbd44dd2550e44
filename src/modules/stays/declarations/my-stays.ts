import { Type, type Static } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requirePersonalNumber } from '../../../platform/auth/access.js'
import type { Executor } from '../../../platform/db/database.js'
import { AppError, errorResponses } from '../../../platform/http/errors.js'
import { getUnit, resolveAsOf } from '../../population/index.js'
import { findStaysOfPerson } from './declarations.queries.js'
import { decodePosition, pageOf } from '../watch-list/watch-list-cursor.js'

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) =>
  Type.Union([schema, Type.Null()])

export const MyStaysQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    after: Type.Optional(
      Type.String({ maxLength: 200, description: 'next, from the previous page' }),
    ),
  },
  { additionalProperties: false },
)

export const MyStaysSchema = Type.Object({
  stays: Type.Array(
    Type.Object({
      id: Type.String(),
      establishment: Type.Object({
        name: Type.String(),
        typeCode: Type.String(),
        typeName: Type.String({ description: 'Vietnamese / English' }),
      }),
      commune: Type.Object({ code: Type.String(), name: Type.String() }),
      room: Nullable(Type.String()),
      arrivalAt: Type.String(),
      expectedDepartureAt: Nullable(Type.String()),
      departedAt: Nullable(Type.String()),
      late: Type.Boolean({ description: 'the place declared the stay after the deadline' }),
    }),
    { description: 'latest arrival first' },
  ),
  next: Nullable(Type.String()),
})
export type MyStays = Static<typeof MyStaysSchema>

/**
 * Today's name of each commune (a few per page), looked up once each; a commune merged away since
 * the stay keeps its code, which the registry's history still explains.
 */
async function communeNames(db: Executor, codes: string[]): Promise<Map<string, string>> {
  const today = resolveAsOf(undefined)
  const names = new Map<string, string>()
  for (const code of new Set(codes)) {
    const unit = await getUnit(db, code, today).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'POPULATION_UNIT_NOT_FOUND') return undefined
      throw error
    })
    if (unit) names.set(code, unit.name)
  }
  return names
}

const iso = (at: Date | null): string | null => at?.toISOString() ?? null

/**
 * Where the resident has been declared as a guest, latest first. Reading one's own stays leaves
 * no audit entry (nobody else looked).
 * @throws STAY_CURSOR_INVALID
 */
export async function getMyStays(
  db: Executor,
  personalNumber: string,
  page: Static<typeof MyStaysQuery>,
): Promise<MyStays> {
  const limit = page.limit ?? 20
  const rows = await findStaysOfPerson(db, {
    personalNumber,
    after: decodePosition(page.after),
    limit,
  })
  const { items, next } = pageOf(rows, limit)
  const names = await communeNames(
    db,
    items.map((s) => s.communeCode),
  )
  return {
    stays: items.map((s) => ({
      id: s.id,
      establishment: {
        name: s.establishmentName,
        typeCode: s.typeCode,
        typeName: `${s.typeNameVi} / ${s.typeNameEn}`,
      },
      commune: { code: s.communeCode, name: names.get(s.communeCode) ?? s.communeCode },
      room: s.room,
      arrivalAt: s.arrivalAt.toISOString(),
      expectedDepartureAt: iso(s.expectedDepartureAt),
      departedAt: iso(s.departedAt),
      late: s.late,
    })),
    next,
  }
}

/** `GET /stays` under /api/v1/me: the resident's own stays. */
export const myStayRoutes =
  (db: Executor): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/stays',
      {
        schema: {
          tags: ['me'],
          summary: 'Nơi tôi đã lưu trú / Where I have stayed',
          querystring: MyStaysQuery,
          response: { 200: MyStaysSchema, ...errorResponses(400, 401) },
        },
        config: { access: 'me.read' },
      },
      async (request) => {
        const personalNumber = requirePersonalNumber(request)
        return getMyStays(db, personalNumber, request.query)
      },
    )
  }
