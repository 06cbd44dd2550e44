import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { requirePrincipal } from '../../../platform/auth/access.js'
import type { Database } from '../../../platform/db/database.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import { issueDocument } from './issue.js'
import { SCAN_LIMIT_BYTES } from './scan.js'
import { IssueBody } from './vault.schemas.js'

const Issued = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  issuerAgency: Type.String(),
  issuedOn: Type.String(),
})

/** Agencies' systems issue documents into residents' vaults under /api/v1/documents. */
export const issueRoutes =
  (database: Database): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/issued',
      {
        // A PDF up to the vault's limit, in base64, and the fields around it.
        bodyLimit: 2 * SCAN_LIMIT_BYTES,
        schema: {
          tags: ['documents'],
          summary:
            'Cấp giấy tờ vào kho dữ liệu của công dân (hệ thống của cơ quan) / Issue a document into a resident’s vault',
          body: IssueBody,
          response: { 201: Issued, ...errors(400, 401, 403, 404, 413, 415, 422) },
        },
        config: { access: 'documents.issue' },
      },
      async (request, reply) => {
        const { pdf, ...issuance } = request.body
        const issued = await issueDocument(
          database,
          { principal: requirePrincipal(request), ip: request.ip },
          { ...issuance, pdf: pdf === undefined ? undefined : Buffer.from(pdf, 'base64') },
        )
        return reply.code(201).send(issued)
      },
    )
  }
