import { and, asc, desc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { vietnamDayEnd, vietnamDayStart } from '../deadline.js'
import { declarationRevisions, declarations, establishments } from '../stays.tables.js'
import type { PagePosition } from '../watch-list/watch-list.queries.js'

export interface DeclarationFilter {
  /** Jurisdiction: administrative unit codes, each a commune or a province. */
  units: readonly string[]
  establishmentId?: string | undefined
  personalNumber?: string | undefined
  /** Vietnam calendar days, both included, of the declaration. */
  fromDay?: string | undefined
  toDay?: string | undefined
  lateOnly?: boolean | undefined
  guestKind?: 'citizen' | 'foreigner' | undefined
  /** Only guests who have not left. */
  currentOnly?: boolean | undefined
  /** The last declaration of the previous page (declared_at to the microsecond). */
  after?: PagePosition | undefined
  limit: number
}

// Microseconds, so that a page ends exactly between two declarations of the same millisecond.
const POSITION = sql<string>`to_char(${declarations.declaredAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`

const ESTABLISHMENT_COLUMNS = {
  id: establishments.id,
  name: establishments.name,
  address: establishments.address,
  communeCode: establishments.communeCode,
}

const DECLARATION_COLUMNS = {
  id: declarations.id,
  guestKind: declarations.guestKind,
  personalNumber: declarations.personalNumber,
  fullName: declarations.fullName,
  birthDate: declarations.birthDate,
  sex: declarations.sex,
  nationality: declarations.nationality,
  passportNumber: declarations.passportNumber,
  passportExpiresOn: declarations.passportExpiresOn,
  entryDate: declarations.entryDate,
  visaNumber: declarations.visaNumber,
  visaExpiresOn: declarations.visaExpiresOn,
  room: declarations.room,
  arrivalAt: declarations.arrivalAt,
  expectedDepartureAt: declarations.expectedDepartureAt,
  departedAt: declarations.departedAt,
  declaredAt: declarations.declaredAt,
  deadlineAt: declarations.deadlineAt,
  late: declarations.late,
  method: declarations.method,
  flags: declarations.flags,
  groupId: declarations.groupId,
  accompaniedBy: declarations.accompaniedBy,
  tripId: declarations.tripId,
  revision: declarations.revision,
  // Where the declaration lives, for the jurisdiction check.
  communeCode: declarations.communeCode,
  provinceCode: declarations.provinceCode,
  establishment: ESTABLISHMENT_COLUMNS,
}

/** Declarations of a place (commune or province), without a join: both codes are copied in. */
const inUnits = (units: readonly string[]): SQL | undefined =>
  or(inArray(declarations.communeCode, [...units]), inArray(declarations.provinceCode, [...units]))

function declaredBetween(fromDay: string | undefined, toDay: string | undefined): SQL[] {
  return [
    fromDay === undefined ? undefined : gte(declarations.declaredAt, vietnamDayStart(fromDay)),
    toDay === undefined ? undefined : lt(declarations.declaredAt, vietnamDayEnd(toDay)),
  ].filter((c) => c !== undefined)
}

function conditionsOf(filter: DeclarationFilter): SQL[] {
  return [
    inUnits(filter.units),
    ...declaredBetween(filter.fromDay, filter.toDay),
    filter.establishmentId === undefined
      ? undefined
      : eq(declarations.establishmentId, filter.establishmentId),
    filter.personalNumber === undefined
      ? undefined
      : eq(declarations.personalNumber, filter.personalNumber),
    filter.lateOnly ? eq(declarations.late, true) : undefined,
    filter.guestKind === undefined ? undefined : eq(declarations.guestKind, filter.guestKind),
    filter.currentOnly ? isNull(declarations.departedAt) : undefined,
    filter.after === undefined
      ? undefined
      : sql`(${declarations.declaredAt}, ${declarations.id}) < (${filter.after.at}::timestamptz, ${filter.after.id}::uuid)`,
  ].filter((c) => c !== undefined)
}

export async function findDeclaration(db: Executor, id: string) {
  const [row] = await db
    .select(DECLARATION_COLUMNS)
    .from(declarations)
    .innerJoin(establishments, eq(establishments.id, declarations.establishmentId))
    .where(eq(declarations.id, id))
  return row
}

export type DeclarationRow = NonNullable<Awaited<ReturnType<typeof findDeclaration>>>

/** Declarations matching the filter, newest declared first, each with its page position. */
export async function findDeclarations(db: Executor, filter: DeclarationFilter) {
  if (filter.units.length === 0) return []
  return db
    .select({ ...DECLARATION_COLUMNS, position: POSITION })
    .from(declarations)
    .innerJoin(establishments, eq(establishments.id, declarations.establishmentId))
    .where(and(...conditionsOf(filter)))
    .orderBy(desc(declarations.declaredAt), desc(declarations.id))
    .limit(filter.limit)
}

/** The changes made to a declaration, oldest first (what each replaced stays in the row). */
export async function findDeclarationHistory(db: Executor, declarationId: string) {
  return db
    .select({
      revision: declarationRevisions.revision,
      kind: declarationRevisions.kind,
      reason: declarationRevisions.reason,
      changedAt: declarationRevisions.changedAt,
    })
    .from(declarationRevisions)
    .where(eq(declarationRevisions.declarationId, declarationId))
    .orderBy(asc(declarationRevisions.revision), asc(declarationRevisions.id))
}

/**
 * Per establishment of the jurisdiction: declarations made in the period and how many of them
 * were late, most late first (then the worst on-time share).
 */
export async function countLateByEstablishment(
  db: Executor,
  options: { units: readonly string[]; fromDay: string; toDay: string; limit: number },
) {
  if (options.units.length === 0) return []
  const total = sql<number>`count(*)::int`
  const late = sql<number>`(count(*) FILTER (WHERE ${declarations.late}))::int`
  return db
    .select({ establishment: ESTABLISHMENT_COLUMNS, declarations: total, late })
    .from(declarations)
    .innerJoin(establishments, eq(establishments.id, declarations.establishmentId))
    .where(and(inUnits(options.units), ...declaredBetween(options.fromDay, options.toDay)))
    .groupBy(establishments.id)
    .orderBy(desc(late), desc(sql`${late}::float8 / count(*)`), asc(establishments.name))
    .limit(options.limit)
}

/** What the live stream tells about new declarations beyond their event: flags, the place's name. */
export async function findLiveFacts(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return []
  return db
    .select({
      id: declarations.id,
      flags: declarations.flags,
      establishmentName: establishments.name,
    })
    .from(declarations)
    .innerJoin(establishments, eq(establishments.id, declarations.establishmentId))
    .where(inArray(declarations.id, [...ids]))
}
