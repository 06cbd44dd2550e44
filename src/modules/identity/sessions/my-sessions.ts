import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Bowser from 'bowser'
import { requirePrincipal } from '../../../platform/auth/access.js'
import type { Channel } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { errorResponses } from '../../../platform/http/errors.js'
import { sessionNotFound } from '../identity.errors.js'
import { SESSION_COOKIE, hashToken } from './sessions.js'
import { findLiveSessionsOfAccount, markAccountSessionRevokedById } from './sessions.queries.js'

// A session is named by the start of its token's hash: enough to tell them apart, useless to sign in.
const ID_LENGTH = 16
const idOf = (tokenHash: string) => tokenHash.slice(0, ID_LENGTH)

/** What a person recognises a device by: its browser and system, never the raw header. */
export interface Device {
  browser: string | null
  os: string | null
}

export interface MySession {
  id: string
  createdAt: Date
  expiresAt: Date
  userAgent: string | null
  device: Device
  current: boolean
  channel: Channel
}

/** The browser and system named in a User-Agent header; null for what it does not name. */
export function deviceOf(userAgent: string | null): Device {
  if (!userAgent) return { browser: null, os: null }
  const { browser, os } = Bowser.parse(userAgent)
  return { browser: browser.name || null, os: os.name || null }
}

export async function listMySessions(
  db: Executor,
  accountId: string,
  currentToken: string | undefined,
): Promise<MySession[]> {
  const current = currentToken ? hashToken(currentToken) : undefined
  const rows = await findLiveSessionsOfAccount(db, accountId, new Date())
  return rows.map((row) => ({
    id: idOf(row.tokenHash),
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    userAgent: row.userAgent,
    device: deviceOf(row.userAgent),
    current: row.tokenHash === current,
    channel: row.channel,
  }))
}

/** Ends one of the person's own sessions (another device, say). @throws IDENTITY_SESSION_NOT_FOUND */
export async function endMySession(db: Executor, accountId: string, id: string): Promise<void> {
  const ended = await markAccountSessionRevokedById(
    db,
    accountId,
    { id, idLength: ID_LENGTH },
    new Date(),
  )
  if (!ended) throw sessionNotFound()
}

const SessionSchema = Type.Object({
  id: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  device: Type.Object({
    browser: Type.Union([Type.String(), Type.Null()]),
    os: Type.Union([Type.String(), Type.Null()]),
  }),
  current: Type.Boolean(),
  channel: Type.Union([Type.Literal('web'), Type.Literal('kiosk')], {
    description: 'where it was opened: the person’s own device, or a kiosk of a one-stop shop',
  }),
})

export const mySessionRoutes =
  (db: Executor): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/sessions',
      {
        schema: {
          tags: ['me'],
          summary: 'Các phiên đăng nhập của tôi / My sessions',
          response: { 200: Type.Array(SessionSchema), ...errorResponses(401) },
        },
        config: { access: 'me.read' },
      },
      async (request) => {
        const mine = await listMySessions(
          db,
          requirePrincipal(request).accountId,
          request.cookies[SESSION_COOKIE],
        )
        return mine.map((s) => ({
          ...s,
          createdAt: s.createdAt.toISOString(),
          expiresAt: s.expiresAt.toISOString(),
        }))
      },
    )
    app.delete(
      '/sessions/:id',
      {
        schema: {
          tags: ['me'],
          summary: 'Kết thúc một phiên / End a session',
          params: Type.Object({ id: Type.String({ pattern: `^[A-Za-z0-9_-]{${ID_LENGTH}}$` }) }),
          response: { 204: Type.Null(), ...errorResponses(400, 401, 404) },
        },
        config: { access: 'me.manage' },
      },
      async (request, reply) => {
        await endMySession(db, requirePrincipal(request).accountId, request.params.id)
        return reply.code(204).send(null)
      },
    )
  }
