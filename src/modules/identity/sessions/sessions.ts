import { createHash, randomBytes } from 'node:crypto'
import type { Channel } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import {
  findLiveSessionByHash,
  insertSession,
  markAccountSessionsRevoked,
  markSessionRevoked,
  markSessionSecondFactor,
} from './sessions.queries.js'

export const SESSION_COOKIE = 'cds_session'

/**
 * A kiosk session lasts this long after its last request (the authenticator slides it): a public
 * screen someone walked away from signs itself out on the server too, not only in the page.
 */
export const KIOSK_SESSION_MINUTES = 10

export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('base64url')

export interface SessionRecord {
  accountId: string
  secondFactorAt: Date | null
  expiresAt: Date
}

/** A new session; only its hash is stored, the token goes to the browser once. */
export async function openSession(
  db: Executor,
  options: {
    accountId: string
    ttlHours: number
    secondFactorDone: boolean
    userAgent: string | null
  },
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + options.ttlHours * 3_600_000)
  const token = await storeSession(db, { ...options, expiresAt, channel: 'web' }, now)
  return { token, expiresAt }
}

/**
 * A session at a kiosk: short, sliding (KIOSK_SESSION_MINUTES), complete at once, since the
 * identity QR and the code sent to the phone were its two factors.
 */
export async function openKioskSession(
  db: Executor,
  options: { accountId: string; userAgent: string | null },
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + KIOSK_SESSION_MINUTES * 60_000)
  const session = { ...options, expiresAt, secondFactorDone: true, channel: 'kiosk' } as const
  return { token: await storeSession(db, session, now), expiresAt }
}

async function storeSession(
  db: Executor,
  options: {
    accountId: string
    expiresAt: Date
    secondFactorDone: boolean
    userAgent: string | null
    channel: Channel
  },
  now: Date,
): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await insertSession(db, {
    tokenHash: hashToken(token),
    accountId: options.accountId,
    secondFactorAt: options.secondFactorDone ? now : null,
    expiresAt: options.expiresAt,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
    channel: options.channel,
  })
  return token
}

export async function findLiveSession(
  db: Executor,
  token: string,
  now = new Date(),
): Promise<SessionRecord | undefined> {
  return findLiveSessionByHash(db, hashToken(token), now)
}

export async function markSecondFactor(
  db: Executor,
  token: string,
  now = new Date(),
): Promise<void> {
  await markSessionSecondFactor(db, hashToken(token), now)
}

export async function revokeSession(db: Executor, token: string, now = new Date()): Promise<void> {
  await markSessionRevoked(db, hashToken(token), now)
}

export async function revokeAllSessions(
  db: Executor,
  accountId: string,
  now = new Date(),
): Promise<void> {
  await markAccountSessionsRevoked(db, accountId, now)
}
