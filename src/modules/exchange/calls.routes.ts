import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { requirePrincipal } from '../../platform/auth/access.js'
import type { Executor } from '../../platform/db/database.js'
import { errorResponses as errors } from '../../platform/http/errors.js'
import type { CallRow } from './call-log.queries.js'
import { listCalls } from './call-log.service.js'
import { Call, CallsQuery } from './exchange.schemas.js'

const presentCall = (c: CallRow) => ({
  chainIndex: c.chainIndex,
  requestId: c.requestId,
  occurredAt: c.occurredAt.toISOString(),
  consumerCode: c.consumerCode,
  clientId: c.clientId,
  providerCode: c.providerCode,
  serviceCode: c.serviceCode,
  purpose: c.purpose,
  status: c.status,
  errorCode: c.errorCode,
  durationMs: c.durationMs,
  requestSha256: c.requestSha256,
  responseSha256: c.responseSha256,
  hash: c.hash,
})

const optionalDate = (value: string | undefined) =>
  value === undefined ? undefined : new Date(value)

/** The call log, for members' administrators (their own calls) and administrators (all). */
export const callRoutes =
  (db: Executor): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/calls',
      {
        schema: {
          tags: ['exchange'],
          summary: 'Nhật ký cuộc gọi qua trục / The gateway call log',
          querystring: CallsQuery,
          response: { 200: Type.Array(Call), ...errors(400, 401, 403) },
        },
        config: { access: 'exchange.read' },
      },
      async (request) => {
        const { from, to, limit, ...rest } = request.query
        const calls = await listCalls(db, requirePrincipal(request), {
          ...rest,
          from: optionalDate(from),
          to: optionalDate(to),
          limit: limit ?? 100,
        })
        return calls.map(presentCall)
      },
    )
  }
