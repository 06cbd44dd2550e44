import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { requirePersonalNumber } from '../../../platform/auth/access.js'
import type { Database } from '../../../platform/db/database.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import type { AgencyNamer } from '../vault/vault.presenters.js'
import { DocumentParams, FileSchema } from '../vault/vault.schemas.js'
import { openSharedDocument, openSharedFile } from './open-shared.js'
import { listShares, revokeShare, shareDocument } from './shares.js'
import {
  CreatedShareSchema,
  SecretParams,
  ShareBody,
  SharedDocumentSchema,
  ShareListSchema,
  ShareParams,
} from './sharing.schemas.js'

const tags = ['documents']

/** The resident's share links under /api/v1/me/documents/:id/shares. */
export const myShareRoutes =
  (database: Database, options: { publicUrl: string }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { db } = database
    app.post(
      '/documents/:id/shares',
      {
        schema: {
          tags,
          summary:
            'Chia sẻ một giấy tờ bằng đường dẫn có thời hạn / Share one document through a link that expires',
          params: DocumentParams,
          body: ShareBody,
          response: { 201: CreatedShareSchema, ...errors(400, 401, 403, 404) },
        },
        config: { access: 'me.manage' },
      },
      async (request, reply) => {
        const share = await shareDocument(db, {
          ownerNumber: requirePersonalNumber(request),
          documentId: request.params.id,
          hours: request.body.hours,
          publicUrl: options.publicUrl,
          now: new Date(),
        })
        return reply.code(201).send(share)
      },
    )
    app.get(
      '/documents/:id/shares',
      {
        schema: {
          tags,
          summary:
            'Các lần chia sẻ một giấy tờ và lượt mở / The document’s share links and their openings',
          params: DocumentParams,
          response: { 200: ShareListSchema, ...errors(400, 401, 403, 404) },
        },
        config: { access: 'me.read' },
      },
      async (request) => ({
        shares: await listShares(db, requirePersonalNumber(request), request.params.id, new Date()),
      }),
    )
    app.delete(
      '/documents/:id/shares/:shareId',
      {
        schema: {
          tags,
          summary: 'Thu hồi đường dẫn chia sẻ / Revoke a share link',
          params: ShareParams,
          response: { 204: Type.Null(), ...errors(400, 401, 403, 404) },
        },
        config: { access: 'me.manage' },
      },
      async (request, reply) => {
        await revokeShare(db, {
          ownerNumber: requirePersonalNumber(request),
          documentId: request.params.id,
          id: request.params.shareId,
        })
        return reply.code(204).send(null)
      },
    )
  }

/** Shared documents opened by link, without signing in, under /api/v1/documents/shared. */
export const sharedRoutes =
  (database: Database, agencyNames: AgencyNamer): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/shared/:secret',
      {
        schema: {
          tags,
          summary: 'Mở giấy tờ được chia sẻ / Open a shared document',
          params: SecretParams,
          response: { 200: SharedDocumentSchema, ...errors(400, 404, 410) },
        },
        config: { access: 'public' },
      },
      async (request, reply) => {
        const shared = await openSharedDocument(
          database,
          { secret: request.params.secret, ip: request.ip, now: new Date() },
          agencyNames,
        )
        return reply.header('cache-control', 'no-store').send(shared)
      },
    )
    app.get(
      '/shared/:secret/file',
      {
        schema: {
          tags,
          summary: 'Tệp của giấy tờ được chia sẻ / The shared document’s file',
          params: SecretParams,
          response: { 200: FileSchema, ...errors(400, 404, 410) },
        },
        config: { access: 'public' },
      },
      async (request, reply) => {
        const file = await openSharedFile(database, {
          secret: request.params.secret,
          ip: request.ip,
          now: new Date(),
        })
        return reply
          .type(file.mediaType)
          .header('cache-control', 'no-store')
          .header('content-disposition', 'inline')
          .send(file.content)
      },
    )
  }
