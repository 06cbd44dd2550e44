import { and, count, desc, eq, gte, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { buildJsonInsert, type BuiltInsert } from '../../../platform/db/json-rows.js'
import {
  declarationRevisions,
  declarations,
  deadlineRules,
  establishmentTypes,
  establishments,
} from '../stays.tables.js'
import {
  activeEntriesNamingJson,
  type ListedPerson,
  type NamingEntry,
  type PagePosition,
} from '../watch-list/watch-list.queries.js'

export type DeclarationRecord = typeof declarations.$inferSelect
export type NewDeclaration = typeof declarations.$inferInsert

/** The rule in force on a Vietnam calendar day: the latest valid from that day or before. */
export async function findDeadlineRule(db: Executor, day: string) {
  const [rule] = await db
    .select({
      lateArrivalFrom: deadlineRules.lateArrivalFrom,
      sameDayCutoff: deadlineRules.sameDayCutoff,
      nextDayCutoff: deadlineRules.nextDayCutoff,
    })
    .from(deadlineRules)
    .where(lte(deadlineRules.validFrom, day))
    .orderBy(desc(deadlineRules.validFrom))
    .limit(1)
  return rule
}

// Declaring

export interface PersonKeys {
  personalNumbers: string[]
  passports: { nationality: string; passportNumber: string }[]
}

/** A stay not checked out yet, as the open-stay check compares it with a guest. */
export interface OpenStay {
  establishmentId: string
  tripId: string | null
  personalNumber: string | null
  nationality: string
  passportNumber: string | null
}

export interface DeclaringChecks {
  /** Per establishment, stays occupying its rooms or beds: not checked out, not a coach trip's. */
  occupied: Map<string, number>
  /** The people's stays not checked out yet, anywhere. */
  openStays: OpenStay[]
  /** Every deadline rule, latest first: few rows, and a batch's arrivals may fall on several days. */
  rules: (DeadlineRule & { validFrom: string })[]
  /** Active watch-list entries naming any of the people. */
  watchEntries: NamingEntry[]
}

type DeadlineRule = { lateArrivalFrom: string; sameDayCutoff: string; nextDayCutoff: string }

const isNamedBy = (people: PersonKeys) =>
  or(
    people.personalNumbers.length > 0
      ? inArray(declarations.personalNumber, people.personalNumbers)
      : undefined,
    ...people.passports.map((p) =>
      and(
        eq(declarations.nationality, p.nationality),
        eq(declarations.passportNumber, p.passportNumber),
      ),
    ),
  ) ?? sql`false`

/**
 * What declaring reads once the establishments are locked, in one statement (a round trip is a
 * large part of a declaration's cost): their occupancy, the people's open stays and the deadline
 * rules. Run after the lock, in its own statement, so that the counts include every declaration
 * committed by whoever held the lock before.
 */
export async function readDeclaringChecks(
  tx: Executor,
  request: { establishmentIds: string[]; people: PersonKeys; listed: readonly ListedPerson[] },
): Promise<DeclaringChecks> {
  const { establishmentIds, people, listed } = request
  const occupied = sql`SELECT coalesce(json_object_agg(establishment_id, n), '{}'::json) FROM (
      SELECT ${declarations.establishmentId} AS establishment_id, count(*)::int AS n
        FROM ${declarations}
       WHERE ${and(
         inArray(declarations.establishmentId, establishmentIds),
         isNull(declarations.departedAt),
         isNull(declarations.tripId),
       )}
       GROUP BY 1) AS o`
  const openStays = sql`SELECT coalesce(json_agg(json_build_object(
      'establishmentId', ${declarations.establishmentId}, 'tripId', ${declarations.tripId},
      'personalNumber', ${declarations.personalNumber}, 'nationality', ${declarations.nationality},
      'passportNumber', ${declarations.passportNumber})), '[]'::json)
    FROM ${declarations} WHERE ${and(isNull(declarations.departedAt), isNamedBy(people))}`
  const rules = sql`SELECT coalesce(json_agg(json_build_object(
      'validFrom', ${deadlineRules.validFrom}, 'lateArrivalFrom', ${deadlineRules.lateArrivalFrom},
      'sameDayCutoff', ${deadlineRules.sameDayCutoff}, 'nextDayCutoff', ${deadlineRules.nextDayCutoff})
      ORDER BY ${deadlineRules.validFrom} DESC), '[]'::json)
    FROM ${deadlineRules}`
  const [row] = await tx
    .select({
      occupied: sql<Record<string, number>>`(${occupied})`,
      openStays: sql<OpenStay[]>`(${openStays})`,
      rules: sql<DeclaringChecks['rules']>`(${rules})`,
      watchEntries: activeEntriesNamingJson(listed),
    })
    .from(sql`(SELECT 1) AS one`)
  if (!row) throw new Error('the declaring checks returned no row')
  return {
    occupied: new Map(Object.entries(row.occupied)),
    openStays: row.openStays,
    rules: row.rules,
    watchEntries: row.watchEntries,
  }
}

/** The insert of declarations as stored (every column given, none left to a default). */
export const declarationsInsert = (rows: DeclarationRecord[]): BuiltInsert =>
  buildJsonInsert({ table: declarations, rows })

// Changing a declaration

/** The declaration, locked until the transaction ends so that two changes of it queue. */
export async function lockDeclaration(
  tx: Executor,
  id: string,
): Promise<DeclarationRecord | undefined> {
  const [row] = await tx.select().from(declarations).where(eq(declarations.id, id)).for('update')
  return row
}

export async function updateDeclaration(
  tx: Executor,
  id: string,
  changes: Partial<NewDeclaration>,
): Promise<DeclarationRecord> {
  const [row] = await tx
    .update(declarations)
    .set(changes)
    .where(eq(declarations.id, id))
    .returning()
  return row!
}

export async function insertRevision(
  tx: Executor,
  revision: typeof declarationRevisions.$inferInsert,
): Promise<void> {
  await tx.insert(declarationRevisions).values(revision)
}

// Counting

/**
 * Declarations made in [from, to) (open-ended where not given), and how many late, per commune;
 * of one establishment, or of establishments of some types, if given.
 */
export async function tallyDeclarations(
  db: Executor,
  filter: {
    from?: Date | undefined
    to?: Date | undefined
    establishmentId?: string
    typeCodes?: string[] | undefined
  },
) {
  return db
    .select({
      communeCode: declarations.communeCode,
      declarations: count(),
      late: sql<number>`(count(*) FILTER (WHERE ${declarations.late}))::int`,
    })
    .from(declarations)
    .where(
      and(
        filter.from === undefined ? undefined : gte(declarations.declaredAt, filter.from),
        filter.to === undefined ? undefined : lt(declarations.declaredAt, filter.to),
        filter.establishmentId === undefined
          ? undefined
          : eq(declarations.establishmentId, filter.establishmentId),
        filter.typeCodes === undefined
          ? undefined
          : inArray(
              declarations.establishmentId,
              db
                .select({ id: establishments.id })
                .from(establishments)
                .where(inArray(establishments.typeCode, filter.typeCodes)),
            ),
      ),
    )
    .groupBy(declarations.communeCode)
}

// A resident's own stays

// Microseconds, so that a page ends exactly between two stays that began in the same millisecond.
const ARRIVAL_POSITION = sql<string>`to_char(${declarations.arrivalAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`

/** Stays of one person, latest arrival first, one beyond the limit to tell a next page. */
export async function findStaysOfPerson(
  db: Executor,
  options: { personalNumber: string; after: PagePosition | undefined; limit: number },
) {
  const { personalNumber, after, limit } = options
  return db
    .select({
      id: declarations.id,
      position: ARRIVAL_POSITION,
      establishmentName: establishments.name,
      typeCode: establishments.typeCode,
      typeNameVi: establishmentTypes.nameVi,
      typeNameEn: establishmentTypes.nameEn,
      communeCode: declarations.communeCode,
      room: declarations.room,
      arrivalAt: declarations.arrivalAt,
      expectedDepartureAt: declarations.expectedDepartureAt,
      departedAt: declarations.departedAt,
      late: declarations.late,
    })
    .from(declarations)
    .innerJoin(establishments, eq(establishments.id, declarations.establishmentId))
    .innerJoin(establishmentTypes, eq(establishmentTypes.code, establishments.typeCode))
    .where(
      and(
        eq(declarations.personalNumber, personalNumber),
        after
          ? sql`(${declarations.arrivalAt}, ${declarations.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(declarations.arrivalAt), desc(declarations.id))
    .limit(limit + 1)
}
