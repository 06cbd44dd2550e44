import type { Authenticator } from '../../platform/auth/access.js'
import type { Executor } from '../../platform/db/database.js'
import { findAccountById } from './accounts.queries.js'
import { principalFor } from './accounts.service.js'
import { SESSION_COOKIE, findLiveSession } from './sessions.js'

/**
 * Browser sessions (the HttpOnly cookie): a session waiting for its second factor signs no one
 * in, and neither does a disabled account.
 */
export function sessionAuthenticator(db: Executor): Authenticator {
  return async (request) => {
    const token = request.cookies[SESSION_COOKIE]
    if (!token) return undefined
    const session = await findLiveSession(db, token)
    if (!session) return undefined
    const account = await findAccountById(db, session.accountId)
    if (account?.status !== 'active') return undefined
    if (account.totpEnabledAt && !session.secondFactorAt) return undefined
    return principalFor(db, account)
  }
}
