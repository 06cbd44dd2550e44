import { sql } from 'drizzle-orm'
import type { Database, Executor } from '../../platform/db/database.js'

// `rows` is audit_record()'s one argument, built by recordFunctionArgument (record.service.ts).

/** Inserts entries in the caller's transaction, through audit_record(). */
export async function insertEntries(tx: Executor, rows: string): Promise<void> {
  await tx.execute(sql`SELECT audit_record(${rows}::jsonb)`)
}

/** Inserts entries in a transaction of their own, through audit_record(). */
export async function insertEntriesAlone(database: Database, rows: string): Promise<void> {
  await database.query('SELECT audit_record($1::jsonb)', [rows])
}
