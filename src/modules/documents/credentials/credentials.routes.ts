import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { verifySdJwtPresentation } from '../../../platform/crypto/sd-jwt.js'
import type { Database } from '../../../platform/db/database.js'
import { errorResponses } from '../../../platform/http/errors.js'
import type { CredentialIssuer } from './credential-issuer.js'
import { isPlatformCredentialType } from './credential-types.js'
import { presentationRefused } from './credentials.errors.js'
import { issueDocumentCredential } from './document-credential.service.js'
import {
  DocumentParams,
  IssueBody,
  IssuedCredential,
  IssuerMetadata,
  VerifiedPresentation,
  VerifyBody,
} from './credentials.schemas.js'
import { issueIdentityCredential } from './identity-credential.service.js'

const tags = ['documents']
const isoOf = (seconds: number) => new Date(seconds * 1000).toISOString()

/**
 * Selective-disclosure credentials (SD-JWT VC): issued to the signed-in resident for their
 * device's key, verified by anyone (the check is offline; this route spares a verifier the code).
 */
export const credentialRoutes =
  ({
    database,
    issuer,
  }: {
    database: Database
    issuer: CredentialIssuer
  }): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/me/credentials/identity',
      {
        schema: {
          tags,
          summary: 'Thẻ định danh số có thể trình từng phần / My selective-disclosure identity',
          body: IssueBody,
          response: { 201: IssuedCredential, ...errorResponses(400, 401, 403, 404, 422) },
        },
        config: { access: 'me.read' },
      },
      async (request, reply) => {
        const issued = await issueIdentityCredential(database.db, issuer, {
          principal: request.principal!,
          holderKey: request.body.holderKey,
        })
        return reply.code(201).send({ ...issued, expiresAt: issued.expiresAt.toISOString() })
      },
    )

    app.post(
      '/me/credentials/documents/:id',
      {
        schema: {
          tags,
          summary: 'Giấy tờ trong kho dưới dạng thẻ số / A vault document as a credential',
          params: DocumentParams,
          body: IssueBody,
          response: { 201: IssuedCredential, ...errorResponses(400, 401, 403, 404, 422) },
        },
        config: { access: 'me.read' },
      },
      async (request, reply) => {
        const issued = await issueDocumentCredential(database.db, issuer, {
          principal: request.principal!,
          documentId: request.params.id,
          holderKey: request.body.holderKey,
        })
        return reply.code(201).send({ ...issued, expiresAt: issued.expiresAt.toISOString() })
      },
    )

    app.post(
      '/documents/credentials/verify',
      {
        schema: {
          tags,
          summary: 'Kiểm tra bản trình thẻ số / Verify a credential presentation',
          body: VerifyBody,
          response: { 200: VerifiedPresentation, ...errorResponses(400, 422) },
        },
        config: { access: 'public' },
      },
      async (request) => {
        const result = await verifySdJwtPresentation(request.body.presentation, {
          jwks: issuer.keys.publicJwks(),
          issuer: issuer.issuer,
          acceptsType: isPlatformCredentialType,
          audience: request.body.audience,
          nonce: request.body.nonce,
        })
        if (!result.valid) throw presentationRefused(result.reason)
        return {
          valid: true as const,
          credentialType: result.credentialType,
          issuer: result.issuer,
          claims: result.claims,
          issuedAt: isoOf(result.issuedAt),
          expiresAt: isoOf(result.expiresAt),
          presentedAt: isoOf(result.presentedAt),
          audience: result.audience,
        }
      },
    )
  }

/**
 * The issuer's metadata where the SD-JWT VC draft puts it (§5: the well-known path before the
 * issuer's own path, empty here), with the keys inline so one fetch equips an offline verifier.
 */
export const issuerMetadataRoutes =
  (issuer: CredentialIssuer): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/.well-known/jwt-vc-issuer',
      {
        schema: {
          tags,
          summary: 'Khoá công khai của cơ quan cấp thẻ số / SD-JWT VC issuer metadata and keys',
          response: { 200: IssuerMetadata },
        },
        config: { access: 'public' },
      },
      async (_request, reply) => {
        // Keys change only at a rotation, announced ahead: verifiers may keep them a day.
        void reply.header('cache-control', 'public, max-age=3600')
        return { issuer: issuer.issuer, jwks: issuer.keys.publicJwks() }
      },
    )
  }
