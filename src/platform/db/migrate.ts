import { readMigrationFiles } from 'drizzle-orm/migrator'
import { fileURLToPath } from 'node:url'
import type { Database } from './database.js'

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../db/migrations', import.meta.url))

// Any constant shared by every instance: instances starting together take turns to migrate.
const MIGRATION_LOCK = 106_2023

/**
 * Applies the committed drizzle-kit migrations in one transaction, in drizzle's own bookkeeping
 * table (so `drizzle-kit migrate` agrees), holding an advisory lock so that instances starting
 * together do not race.
 * @returns how many migrations were applied now.
 */
export async function migrateDatabase(database: Database): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER })
  return database.bulk(async (session) => {
    await session.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await session.query('CREATE SCHEMA IF NOT EXISTS drizzle')
    await session.query(
      'CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)',
    )
    const [last] = await session.query<{ created_at: number }>(
      'SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1',
    )
    let applied = 0
    for (const migration of migrations) {
      if (last && last.created_at >= migration.folderMillis) continue
      for (const statement of migration.sql) {
        if (statement.trim()) await session.query(statement)
      }
      await session.query(
        'INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ($1, $2)',
        [migration.hash, migration.folderMillis],
      )
      applied++
    }
    return applied
  })
}

/** Migrations committed in the repository that the database has not applied yet. */
export async function pendingMigrations(database: Database): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER })
  const rows = await database
    .query<{ created_at: number }>(
      'SELECT max(created_at) AS created_at FROM drizzle.__drizzle_migrations',
    )
    .catch(() => [])
  const last = rows[0]?.created_at ?? 0
  return migrations.filter((m) => m.folderMillis > last).length
}
