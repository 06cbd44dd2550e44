import { createBatcher } from '../../../platform/async/batcher.js'
import type { Authenticator } from '../../../platform/auth/access.js'
import type { Channel, Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import type { AccountRecord, GrantRecord } from '../accounts/accounts.queries.js'
import { principalFromRows } from '../accounts/accounts.service.js'
import { KIOSK_SESSION_MINUTES, SESSION_COOKIE, hashToken } from './sessions.js'
import { extendKioskSessions, prepareLiveSessionsWithGrants } from './sessions.queries.js'

interface LiveSession {
  account: AccountRecord
  secondFactorAt: Date | null
  channel: Channel
  expiresAt: Date
  grants: GrantRecord[]
}

type LiveSessionRow = Awaited<
  ReturnType<ReturnType<typeof prepareLiveSessionsWithGrants>['execute']>
>[number]

function groupBySession(rows: LiveSessionRow[]): Map<string, LiveSession> {
  const found = new Map<string, LiveSession>()
  for (const { tokenHash, account, secondFactorAt, channel, expiresAt, grant } of rows) {
    const session = found.get(tokenHash) ?? {
      account,
      secondFactorAt,
      channel,
      expiresAt,
      grants: [],
    }
    if (grant) session.grants.push(grant)
    found.set(tokenHash, session)
  }
  return found
}

/**
 * A session waiting for its second factor signs no one in, and neither does a disabled account.
 * A kiosk session carries the person as a resident: an officer's grants stay off a public screen.
 */
function principalOf(session: LiveSession | undefined): Principal | undefined {
  if (session?.account.status !== 'active') return undefined
  if (session.account.totpEnabledAt && !session.secondFactorAt) return undefined
  if (session.channel === 'kiosk') return principalFromRows(session.account, [], 'kiosk')
  return principalFromRows(session.account, session.grants)
}

const KIOSK_LIFETIME_MS = KIOSK_SESSION_MINUTES * 60_000
// Moved at most once a minute, so that a busy kiosk page does not write on every request.
const SLIDE_STEP_MS = 60_000

/** The kiosk sessions of a lookup due to slide: used now, and last moved a minute ago or more. */
function kioskSessionsToSlide(found: Map<string, LiveSession>, now: Date): string[] {
  const due = now.getTime() + KIOSK_LIFETIME_MS - SLIDE_STEP_MS
  return [...found]
    .filter(([, s]) => s.channel === 'kiosk' && s.expiresAt.getTime() <= due && principalOf(s))
    .map(([tokenHash]) => tokenHash)
}

/**
 * Resolves token hashes in batches: the requests that arrive while one lookup is running wait and
 * share the next one. Every request still reads the sessions as they are after it arrived, so a
 * sign-out or a revoked grant holds from the next request on, as without batching.
 */
function batchedLookup(db: Executor): (tokenHash: string) => Promise<Principal | undefined> {
  const query = prepareLiveSessionsWithGrants(db)
  return createBatcher(async (tokenHashes: string[]) => {
    const now = new Date()
    const found = groupBySession(await query.execute({ tokenHashes, now }))
    const sliding = kioskSessionsToSlide(found, now)
    await extendKioskSessions(db, sliding, new Date(now.getTime() + KIOSK_LIFETIME_MS), now)
    return tokenHashes.map((hash) => principalOf(found.get(hash)))
  })
}

/**
 * Browser sessions (the HttpOnly cookie), resolved with the account and its live grants, since
 * every authenticated request pays for it: one query for all the requests that arrive together.
 */
export function sessionAuthenticator(db: Executor): Authenticator {
  const lookup = batchedLookup(db)
  return async (request) => {
    const token = request.cookies[SESSION_COOKIE]
    return token ? lookup(hashToken(token)) : undefined
  }
}
