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
export async function insertJsonRows<T extends PgTable>(
  tx: Executor,
  table: T,
  rows: T['$inferInsert'][],
  options: { returning?: (keyof T['$inferSelect'])[]; onConflictDoNothing?: boolean } = {},
): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return []
  const columns = Object.entries(getTableColumns(table)).filter(([key]) =>
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
  const returning: SQL = options.returning
    ? sql.raw(
        ` RETURNING ${options.returning
          .map((key) => `"${getTableColumns(table)[key as string]!.name}" AS "${String(key)}"`)
          .join(', ')}`,
      )
    : sql``
  const result = await tx.execute(
    sql`INSERT INTO ${table} (${sql.raw(names)})
        SELECT ${sql.raw(names)} FROM jsonb_to_recordset(${json}::jsonb) AS r(${sql.raw(types)}, n int)
         ORDER BY n${sql.raw(options.onConflictDoNothing ? ' ON CONFLICT DO NOTHING' : '')}${returning}`,
  )
  return (result as { rows: Record<string, unknown>[] }).rows
}
