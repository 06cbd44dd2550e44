import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { Principal } from '../../../platform/auth/principal.js'
import type { Database } from '../../../platform/db/database.js'
import { errorResponses } from '../../../platform/http/errors.js'
import {
  ACTING_ESTABLISHMENT,
  actingEstablishment,
  auditActor,
  commitAudits,
} from '../../audit/index.js'
import { getResident } from '../../population/index.js'
import { findAccountById } from '../accounts/accounts.queries.js'
import { accountNotFound, tokenRefused, tokenReplayed } from '../identity.errors.js'
import { consumeIdentityToken } from './identity-token.queries.js'
import type { IdentityKeyRing } from './identity-token-ring.js'

export interface QrRouteOptions {
  database: Database
  keys: IdentityKeyRing
  issuer: string
  lifetimeSeconds: number
}

const tags = ['identity']
const errors = errorResponses(400, 401, 404, 409, 422)
const Jwks = Type.Object({ keys: Type.Array(Type.Object({}, { additionalProperties: true })) })
const IssuedToken = Type.Object({ token: Type.String(), expiresAt: Type.String() })
const VerifyBody = Type.Object(
  {
    token: Type.String({ maxLength: 4000 }),
    singleUse: Type.Optional(Type.Boolean({ description: 'refuse a token already presented' })),
    verifier: Type.Optional(
      Type.String({ maxLength: 120, description: 'who checks, kept with the use' }),
    ),
  },
  { additionalProperties: false },
)
const Verified = Type.Object({
  valid: Type.Literal(true),
  identity: Type.Object({
    personalNumber: Type.String(),
    fullName: Type.String(),
    birthDate: Type.String(),
    sex: Type.String(),
    eidLevel: Type.Integer(),
  }),
  expiresAt: Type.String(),
})

/**
 * A verifier who says who they are (a partner's token, an establishment's session) is named to
 * the person in "who viewed my data"; written durably before the identity leaves. An anonymous
 * verifier learns only what the token itself carries, as anyone verifying offline does.
 */
async function auditVerification(
  database: Database,
  verifier: Principal,
  claims: { sub: string; jti: string },
  ip: string,
): Promise<void> {
  await commitAudits(database, [
    {
      actor: auditActor(verifier),
      subjectPersonalNumber: claims.sub,
      action: 'identity.token.verify',
      purpose: 'identity_verification',
      summary: { tokenId: claims.jti, [ACTING_ESTABLISHMENT]: actingEstablishment(verifier) },
      sourceIp: ip,
    },
  ])
}

/** The identity QR: issued to the signed-in resident, verified offline (keys) or online. */
export const qrRoutes =
  ({ database, keys, issuer, lifetimeSeconds }: QrRouteOptions): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/keys',
      {
        schema: {
          tags,
          summary: 'Khoá công khai để kiểm tra mã QR / Public keys to verify identity QR codes',
          response: { 200: Jwks },
        },
        config: { access: 'public' },
      },
      async () => keys.publicJwks(),
    )

    app.post(
      '/qr',
      {
        schema: {
          tags,
          summary: 'Mã QR định danh của tôi / My identity QR token',
          response: { 201: IssuedToken, ...errors },
        },
        config: { access: 'me.read' },
      },
      async (request, reply) => {
        const account = request.principal
          ? await findAccountById(database.db, request.principal.accountId)
          : undefined
        if (!account) throw accountNotFound()
        const resident = await getResident(database.db, account.personalNumber)
        const subject = {
          sub: resident.personalNumber,
          name: resident.fullName,
          bd: resident.birthDate,
          sex: resident.sex,
          lvl: account.level === 2 ? 2 : 1,
        } as const
        const signed = await keys.sign(subject, { issuer, lifetimeSeconds })
        return reply.code(201).send({
          token: signed.token,
          expiresAt: new Date(signed.claims.exp * 1000).toISOString(),
        })
      },
    )

    app.post(
      '/verify',
      {
        schema: {
          tags,
          summary: 'Kiểm tra mã QR định danh / Verify an identity QR token',
          body: VerifyBody,
          response: { 200: Verified, ...errors },
        },
        config: { access: 'public', identifiesCaller: true },
      },
      async (request) => {
        const result = keys.verify(request.body.token, { issuer })
        if (!result.valid) throw tokenRefused(result.reason, result.message)
        if (request.body.singleUse) {
          const use = await consumeIdentityToken(
            database.db,
            result.claims,
            request.body.verifier ?? null,
          )
          if (use === 'replayed') throw tokenReplayed()
        }
        const c = result.claims
        if (request.principal) await auditVerification(database, request.principal, c, request.ip)
        return {
          valid: true as const,
          identity: {
            personalNumber: c.sub,
            fullName: c.name,
            birthDate: c.bd,
            sex: c.sex,
            eidLevel: c.lvl,
          },
          expiresAt: new Date(c.exp * 1000).toISOString(),
        }
      },
    )
  }
