import { createHash, randomBytes } from 'node:crypto'
import type { Executor } from '../../../platform/db/database.js'
import {
  findLiveSessionByHash,
  insertSession,
  markAccountSessionsRevoked,
  markSessionRevoked,
  markSessionSecondFactor,
} from './sessions.queries.js'

export const SESSION_COOKIE = 'cds_session'

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
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + options.ttlHours * 3_600_000)
  await insertSession(db, {
    tokenHash: hashToken(token),
    accountId: options.accountId,
    secondFactorAt: options.secondFactorDone ? now : null,
    expiresAt,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
  })
  return { token, expiresAt }
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
