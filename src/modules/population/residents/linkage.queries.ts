/**
 * What record linkage asks of the registry: candidates served by block, many blocks per statement,
 * and the 2025 commune successions for addresses written with old codes.
 */
import { sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'

/** A resident as linkage compares it: identity, where they live, and whether they still do. */
export interface LinkageCandidate {
  personalNumber: string
  fullName: string
  fullNameFolded: string
  birthDate: string
  sex: 'M' | 'F'
  communeCode: string
  status: 'resident' | 'moved_out' | 'deceased'
  oldIdNumber: string | null
  address: string
}

/**
 * Blocks asked for at once. Each key is answered with the key's position, so the caller knows which
 * of its records a candidate belongs to.
 */
export interface LinkageBlocks {
  personalNumbers?: string[]
  oldIdNumbers?: string[]
  /** Folded full name with a birth-date range (YYYY-MM-DD, both included): the name index. */
  names?: { folded: string; from: string; to: string }[]
  /** Current commune with a birth-date range: the (commune, birth date) index. */
  communeDates?: { communeCode: string; from: string; to: string }[]
}

export interface LinkageBlockAnswer {
  candidates: Map<string, LinkageCandidate>
  /** [kind, key position, personal number] for every hit. */
  hits: { kind: keyof LinkageBlocks; key: number; personalNumber: string }[]
}

type Row = {
  k: number
  personal_number: string
  full_name: string
  full_name_folded: string
  birth_date: string
  sex: 'M' | 'F'
  commune_code: string
  status: LinkageCandidate['status']
  old_id_number: string | null
  address: string
}

const COLUMNS = sql.raw(`k.i::int AS k, r.personal_number, r.full_name, r.full_name_folded,
  r.birth_date, r.sex, r.commune_code, r.status, r.old_id_number, h.address`)

const rowsOf = (result: unknown) => (result as { rows: Row[] }).rows

async function rows(db: Executor, query: ReturnType<typeof sql>): Promise<Row[]> {
  return rowsOf(await db.execute(query))
}

/** Candidates for many blocks in at most four statements, each on an index of residents. */
export async function findLinkageBlocks(
  db: Executor,
  blocks: LinkageBlocks,
): Promise<LinkageBlockAnswer> {
  const answer: LinkageBlockAnswer = { candidates: new Map(), hits: [] }
  const take = (kind: keyof LinkageBlocks, found: Row[]): void => {
    for (const r of found) {
      answer.hits.push({ kind, key: r.k - 1, personalNumber: r.personal_number })
      if (answer.candidates.has(r.personal_number)) continue
      answer.candidates.set(r.personal_number, {
        personalNumber: r.personal_number,
        fullName: r.full_name,
        fullNameFolded: r.full_name_folded,
        birthDate: r.birth_date,
        sex: r.sex,
        communeCode: r.commune_code,
        status: r.status,
        oldIdNumber: r.old_id_number,
        address: r.address,
      })
    }
  }
  const join = sql.raw('JOIN households h ON h.id = r.household_id')
  const numbers = blocks.personalNumbers ?? []
  if (numbers.length > 0)
    take(
      'personalNumbers',
      await rows(
        db,
        sql`SELECT ${COLUMNS} FROM unnest(${sql.param(numbers)}::text[]) WITH ORDINALITY AS k(n, i)
          JOIN residents r ON r.personal_number = k.n ${join}`,
      ),
    )
  const oldIds = blocks.oldIdNumbers ?? []
  if (oldIds.length > 0)
    take(
      'oldIdNumbers',
      await rows(
        db,
        sql`SELECT ${COLUMNS} FROM unnest(${sql.param(oldIds)}::text[]) WITH ORDINALITY AS k(n, i)
          JOIN residents r ON r.old_id_number = k.n ${join}`,
      ),
    )
  const names = blocks.names ?? []
  if (names.length > 0)
    take(
      'names',
      await rows(
        db,
        sql`SELECT ${COLUMNS} FROM unnest(${sql.param(names.map((n) => n.folded))}::text[],
            ${sql.param(names.map((n) => n.from))}::date[], ${sql.param(names.map((n) => n.to))}::date[])
            WITH ORDINALITY AS k(n, lo, hi, i)
          JOIN residents r ON r.full_name_folded = k.n AND r.birth_date BETWEEN k.lo AND k.hi ${join}`,
      ),
    )
  const communeDates = blocks.communeDates ?? []
  if (communeDates.length > 0)
    take(
      'communeDates',
      await rows(
        db,
        sql`SELECT ${COLUMNS} FROM unnest(${sql.param(communeDates.map((c) => c.communeCode))}::text[],
            ${sql.param(communeDates.map((c) => c.from))}::date[],
            ${sql.param(communeDates.map((c) => c.to))}::date[])
            WITH ORDINALITY AS k(c, lo, hi, i)
          JOIN residents r ON r.commune_code = k.c AND r.birth_date BETWEEN k.lo AND k.hi ${join}`,
      ),
    )
  return answer
}

/** Each abolished commune code with the current commune codes it became (whole or in part). */
export async function findCommuneSuccessions(
  db: Executor,
): Promise<{ oldCode: string; newCode: string }[]> {
  const found = await rows(
    db,
    sql`SELECT DISTINCT p.code AS old_code, s.code AS new_code
      FROM admin_unit_successions x
      JOIN admin_units p ON p.id = x.predecessor_id
      JOIN admin_units s ON s.id = x.successor_id
      WHERE p.level = 'commune' AND s.level = 'commune' AND s.valid_to IS NULL
      ORDER BY 1, 2`,
  )
  return (found as unknown as { old_code: string; new_code: string }[]).map((r) => ({
    oldCode: r.old_code,
    newCode: r.new_code,
  }))
}
