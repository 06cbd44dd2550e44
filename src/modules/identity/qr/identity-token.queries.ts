import { inArray, lt } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { identityTokenUses } from '../identity.tables.js'
import type { IdentityClaims } from './identity-token-claims.js'

/**
 * Single use of identity tokens, for verifiers that check online. Offline verification cannot
 * stop a replay; these two queries can, across every verifier and every instance of the platform.
 */

/**
 * Records the first presentation of a token. One statement, so two verifiers racing with the same
 * token cannot both see a first use: the primary key on jti decides.
 * @param claims of a token already verified (signature, issuer and lifetime)
 * @param verifier who presented it (an establishment or agency code), kept for the record
 */
export async function consumeIdentityToken(
  db: Executor,
  claims: Pick<IdentityClaims, 'jti' | 'exp'>,
  verifier: string | null,
): Promise<'first-use' | 'replayed'> {
  const firstUses = await consumeIdentityTokens(db, [{ claims, verifier }])
  return firstUses.has(claims.jti) ? 'first-use' : 'replayed'
}

/**
 * consumeIdentityToken for many tokens in one statement (a batch of declarations).
 * @returns the jtis presented for the first time; a jti listed twice is first-used once
 */
export async function consumeIdentityTokens(
  db: Executor,
  uses: { claims: Pick<IdentityClaims, 'jti' | 'exp'>; verifier: string | null }[],
): Promise<Set<string>> {
  if (uses.length === 0) return new Set()
  const inserted = await db
    .insert(identityTokenUses)
    .values(
      uses.map(({ claims, verifier }) => ({
        jti: claims.jti,
        expiresAt: new Date(claims.exp * 1000),
        verifier,
      })),
    )
    .onConflictDoNothing({ target: identityTokenUses.jti })
    .returning({ jti: identityTokenUses.jti })
  return new Set(inserted.map((row) => row.jti))
}

/**
 * Gives back tokens consumed in the caller's transaction by a declaration it then refused, as
 * a rollback would: the resident's QR works again.
 */
export async function releaseIdentityTokens(db: Executor, jtis: string[]): Promise<void> {
  if (jtis.length === 0) return
  await db.delete(identityTokenUses).where(inArray(identityTokenUses.jti, jtis))
}

/**
 * Rows outlive their token by this much: verifiers accept a token a few seconds past `exp` (clock
 * tolerance), and a replay inside that window must still find the row.
 */
export const TOKEN_USE_RETENTION_SECONDS = 300

/**
 * Deletes the uses of tokens expired more than TOKEN_USE_RETENTION_SECONDS before `now`; a token
 * that old is refused as expired anyway, so its row no longer guards anything.
 * @returns how many rows were deleted
 */
export async function purgeExpiredTokenUses(db: Executor, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - TOKEN_USE_RETENTION_SECONDS * 1000)
  const deleted = await db
    .delete(identityTokenUses)
    .where(lt(identityTokenUses.expiresAt, cutoff))
    .returning({ jti: identityTokenUses.jti })
  return deleted.length
}
