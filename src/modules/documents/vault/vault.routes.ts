import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requirePersonalNumber } from '../../../platform/auth/access.js'
import type { Executor } from '../../../platform/db/database.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import { getMyDocument, listMyDocuments, myDocumentFile } from './my-vault.js'
import { SCAN_LIMIT_BYTES } from './scan.js'
import type { AgencyNamer } from './vault.presenters.js'
import { uploadScan } from './upload.js'
import {
  DocumentParams,
  FileSchema,
  UploadQuery,
  VaultDocumentSchema,
  VaultListSchema,
} from './vault.schemas.js'

const tags = ['documents']
const READ = { access: 'me.read' }
const MANAGE = { access: 'me.manage' }

// Any declared type reaches the content check: a file's type is what its bytes say.
const UPLOAD_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'application/octet-stream']

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
}

/** The resident's vault under /api/v1/me/documents. */
export const myVaultRoutes =
  (db: Executor, agencyNames: AgencyNamer): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.addContentTypeParser(
      UPLOAD_TYPES,
      // Room above the limit, so that a file just over it gets the vault's own refusal.
      { parseAs: 'buffer', bodyLimit: 2 * SCAN_LIMIT_BYTES },
      (_request, body, done) => {
        done(null, body)
      },
    )
    app.get(
      '/documents',
      {
        schema: {
          tags,
          summary: 'Kho giấy tờ của tôi / My document vault',
          response: { 200: VaultListSchema, ...errors(401, 403) },
        },
        config: READ,
      },
      async (request) => ({
        documents: await listMyDocuments(db, requirePersonalNumber(request), agencyNames),
      }),
    )
    app.get(
      '/documents/:id',
      {
        schema: {
          tags,
          summary: 'Một giấy tờ trong kho / One document of my vault',
          params: DocumentParams,
          response: { 200: VaultDocumentSchema, ...errors(400, 401, 403, 404) },
        },
        config: READ,
      },
      async (request) =>
        getMyDocument(
          db,
          { ownerNumber: requirePersonalNumber(request), id: request.params.id },
          agencyNames,
        ),
    )
    app.get(
      '/documents/:id/file',
      {
        schema: {
          tags,
          summary: 'Tải tệp của giấy tờ / Download the document’s file',
          params: DocumentParams,
          response: { 200: FileSchema, ...errors(400, 401, 403, 404) },
        },
        config: READ,
      },
      async (request, reply) => {
        const file = await myDocumentFile(db, requirePersonalNumber(request), request.params.id)
        return reply
          .type(file.mediaType)
          .header(
            'content-disposition',
            `attachment; filename="giay-to-${request.params.id}.${EXTENSIONS[file.mediaType] ?? 'bin'}"`,
          )
          .send(file.content)
      },
    )
    app.post(
      '/documents',
      {
        schema: {
          tags,
          summary:
            'Tải lên bản quét giấy tờ (PDF, JPEG, PNG; chưa xác thực) / Upload a scan (not verified)',
          querystring: UploadQuery,
          response: { 201: VaultDocumentSchema, ...errors(400, 401, 403, 413, 415, 422) },
        },
        config: MANAGE,
      },
      async (request, reply) => {
        const owner = requirePersonalNumber(request)
        const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0)
        const id = await uploadScan(db, owner, { content, ...request.query })
        return reply
          .code(201)
          .send(await getMyDocument(db, { ownerNumber: owner, id }, agencyNames))
      },
    )
  }
