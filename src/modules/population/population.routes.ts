import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Database } from '../../platform/db/database.js'
import {
  AdminUnitListSchema,
  AdminUnitSchema,
  AdminUnitWithParentsSchema,
  AsOfQuery,
  SuccessorsSchema,
  UnitParams,
  UnitsQuery,
} from './population.schemas.js'
import { getUnit, listUnits, resolveAsOf, resolveSuccessors } from './units.service.js'

const errors = {
  400: { $ref: 'ErrorEnvelope#' },
  404: { $ref: 'ErrorEnvelope#' },
  422: { $ref: 'ErrorEnvelope#' },
}
const tags = ['population']
// Administrative units are public reference data.
const PUBLIC = { access: 'public' }

/**
 * Routes of the population module. Only public reference data for now: routes returning personal
 * data wait for access control and the audit trail.
 */
export const populationRoutes =
  (database: Database): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.addSchema(AdminUnitSchema)

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
