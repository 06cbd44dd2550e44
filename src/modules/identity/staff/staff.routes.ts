import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { requirePrincipal } from '../../../platform/auth/access.js'
import type { Database } from '../../../platform/db/database.js'
import { errorResponses } from '../../../platform/http/errors.js'
import {
  GrantBody,
  GrantListQuery,
  GrantParams,
  RevokeBody,
  StaffGrantPageSchema,
  StaffGrantSchema,
} from './staff.schemas.js'
import {
  grantStaffRole,
  listStaffGrants,
  revokeStaffGrant,
  type StaffGrant,
  type StaffManager,
} from './staff.service.js'

const errors = errorResponses
const tags = ['identity']
const ACCESS = { access: 'identity.staff.manage' }

function administrator(request: FastifyRequest): StaffManager {
  return { kind: 'administrator', principal: requirePrincipal(request), ip: request.ip }
}

const presentGrant = (grant: StaffGrant) => ({
  ...grant,
  grantedAt: grant.grantedAt.toISOString(),
  revokedAt: grant.revokedAt?.toISOString() ?? null,
})

/** Staff administration: roles granted to residents' accounts, within the administrator's units. */
export const staffRoutes =
  (database: Database): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/grants',
      {
        schema: {
          tags,
          summary: 'Giao vai trò cho cán bộ / Grant a role to a staff member',
          body: GrantBody,
          response: { 201: StaffGrantSchema, ...errors(400, 401, 403, 409, 422) },
        },
        config: ACCESS,
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(presentGrant(await grantStaffRole(database, administrator(request), request.body))),
    )
    app.get(
      '/grants',
      {
        schema: {
          tags,
          summary: 'Danh sách vai trò đã giao / Granted roles',
          querystring: GrantListQuery,
          response: { 200: StaffGrantPageSchema, ...errors(400, 401, 403) },
        },
        config: ACCESS,
      },
      async (request) => {
        const { unit, ...query } = request.query
        const page = await listStaffGrants(database, administrator(request), {
          ...query,
          unitCode: unit,
        })
        return { grants: page.grants.map(presentGrant), next: page.next }
      },
    )
    app.post(
      '/grants/:grantId/revocation',
      {
        schema: {
          tags,
          summary: 'Thu hồi vai trò / Revoke a grant',
          params: GrantParams,
          body: RevokeBody,
          response: { 200: StaffGrantSchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: ACCESS,
      },
      async (request) =>
        presentGrant(
          await revokeStaffGrant(database, administrator(request), {
            grantId: request.params.grantId,
            reason: request.body.reason,
          }),
        ),
    )
  }
