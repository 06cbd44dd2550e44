import type { Principal } from '../../../platform/auth/principal.js'
import type { Database } from '../../../platform/db/database.js'
import { vietnamDayEnd, vietnamDayStart } from '../deadline.js'
import { tallyDeclarations } from './declarations.queries.js'
import { getEstablishmentForStaff } from '../establishments/establishments.service.js'
import { findDeclarations, type DeclarationFilter } from '../police/police-view.queries.js'
import type { DeclarationPage } from '../police/police-view.schemas.js'
import { auditViews, presentDeclaration, type Viewed } from '../police/police-view.service.js'
import { periodInvalid } from '../stays.errors.js'
import { decodePosition, pageOf } from '../watch-list/watch-list-cursor.js'

/**
 * The establishment's own register, for its staff and its software: who is staying now, what
 * was declared, and how much of it late. The guests are people whose data the establishment
 * holds for the police: each one shown is a read the guest sees in "who viewed my data".
 */

/** Who reads the register, from where: the establishment's staff or its software. */
export interface RegisterReader {
  principal: Principal
  ip: string
}

// Guests are registered for the police's management of residence (Luật Cư trú, Điều 30).
const PURPOSE = 'residence_management'

const DEFAULT_LIMIT = 50

export interface PageQuery {
  limit?: number | undefined
  after?: string | undefined
}

async function registerPage(
  database: Database,
  reader: RegisterReader,
  establishment: { id: string; communeCode: string },
  filter: Omit<DeclarationFilter, 'units' | 'establishmentId' | 'after' | 'limit'>,
  page: PageQuery & Required<Pick<Viewed, 'part' | 'action'>>,
): Promise<DeclarationPage> {
  const limit = page.limit ?? DEFAULT_LIMIT
  const rows = await findDeclarations(database.db, {
    ...filter,
    units: [establishment.communeCode],
    establishmentId: establishment.id,
    after: decodePosition(page.after),
    limit: limit + 1,
  })
  const { items, next } = pageOf(rows, limit)
  await auditViews(database, { ...reader, purpose: PURPOSE }, items, {
    part: page.part,
    permission: 'stays.declare',
    action: page.action,
  })
  return { declarations: items.map(presentDeclaration), next }
}

/**
 * Guests who have not checked out, latest declared first.
 * @throws STAY_ESTABLISHMENT_NOT_FOUND, STAY_NOT_ESTABLISHMENT_STAFF, STAY_CURSOR_INVALID
 */
export async function listCurrentGuests(
  database: Database,
  reader: RegisterReader,
  establishmentId: string,
  page: PageQuery,
): Promise<DeclarationPage> {
  const establishment = await getEstablishmentForStaff(
    database.db,
    reader.principal,
    establishmentId,
  )
  return registerPage(
    database,
    reader,
    establishment,
    { currentOnly: true },
    { ...page, part: 'current-guests', action: 'stays.guests.read' },
  )
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
  database: Database,
  reader: RegisterReader,
  establishmentId: string,
  query: RegisterQuery,
): Promise<DeclarationPage & { total: number; lateCount: number }> {
  const { from, to, late, ...page } = query
  if (from !== undefined && to !== undefined && from > to) throw periodInvalid(from, to)
  const establishment = await getEstablishmentForStaff(
    database.db,
    reader.principal,
    establishmentId,
  )
  const [tally] = await tallyDeclarations(database.db, {
    establishmentId,
    from: from === undefined ? undefined : vietnamDayStart(from),
    to: to === undefined ? undefined : vietnamDayEnd(to),
  })
  const filter = { fromDay: from, toDay: to, lateOnly: late }
  return {
    ...(await registerPage(database, reader, establishment, filter, {
      ...page,
      part: 'register',
      action: 'stays.register.read',
    })),
    total: tally?.declarations ?? 0,
    lateCount: tally?.late ?? 0,
  }
}
