import {
  and,
  asc,
  count as count_,
  desc,
  eq,
  getTableColumns,
  gt,
  inArray,
  like,
  lt,
  or,
  sql,
  type SQL,
} from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { preparedPerExecutor } from '../../../platform/db/prepared.js'
import { households, movements, residents } from '../population.tables.js'

// Every column but the folded name, which is an index, not part of a resident's record.
const { fullNameFolded: _folded, ...residentColumns } = getTableColumns(residents)
export type ResidentRecord = Omit<typeof residents.$inferSelect, 'fullNameFolded'>
export type HouseholdRecord = typeof households.$inferSelect
export type MovementRecord = Omit<typeof movements.$inferSelect, 'recordedAt'> & {
  recordedAt: Date | string
}

// The registry's hottest query.
const findResidentStatement = preparedPerExecutor((db) =>
  db
    .select(residentColumns)
    .from(residents)
    .where(eq(residents.personalNumber, sql.placeholder('personalNumber')))
    .prepare('population_find_resident'),
)

export async function findResident(
  db: Executor,
  personalNumber: string,
): Promise<ResidentRecord | undefined> {
  const [row] = await findResidentStatement(db).execute({ personalNumber })
  return row
}

/** What identifying a person needs of the registry: a batch maps these columns only. */
export type ResidentIdentity = Pick<
  ResidentRecord,
  'personalNumber' | 'fullName' | 'birthDate' | 'sex' | 'status' | 'communeCode'
>

/** The residents of some numbers, those the registry has, in no particular order. */
export async function findResidentsByNumbers(
  db: Executor,
  personalNumbers: string[],
): Promise<ResidentIdentity[]> {
  if (personalNumbers.length === 0) return []
  const { personalNumber, fullName, birthDate, sex, status, communeCode } = residentColumns
  return db
    .select({ personalNumber, fullName, birthDate, sex, status, communeCode })
    .from(residents)
    .where(inArray(residents.personalNumber, personalNumbers))
}

export async function findHousehold(
  db: Executor,
  id: number,
): Promise<HouseholdRecord | undefined> {
  const [row] = await db.select().from(households).where(eq(households.id, id))
  return row
}

export async function findHouseholdMembers(
  db: Executor,
  householdId: number,
): Promise<ResidentRecord[]> {
  return db
    .select(residentColumns)
    .from(residents)
    .where(eq(residents.householdId, householdId))
    .orderBy(asc(residents.birthDate), asc(residents.personalNumber))
}

export async function findMovements(
  db: Executor,
  personalNumber: string,
): Promise<MovementRecord[]> {
  return db
    .select()
    .from(movements)
    .where(eq(movements.personalNumber, personalNumber))
    .orderBy(asc(movements.occurredOn), asc(movements.id))
}

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`)

export interface ResidentFilter {
  foldedNamePrefix?: string | undefined
  birthDate?: string | undefined
  communeCodes?: string[] | undefined
  /** Keyset: continue after this (folded name, number) pair. */
  after?: { foldedName: string; personalNumber: string } | undefined
  limit: number
}

/** Ordered by folded name then number, so a page continues where the last one stopped. */
export async function findResidents(
  db: Executor,
  filter: ResidentFilter,
): Promise<(ResidentRecord & { fullNameFolded: string })[]> {
  const conditions: SQL[] = []
  if (filter.foldedNamePrefix)
    conditions.push(like(residents.fullNameFolded, `${escapeLike(filter.foldedNamePrefix)}%`))
  if (filter.birthDate) conditions.push(eq(residents.birthDate, filter.birthDate))
  if (filter.communeCodes) conditions.push(inArray(residents.communeCode, filter.communeCodes))
  if (filter.after) {
    const { foldedName, personalNumber } = filter.after
    conditions.push(
      or(
        gt(residents.fullNameFolded, foldedName),
        and(eq(residents.fullNameFolded, foldedName), gt(residents.personalNumber, personalNumber)),
      )!,
    )
  }
  return db
    .select({ ...residentColumns, fullNameFolded: residents.fullNameFolded })
    .from(residents)
    .where(and(...conditions))
    .orderBy(asc(residents.fullNameFolded), asc(residents.personalNumber))
    .limit(filter.limit)
}

/** Residents of some communes, ordered by number for keyset paging. */
export async function findResidentsOfCommunes(
  db: Executor,
  communeCodes: string[],
  options: { afterNumber?: string | undefined; limit: number },
): Promise<ResidentRecord[]> {
  const conditions: SQL[] = [inArray(residents.communeCode, communeCodes)]
  if (options.afterNumber) conditions.push(gt(residents.personalNumber, options.afterNumber))
  return db
    .select(residentColumns)
    .from(residents)
    .where(and(...conditions))
    .orderBy(asc(residents.personalNumber))
    .limit(options.limit)
}

/** Living adults of the most populous commune, by number: people for demonstration accounts. */
export async function findAdultsOfLargestCommune(
  db: Executor,
  count: number,
): Promise<ResidentRecord[]> {
  const [largest] = await db
    .select({ communeCode: residents.communeCode })
    .from(residents)
    .groupBy(residents.communeCode)
    .orderBy(desc(count_()), asc(residents.communeCode))
    .limit(1)
  if (!largest) return []
  return db
    .select(residentColumns)
    .from(residents)
    .where(
      and(
        eq(residents.communeCode, largest.communeCode),
        eq(residents.status, 'resident'),
        lt(residents.birthDate, sql`(now() - interval '20 years')::date`),
      ),
    )
    .orderBy(asc(residents.personalNumber))
    .limit(count)
}

/** Living residents born before a day, by number after a cursor: a sample walks them in pages. */
export async function findAdultsAfter(
  db: Executor,
  options: { afterNumber: string; bornBefore: string; limit: number },
): Promise<{ personalNumber: string; communeCode: string }[]> {
  return db
    .select({ personalNumber: residents.personalNumber, communeCode: residents.communeCode })
    .from(residents)
    .where(
      and(
        gt(residents.personalNumber, options.afterNumber),
        eq(residents.status, 'resident'),
        lt(residents.birthDate, options.bornBefore),
      ),
    )
    .orderBy(asc(residents.personalNumber))
    .limit(options.limit)
}
