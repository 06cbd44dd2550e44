import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { requirePrincipal } from '../../platform/auth/access.js'
import type { Database } from '../../platform/db/database.js'
import { errorResponses } from '../../platform/http/errors.js'
import {
  AdminUnitListSchema,
  AdminUnitSchema,
  AdminUnitWithParentsSchema,
  AsOfQuery,
  HouseholdSchema,
  MovementsSchema,
  PurposeQuery,
  ResidentPageSchema,
  ResidentParams,
  ResidentSchema,
  ResidentSearchQuery,
  SuccessorsSchema,
  UnitParams,
  UnitsQuery,
} from './population.schemas.js'
import {
  readHousehold,
  readMovements,
  readResident,
  searchInJurisdiction,
  type ReadContext,
} from './residents/registry-http.service.js'
import { getUnit, listUnits, resolveAsOf, resolveSuccessors } from './units/units.service.js'

const errors = errorResponses(400, 401, 403, 404, 422)
const tags = ['population']
// Administrative units are public reference data.
const PUBLIC = { access: 'public' }

const readContext = (request: FastifyRequest, purpose: string): ReadContext => ({
  principal: requirePrincipal(request),
  purpose,
  ip: request.ip,
})

/**
 * Routes of the population module: public reference data (administrative units), and the
 * registry for officers, inside their jurisdiction, each read audited with its purpose.
 */
export const populationRoutes =
  (database: Database): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.addSchema(AdminUnitSchema)
    app.addSchema(ResidentSchema)

    app.get(
      '/residents',
      {
        schema: {
          tags,
          summary: 'Tìm công dân trong địa bàn / Search residents in your jurisdiction',
          querystring: ResidentSearchQuery,
          response: { 200: ResidentPageSchema, ...errors },
        },
        config: { access: 'population.resident.search' },
      },
      async (req) =>
        searchInJurisdiction(database, readContext(req, req.query.purpose), {
          name: req.query.name,
          birthDate: req.query.birthDate,
          unitCode: req.query.unit,
          limit: req.query.limit,
          after: req.query.after,
        }),
    )

    app.get(
      '/residents/:number',
      {
        schema: {
          tags,
          summary: 'Thông tin công dân / A resident’s record',
          params: ResidentParams,
          querystring: PurposeQuery,
          response: { 200: ResidentSchema, ...errors },
        },
        config: { access: 'population.resident.read' },
      },
      async (req) => readResident(database, readContext(req, req.query.purpose), req.params.number),
    )

    app.get(
      '/residents/:number/household',
      {
        schema: {
          tags,
          summary: 'Hộ gia đình / The resident’s household',
          params: ResidentParams,
          querystring: PurposeQuery,
          response: { 200: HouseholdSchema, ...errors },
        },
        config: { access: 'population.resident.read' },
      },
      async (req) =>
        readHousehold(database, readContext(req, req.query.purpose), req.params.number),
    )

    app.get(
      '/residents/:number/movements',
      {
        schema: {
          tags,
          summary: 'Biến động cư trú / Registry movements',
          params: ResidentParams,
          querystring: PurposeQuery,
          response: { 200: MovementsSchema, ...errors },
        },
        config: { access: 'population.resident.read' },
      },
      async (req) => ({
        movements: await readMovements(
          database,
          readContext(req, req.query.purpose),
          req.params.number,
        ),
      }),
    )

    app.get(
      '/units',
      {
        schema: {
          tags,
          summary: 'Đơn vị hành chính con / Child units (provinces when parent is omitted)',
          querystring: UnitsQuery,
          response: { 200: AdminUnitListSchema, ...errors },
        },
        config: PUBLIC,
      },
      async (req) => {
        const asOf = resolveAsOf(req.query.asOf)
        return { asOf, units: await listUnits(database.db, req.query.parent, asOf) }
      },
    )

    app.get(
      '/units/:code',
      {
        schema: {
          tags,
          summary: 'Một đơn vị hành chính và các cấp trên / One unit with its parent chain',
          params: UnitParams,
          querystring: AsOfQuery,
          response: { 200: AdminUnitWithParentsSchema, ...errors },
        },
        config: PUBLIC,
      },
      async (req) => getUnit(database.db, req.params.code, resolveAsOf(req.query.asOf)),
    )

    app.get(
      '/units/:code/successors',
      {
        schema: {
          tags,
          summary: 'Đơn vị kế thừa của một mã cũ / The unit(s) an old code became',
          params: UnitParams,
          querystring: AsOfQuery,
          response: { 200: SuccessorsSchema, ...errors },
        },
        config: PUBLIC,
      },
      async (req) => {
        const asOf = resolveAsOf(req.query.asOf)
        return { asOf, ...(await resolveSuccessors(database.db, req.params.code, asOf)) }
      },
    )
  }
