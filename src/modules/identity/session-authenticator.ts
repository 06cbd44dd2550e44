import { and, eq, gt, isNull } from 'drizzle-orm'
import type { Authenticator } from '../../platform/auth/access.js'
import type { Executor } from '../../platform/db/database.js'
import { principalFromRows } from './accounts.service.js'
import { eidAccounts, sessions, staffGrants } from './identity.tables.js'
import { SESSION_COOKIE, hashToken } from './sessions.js'

/**
 * Browser sessions (the HttpOnly cookie), resolved with the account and its live grants in one
 * query, since every authenticated request pays for it. A session waiting for its second factor
 * signs no one in, and neither does a disabled account.
 */
export function sessionAuthenticator(db: Executor): Authenticator {
  return async (request) => {
    const token = request.cookies[SESSION_COOKIE]
    if (!token) return undefined
    const rows = await db
      .select({ account: eidAccounts, secondFactorAt: sessions.secondFactorAt, grant: staffGrants })
      .from(sessions)
      .innerJoin(eidAccounts, eq(eidAccounts.id, sessions.accountId))
      .leftJoin(
        staffGrants,
        and(eq(staffGrants.accountId, eidAccounts.id), isNull(staffGrants.revokedAt)),
      )
      .where(
        and(
          eq(sessions.tokenHash, hashToken(token)),
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, new Date()),
        ),
      )
    const first = rows[0]
    if (first?.account.status !== 'active') return undefined
    if (first.account.totpEnabledAt && !first.secondFactorAt) return undefined
    return principalFromRows(
      first.account,
      rows.flatMap((r) => (r.grant ? [r.grant] : [])),
    )
  }
}
