import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requirePrincipal } from '../../../platform/auth/access.js'
import type { Database } from '../../../platform/db/database.js'
import { errorResponses } from '../../../platform/http/errors.js'
import { NumberParams } from '../identity.schemas.js'
import { recordPartnerLink } from './links.service.js'

const Kind = Type.Union([Type.Literal('paymentAccount'), Type.Literal('digitalSignature')])
const LinkBody = Type.Object(
  {
    kind: Kind,
    on: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD, Vietnam day' }),
  },
  { additionalProperties: false },
)
const LinkRecorded = Type.Object({ kind: Kind, provider: Type.String(), on: Type.String() })

/** Partner systems record model 23's e-payment account and digital signature on the account. */
export const linkRoutes =
  (database: Database): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/accounts/:personalNumber/links',
      {
        schema: {
          tags: ['identity'],
          summary:
            'Ghi nhận tài khoản thanh toán / chữ ký số (mô hình 23) / Record a payment account or signature (model 23)',
          params: NumberParams,
          body: LinkBody,
          response: { 200: LinkRecorded, ...errorResponses(400, 401, 403, 404, 422) },
        },
        config: { access: 'identity.links.record' },
      },
      async (request) => {
        return recordPartnerLink(
          database,
          { principal: requirePrincipal(request), ip: request.ip },
          request.params.personalNumber,
          request.body,
        )
      },
    )
  }
