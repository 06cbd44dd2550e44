import type { Principal } from '../../platform/auth/principal.js'
import type { Executor } from '../../platform/db/database.js'
import { vietnamDayEnd, vietnamDayStart } from './deadline.js'
import { tallyDeclarations } from './declarations.queries.js'
import { getEstablishmentForStaff } from './establishments.service.js'
import { findDeclarations, type DeclarationFilter } from './police-view.queries.js'
import type { DeclarationPage } from './police-view.schemas.js'
import { presentDeclaration } from './police-view.service.js'
import { periodInvalid } from './stays.errors.js'
import { decodePosition, pageOf } from './watch-list.cursor.js'

/**
 * The establishment's own register, for its staff and its software: who is staying now, what
 * was declared, and how much of it late. The establishment wrote these rows itself, so reading
 * them back is not a view of someone else's data and leaves no audit entry.
 */

const DEFAULT_LIMIT = 50

export interface PageQuery {
  limit?: number | undefined
  after?: string | undefined
}

async function registerPage(
  db: Executor,
  establishment: { id: string; communeCode: string },
  filter: Omit<DeclarationFilter, 'units' | 'establishmentId' | 'after' | 'limit'>,
  page: PageQuery,
): Promise<DeclarationPage> {
  const limit = page.limit ?? DEFAULT_LIMIT
  const rows = await findDeclarations(db, {
    ...filter,
    units: [establishment.communeCode],
    establishmentId: establishment.id,
    after: decodePosition(page.after),
    limit: limit + 1,
  })
  const { items, next } = pageOf(rows, limit)
  return { declarations: items.map(presentDeclaration), next }
}

/**
 * Guests who have not checked out, latest declared first.
 * @throws STAY_ESTABLISHMENT_NOT_FOUND, STAY_NOT_ESTABLISHMENT_STAFF, STAY_CURSOR_INVALID
 */
export async function listCurrentGuests(
  db: Executor,
  principal: Principal,
  establishmentId: string,
  page: PageQuery,
): Promise<DeclarationPage> {
  const establishment = await getEstablishmentForStaff(db, principal, establishmentId)
  return registerPage(db, establishment, { currentOnly: true }, page)
}

export interface RegisterQuery extends PageQuery {
  late?: boolean | undefined
  from?: string | undefined
  to?: string | undefined
}

/**
 * Declarations made on the days from-to (Vietnam time, both included), latest first, late ones
 * only if asked; with how many were made and how many late over the whole period.
 * @throws STAY_PERIOD_INVALID, and listCurrentGuests's codes
 */
export async function listEstablishmentDeclarations(
  db: Executor,
  principal: Principal,
  establishmentId: string,
  query: RegisterQuery,
): Promise<DeclarationPage & { total: number; lateCount: number }> {
  const { from, to, late, ...page } = query
  if (from !== undefined && to !== undefined && from > to) throw periodInvalid(from, to)
  const establishment = await getEstablishmentForStaff(db, principal, establishmentId)
  const [tally] = await tallyDeclarations(db, {
    establishmentId,
    from: from === undefined ? undefined : vietnamDayStart(from),
    to: to === undefined ? undefined : vietnamDayEnd(to),
  })
  const filter = { fromDay: from, toDay: to, lateOnly: late }
  return {
    ...(await registerPage(db, establishment, filter, page)),
    total: tally?.declarations ?? 0,
    lateCount: tally?.late ?? 0,
  }
}
