import {
  and,
  arrayContains,
  arrayOverlaps,
  desc,
  eq,
  isNotNull,
  isNull,
  lt,
  sql,
} from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Executor } from '../../../platform/db/database.js'
import { eidAccounts, staffGrants } from '../identity.tables.js'

/** A grant with the personal numbers of its holder and of the administrator who gave it. */
export interface StaffGrantRow {
  id: number
  personalNumber: string
  role: string
  unitCodes: string[]
  establishmentId: string | null
  agencyCode: string | null
  grantedAt: Date
  /** Null when the operator granted it from the command line. */
  grantedBy: string | null
  revokedAt: Date | null
}

export type GrantStatus = 'active' | 'revoked' | 'all'

export interface GrantFilter {
  role?: string | undefined
  unitCode?: string | undefined
  /** Only grants naming at least one of these units (an administrator's jurisdiction). */
  withinUnits?: string[] | undefined
  status: GrantStatus
  /** Keyset cursor: grants older (smaller id) than this one. */
  beforeId?: number | undefined
  limit: number
}

const granter = alias(eidAccounts, 'granter')

function selectGrants(db: Executor) {
  return db
    .select({
      id: staffGrants.id,
      personalNumber: eidAccounts.personalNumber,
      role: staffGrants.role,
      unitCodes: staffGrants.unitCodes,
      establishmentId: staffGrants.establishmentId,
      agencyCode: staffGrants.agencyCode,
      grantedAt: staffGrants.grantedAt,
      grantedBy: granter.personalNumber,
      revokedAt: staffGrants.revokedAt,
    })
    .from(staffGrants)
    .innerJoin(eidAccounts, eq(eidAccounts.id, staffGrants.accountId))
    .leftJoin(granter, eq(granter.id, staffGrants.grantedBy))
}

const STATUS = {
  active: isNull(staffGrants.revokedAt),
  revoked: isNotNull(staffGrants.revokedAt),
  all: undefined,
}

// No units means no grant at all, and `&&` refuses an empty array.
const withinUnits = (codes: string[] | undefined) =>
  codes === undefined
    ? undefined
    : codes.length === 0
      ? sql`false`
      : arrayOverlaps(staffGrants.unitCodes, codes)

export async function findGrantById(db: Executor, id: number): Promise<StaffGrantRow | undefined> {
  const [row] = await selectGrants(db).where(eq(staffGrants.id, id))
  return row
}

/** Grants matching the filter, newest first. */
export async function findGrants(db: Executor, filter: GrantFilter): Promise<StaffGrantRow[]> {
  return selectGrants(db)
    .where(
      and(
        STATUS[filter.status],
        filter.role === undefined ? undefined : eq(staffGrants.role, filter.role),
        filter.unitCode === undefined
          ? undefined
          : arrayContains(staffGrants.unitCodes, [filter.unitCode]),
        withinUnits(filter.withinUnits),
        filter.beforeId === undefined ? undefined : lt(staffGrants.id, filter.beforeId),
      ),
    )
    .orderBy(desc(staffGrants.id))
    .limit(filter.limit)
}

/** Marks a live grant revoked, by whom (null: the operator) and why; undefined when it was not live. */
export async function markGrantRevoked(
  db: Executor,
  id: number,
  revocation: { by: string | null; reason: string },
): Promise<Date | undefined> {
  const [row] = await db
    .update(staffGrants)
    .set({ revokedAt: sql`now()`, revokedBy: revocation.by, revokeReason: revocation.reason })
    .where(and(eq(staffGrants.id, id), isNull(staffGrants.revokedAt)))
    .returning({ revokedAt: staffGrants.revokedAt })
  return row?.revokedAt ?? undefined
}

/** A grant bound to an establishment, with its holder's personal number. */
export interface EstablishmentGrantRow {
  grantId: number
  accountId: string
  personalNumber: string
  establishmentId: string | null
  unitCodes: string[]
  grantedAt: Date
}

function selectEstablishmentGrants(db: Executor) {
  return db
    .select({
      grantId: staffGrants.id,
      accountId: staffGrants.accountId,
      personalNumber: eidAccounts.personalNumber,
      establishmentId: staffGrants.establishmentId,
      unitCodes: staffGrants.unitCodes,
      grantedAt: staffGrants.grantedAt,
    })
    .from(staffGrants)
    .innerJoin(eidAccounts, eq(eidAccounts.id, staffGrants.accountId))
}

/** The live grants of a role at an establishment, newest first. */
export async function findLiveEstablishmentGrants(
  db: Executor,
  establishment: { establishmentId: string; role: string },
): Promise<EstablishmentGrantRow[]> {
  return selectEstablishmentGrants(db)
    .where(
      and(
        eq(staffGrants.role, establishment.role),
        eq(staffGrants.establishmentId, establishment.establishmentId),
        isNull(staffGrants.revokedAt),
      ),
    )
    .orderBy(desc(staffGrants.id))
}

/** One grant of a role at an establishment, live or revoked. */
export async function findEstablishmentGrant(
  db: Executor,
  grant: { grantId: number; establishmentId: string; role: string },
): Promise<EstablishmentGrantRow | undefined> {
  const [row] = await selectEstablishmentGrants(db).where(
    and(
      eq(staffGrants.id, grant.grantId),
      eq(staffGrants.role, grant.role),
      eq(staffGrants.establishmentId, grant.establishmentId),
    ),
  )
  return row
}
