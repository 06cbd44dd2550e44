import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { assertJurisdiction, requirePrincipal } from '../../platform/auth/access.js'
import type { Principal } from '../../platform/auth/principal.js'
import type { Executor } from '../../platform/db/database.js'
import { errorResponses } from '../../platform/http/errors.js'
import { provinceOfCommune } from '../population/index.js'
import {
  disableClient,
  listClients,
  registerClient,
  rotateClientSecret,
  type RegistryContext,
} from './sso.clients.service.js'
import {
  ClientParams,
  ClientSummarySchema,
  NewClientBody,
  RegisteredClientSchema,
} from './sso.schemas.js'

export type ClientRouteOptions = RegistryContext

const tags = ['sso']
const MANAGE = { access: 'sso.clients.manage' }

/** A machine client acts over units: only ones the administrator's own grant covers. */
async function assertUnitsCovered(db: Executor, admin: Principal, unitCodes: string[]) {
  for (const code of unitCodes) {
    const provinceCode = await provinceOfCommune(db, code)
    assertJurisdiction(admin, 'sso.clients.manage', { communeCode: code, provinceCode })
  }
}

/** The client registry, for administrators. */
export const clientRoutes =
  (registry: ClientRouteOptions): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { db } = registry
    app.post(
      '/clients',
      {
        schema: {
          tags,
          summary: 'Đăng ký ứng dụng / Register a client',
          body: NewClientBody,
          response: {
            201: RegisteredClientSchema,
            ...errorResponses(400, 401, 403, 404, 409, 422),
          },
        },
        config: MANAGE,
      },
      async (request, reply) => {
        const admin = requirePrincipal(request)
        await assertUnitsCovered(db, admin, request.body.unitCodes ?? [])
        const client = await registerClient(registry, {
          ...request.body,
          createdBy: admin.accountId,
        })
        return reply.code(201).send(client)
      },
    )

    app.get(
      '/clients',
      {
        schema: {
          tags,
          summary: 'Danh sách ứng dụng / List clients',
          response: { 200: Type.Array(ClientSummarySchema), ...errorResponses(401, 403) },
        },
        config: MANAGE,
      },
      async () =>
        (await listClients(db)).map((c) => ({
          ...c,
          createdAt: c.createdAt.toISOString(),
          disabledAt: c.disabledAt?.toISOString() ?? null,
        })),
    )

    app.post(
      '/clients/:clientId/secret',
      {
        schema: {
          tags,
          summary: 'Đổi khoá bí mật / Rotate the secret',
          params: ClientParams,
          response: { 200: RegisteredClientSchema, ...errorResponses(401, 403, 404, 422) },
        },
        config: MANAGE,
      },
      async (request) => rotateClientSecret(registry, request.params.clientId),
    )

    app.delete(
      '/clients/:clientId',
      {
        schema: {
          tags,
          summary: 'Vô hiệu hoá ứng dụng / Disable a client',
          params: ClientParams,
          response: { 204: Type.Null(), ...errorResponses(401, 403, 404) },
        },
        config: MANAGE,
      },
      async (request, reply) => {
        await disableClient(registry, request.params.clientId, requirePrincipal(request).accountId)
        return reply.code(204).send(null)
      },
    )
  }
