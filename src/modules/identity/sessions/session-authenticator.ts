import { createBatcher } from '../../../platform/async/batcher.js'
import type { Authenticator } from '../../../platform/auth/access.js'
import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import type { AccountRecord, GrantRecord } from '../accounts/accounts.queries.js'
import { principalFromRows } from '../accounts/accounts.service.js'
import { SESSION_COOKIE, hashToken } from './sessions.js'
import { prepareLiveSessionsWithGrants } from './sessions.queries.js'

interface LiveSession {
  account: AccountRecord
  secondFactorAt: Date | null
  grants: GrantRecord[]
}

type LiveSessionRow = Awaited<
  ReturnType<ReturnType<typeof prepareLiveSessionsWithGrants>['execute']>
>[number]

function groupBySession(rows: LiveSessionRow[]): Map<string, LiveSession> {
  const found = new Map<string, LiveSession>()
  for (const { tokenHash, account, secondFactorAt, grant } of rows) {
    const session = found.get(tokenHash) ?? { account, secondFactorAt, grants: [] }
    if (grant) session.grants.push(grant)
    found.set(tokenHash, session)
  }
  return found
}

/** A session waiting for its second factor signs no one in, and neither does a disabled account. */
function principalOf(session: LiveSession | undefined): Principal | undefined {
  if (session?.account.status !== 'active') return undefined
  if (session.account.totpEnabledAt && !session.secondFactorAt) return undefined
  return principalFromRows(session.account, session.grants)
}

/**
 * Resolves token hashes in batches: the requests that arrive while one lookup is running wait and
 * share the next one. Every request still reads the sessions as they are after it arrived, so a
 * sign-out or a revoked grant holds from the next request on, as without batching.
 */
function batchedLookup(db: Executor): (tokenHash: string) => Promise<Principal | undefined> {
  const query = prepareLiveSessionsWithGrants(db)
  return createBatcher(async (tokenHashes: string[]) => {
    const found = groupBySession(await query.execute({ tokenHashes, now: new Date() }))
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
