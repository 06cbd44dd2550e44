import { getTableColumns, sql, type SQL } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import type { Executor } from './database.js'

/**
 * Many rows in one INSERT with one parameter, the rows as JSON: the statement's text and its
 * single parameter cost the same to build whatever the number of rows, where a multi-row VALUES
 * builds and binds every value on its own (most of a batch's client time, measured in ADR 7).
 * Both engines read JSON alike (no array-literal quoting); JSON arrays fill array columns.
 * Rows are inserted in the order given, so serial ids follow it.
 */
export interface JsonInsert<T extends PgTable = PgTable> {
  table: T
  rows: T['$inferInsert'][]
  returning?: (keyof T['$inferSelect'])[]
  onConflictDoNothing?: boolean
  /** A whole ON CONFLICT clause (e.g. DO UPDATE adding to a counter); wins over the above. */
  onConflict?: SQL
}

function insertSql<T extends PgTable>(insert: JsonInsert<T>): SQL {
  const { table, rows } = insert
  const all = getTableColumns(table)
  const columns = Object.entries(all).filter(([key]) =>
    rows.some((row) => (row as Record<string, unknown>)[key] !== undefined),
  )
  const names = columns.map(([, column]) => `"${column.name}"`).join(', ')
  const types = columns.map(([, column]) => `"${column.name}" ${column.getSQLType()}`).join(', ')
  const json = JSON.stringify(
    rows.map((row, n) => {
      const record: Record<string, unknown> = { n }
      for (const [key, column] of columns)
        record[column.name] = (row as Record<string, unknown>)[key] ?? null
      return record
    }),
  )
  const conflict = insert.onConflict
    ? sql` ${insert.onConflict}`
    : sql.raw(insert.onConflictDoNothing ? ' ON CONFLICT DO NOTHING' : '')
  const returning = insert.returning
    ? ` RETURNING ${insert.returning.map((key) => `"${all[key as string]!.name}" AS "${String(key)}"`).join(', ')}`
    : ''
  return sql`INSERT INTO ${table} (${sql.raw(names)})
    SELECT ${sql.raw(names)} FROM jsonb_to_recordset(${json}::jsonb) AS r(${sql.raw(types)}, n int)
     ORDER BY n${conflict}${sql.raw(returning)}`
}

const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows

/** One JSON insert. @returns the `returning` columns of the rows inserted */
export async function insertJsonRows<T extends PgTable>(
  tx: Executor,
  insert: JsonInsert<T>,
): Promise<Record<string, unknown>[]> {
  if (insert.rows.length === 0) return []
  return rowsOf(await tx.execute(insertSql(insert)))
}

/** A JSON insert built for insertJsonRowsTogether: no statement when there are no rows. */
export interface BuiltInsert {
  statement: SQL | undefined
}

export const buildJsonInsert = <T extends PgTable>(insert: JsonInsert<T>): BuiltInsert => ({
  statement: insert.rows.length > 0 ? insertSql(insert) : undefined,
})

/**
 * Several JSON inserts in one statement (data-modifying WITH clauses): one round trip where a
 * batch would otherwise take one per table. Nothing is returned.
 */
export async function insertJsonRowsTogether(tx: Executor, inserts: BuiltInsert[]): Promise<void> {
  const parts = inserts.flatMap((insert) => insert.statement ?? [])
  if (parts.length === 0) return
  const clauses = parts.map((part, i) => sql`${sql.raw(`w${i}`)} AS (${part})`)
  await tx.execute(sql`WITH ${sql.join(clauses, sql`, `)} SELECT 1`)
}
