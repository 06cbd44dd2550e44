import { outsideJurisdiction } from '../../../platform/auth/access.js'
import {
  coversPlace,
  grantsWith,
  jurisdictionOf,
  type Principal,
} from '../../../platform/auth/principal.js'
import type { Permission } from '../../../platform/auth/roles.js'
import type { Database } from '../../../platform/db/database.js'
import {
  ACTING_ESTABLISHMENT,
  actingEstablishment,
  auditActor,
  commitAudits,
  type AuditEntryInput,
} from '../../audit/index.js'
import { declaresFor } from '../establishments/establishments.policy.js'
import {
  countLateByEstablishment,
  findDeclaration,
  findDeclarationHistory,
  findDeclarations,
  type DeclarationFilter,
  type DeclarationRow,
} from './police-view.queries.js'
import type {
  CurrentGuestsQuery,
  DeclarationDetail,
  DeclarationPage,
  LateByEstablishment,
  LateByEstablishmentQuery,
  PoliceDeclaration,
  PoliceDeclarationsQuery,
} from './police-view.schemas.js'
import { declarationNotFound, periodInvalid, provincialPoliceOnly } from '../stays.errors.js'
import { decodePosition, pageOf } from '../watch-list/watch-list-cursor.js'

/** Who reads, why and from where: every declaration shown carries it into the audit trail. */
export interface ViewContext {
  principal: Principal
  purpose: string
  ip: string
}

const POLICE: Permission = 'stays.police.read'
const DEFAULT_LIMIT = 50

const iso = (at: Date | null): string | null => at?.toISOString() ?? null

export function presentDeclaration(row: DeclarationRow): PoliceDeclaration {
  const { communeCode: _commune, provinceCode: _province, ...shown } = row
  return {
    ...shown,
    arrivalAt: row.arrivalAt.toISOString(),
    expectedDepartureAt: iso(row.expectedDepartureAt),
    departedAt: iso(row.departedAt),
    declaredAt: row.declaredAt.toISOString(),
    deadlineAt: row.deadlineAt.toISOString(),
  }
}

/** What a page of declarations shows, and under which permission it was read. */
export interface Viewed {
  part: string
  /** The police's, or the declaring establishment's ('stays.declare'). */
  permission?: Permission
  action?: 'stays.declaration.read' | 'stays.guests.read' | 'stays.register.read'
}

/**
 * Writes one entry per declaration shown, durably (group commit), before the data leaves; a
 * foreign guest has no personal number, so their entry names the declaration only. The person
 * reads the office that looked (the officer's unit covering the place) or the establishment.
 */
export async function auditViews(
  database: Database,
  ctx: ViewContext,
  rows: readonly DeclarationRow[],
  { part, permission = POLICE, action = 'stays.declaration.read' }: Viewed,
): Promise<void> {
  const establishment = actingEstablishment(ctx.principal, permission)
  await commitAudits(
    database,
    rows.map((row): AuditEntryInput => ({
      actor: auditActor(ctx.principal, permission, row),
      subjectPersonalNumber: row.personalNumber,
      action,
      purpose: ctx.purpose,
      summary: {
        part,
        declarationId: row.id,
        establishmentId: row.establishment.id,
        [ACTING_ESTABLISHMENT]: establishment,
      },
      sourceIp: ctx.ip,
    })),
  )
}

/** @throws STAY_PERIOD_INVALID when the period ends before it starts */
function checkPeriod(from: string | undefined, to: string | undefined): void {
  if (from !== undefined && to !== undefined && from > to) throw periodInvalid(from, to)
}

/** A page of declarations in the officer's jurisdiction, each one shown audited. */
async function pageInJurisdiction(
  database: Database,
  ctx: ViewContext,
  filter: Omit<DeclarationFilter, 'units' | 'limit' | 'after'>,
  page: { limit?: number | undefined; after?: string | undefined; part: string },
): Promise<DeclarationPage> {
  const limit = page.limit ?? DEFAULT_LIMIT
  const rows = await findDeclarations(database.db, {
    ...filter,
    units: jurisdictionOf(ctx.principal, POLICE),
    after: decodePosition(page.after),
    limit: limit + 1,
  })
  const { items, next } = pageOf(rows, limit)
  await auditViews(database, ctx, items, { part: page.part })
  return { declarations: items.map(presentDeclaration), next }
}

