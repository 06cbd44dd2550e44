import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { Database } from '../../platform/db/database.js'
import { readSignedHead } from './head.js'
import { auditKeys } from './keys.js'

const Jwks = Type.Object({ keys: Type.Array(Type.Object({}, { additionalProperties: true })) })
const PublishedHead = Type.Object({
  head: Type.Union([
    Type.Object({
      count: Type.Integer(),
      head: Type.String(),
      at: Type.String(),
      jws: Type.String({ description: 'compact ES256 JWS, typ cds-audit-head+jws' }),
    }),
    Type.Null(),
  ]),
  keys: Jwks,
})

/**
 * The latest signed head of the audit chain and the keys that check it, for anyone: an auditor
 * who keeps heads can later show that the chain was cut or rewritten. Only a count, a hash and a
 * time: nothing about anyone, so no role is asked for.
 */
export const auditHeadRoutes =
  (database: Database): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/head',
      {
        schema: {
          tags: ['audit'],
          summary: 'Đầu chuỗi nhật ký kiểm toán đã ký / The signed head of the audit chain',
          response: { 200: PublishedHead },
        },
        config: { access: 'public' },
      },
      async () => {
        const keys = await auditKeys()
        const [latest] = await database.query<{ signature: string }>(
          `SELECT signature FROM audit_checkpoints WHERE signature IS NOT NULL
            ORDER BY chain_index DESC LIMIT 1`,
        )
        // A head the current ring cannot check (its key dropped) is not one to publish.
        const head = latest && (await readSignedHead(keys, latest.signature))
        return {
          head: head ? { ...head, jws: latest.signature } : null,
          keys: keys.publicJwks(),
        }
      },
    )
  }
