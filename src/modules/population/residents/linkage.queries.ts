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
  /** One statement for one kind of block: keys unnested side by side, joined on an index. */
  const blockQuery = async (
    kind: keyof LinkageBlocks,
    keys: (string[] | undefined)[],
    on: string,
  ): Promise<void> => {
    if (!keys[0] || keys[0].length === 0) return
    const arrays = keys.map((k, i) => sql`${sql.param(k)}::${sql.raw(i === 0 ? 'text' : 'date')}[]`)
    const names = sql.raw(['n', 'lo', 'hi'].slice(0, keys.length).join(', '))
    take(
      kind,
      await rows(
        db,
        sql`SELECT ${COLUMNS} FROM unnest(${sql.join(arrays, sql`, `)}) WITH ORDINALITY AS k(${names}, i)
          JOIN residents r ON ${sql.raw(on)} JOIN households h ON h.id = r.household_id`,
      ),
    )
  }
  const range = 'AND r.birth_date BETWEEN k.lo AND k.hi'
  await blockQuery('personalNumbers', [blocks.personalNumbers], 'r.personal_number = k.n')
  await blockQuery('oldIdNumbers', [blocks.oldIdNumbers], 'r.old_id_number = k.n')
  const names = blocks.names ?? []
  await blockQuery(
    'names',
    [names.map((n) => n.folded), names.map((n) => n.from), names.map((n) => n.to)],
    `r.full_name_folded = k.n ${range}`,
  )
  const places = blocks.communeDates ?? []
  await blockQuery(
    'communeDates',
    [places.map((c) => c.communeCode), places.map((c) => c.from), places.map((c) => c.to)],
    `r.commune_code = k.n ${range}`,
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