/**
 * Declarations in the officer's jurisdiction (their communes, or the whole province), newest
 * declared first. @throws STAY_PERIOD_INVALID, STAY_CURSOR_INVALID
 */
export async function listPoliceDeclarations(
  database: Database,
  ctx: ViewContext,
  query: PoliceDeclarationsQuery,
): Promise<DeclarationPage> {
  checkPeriod(query.from, query.to)
  return pageInJurisdiction(
    database,
    ctx,
    {
      establishmentId: query.establishment,
      fromDay: query.from,
      toDay: query.to,
      lateOnly: query.late,
      guestKind: query.guestKind,
    },
    { limit: query.limit, after: query.after, part: 'declarations' },
  )
}

/** Guests who have not checked out, in the officer's jurisdiction. @throws STAY_CURSOR_INVALID */
export async function listCurrentGuests(
  database: Database,
  ctx: ViewContext,
  query: CurrentGuestsQuery,
): Promise<DeclarationPage> {
  return pageInJurisdiction(
    database,
    ctx,
    { establishmentId: query.establishment, guestKind: query.guestKind, currentOnly: true },
    { limit: query.limit, after: query.after, part: 'current-guests' },
  )
}

/**
 * A person's stays anywhere in the province, for provincial police only; the search itself is
 * audited (once, even when it finds nothing: the officer learnt that too).
 * @throws STAY_PROVINCIAL_POLICE_ONLY, STAY_CURSOR_INVALID
 */
export async function searchPersonStays(
  database: Database,
  ctx: ViewContext,
  personalNumber: string,
  page: { limit?: number | undefined; after?: string | undefined },
): Promise<DeclarationPage> {
  const provincial = grantsWith(ctx.principal, POLICE).filter((g) => g.role === 'provincialPolice')
  if (provincial.length === 0) throw provincialPoliceOnly()
  const limit = page.limit ?? DEFAULT_LIMIT
  const rows = await findDeclarations(database.db, {
    units: provincial.flatMap((g) => g.unitCodes),
    personalNumber,
    after: decodePosition(page.after),
    limit: limit + 1,
  })
  const { items, next } = pageOf(rows, limit)
  await commitAudits(database, [
    {
      actor: {
        accountId: ctx.principal.accountId,
        role: 'provincialPolice',
        clientId: ctx.principal.clientId,
        unitCode: provincial[0]?.unitCodes[0] ?? null,
      },
      subjectPersonalNumber: personalNumber,
      action: 'stays.person.search',
      purpose: ctx.purpose,
      summary: { part: 'person-stays', results: items.length, more: next !== null },
      sourceIp: ctx.ip,
    },
  ])
  return { declarations: items.map(presentDeclaration), next }
}

/**
 * One declaration with its history, for the police of its place or the establishment that
 * declared it; audited. @throws STAY_DECLARATION_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION
 */
export async function readDeclaration(
  database: Database,
  ctx: ViewContext,
  id: string,
): Promise<DeclarationDetail> {
  const row = await findDeclaration(database.db, id)
  if (!row) throw declarationNotFound()
  const asPolice = coversPlace(ctx.principal, POLICE, row)
  if (!asPolice && !declaresFor(ctx.principal, row.establishment.id)) throw outsideJurisdiction()
  const history = await findDeclarationHistory(database.db, id)
  await auditViews(database, ctx, [row], {
    part: 'detail',
    permission: asPolice ? POLICE : 'stays.declare',
  })
  return {
    ...presentDeclaration(row),
    history: history.map((h) => ({ ...h, changedAt: h.changedAt.toISOString() })),
  }
}

/**
 * Late declarations per establishment of the jurisdiction over a period, with each one's total
 * and on-time share. Counts only: nobody's data is shown, so nothing is audited.
 * @throws STAY_PERIOD_INVALID
 */
export async function lateByEstablishment(
  database: Database,
  principal: Principal,
  query: LateByEstablishmentQuery,
): Promise<LateByEstablishment> {
  checkPeriod(query.from, query.to)
  const rows = await countLateByEstablishment(database.db, {
    units: jurisdictionOf(principal, POLICE),
    fromDay: query.from,
    toDay: query.to,
    limit: query.limit ?? 100,
  })
  return {
    from: query.from,
    to: query.to,
    establishments: rows.map((r) => ({
      ...r,
      onTimeShare: (r.declarations - r.late) / r.declarations,
    })),
  }
}
