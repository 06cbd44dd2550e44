import type { BulkSession, Database } from '../../../platform/db/database.js'

const LOADED_TABLES = ['households', 'residents', 'movements']

/**
 * The DDL that recreates the keys and indexes of the loaded tables, read from the catalog so that
 * it follows the migrations without being copied from them.
 */
async function readDeferrableDdl(
  session: BulkSession,
): Promise<{ drop: string[]; restore: string[] }> {
  const constraints = await session.query<{
    tbl: string
    name: string
    kind: 'p' | 'f'
    def: string
  }>(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, contype AS kind, pg_get_constraintdef(oid) AS def
       FROM pg_constraint
      WHERE contype IN ('p', 'f') AND conrelid::regclass::text = ANY($1::text[])
      ORDER BY 2`,
    [LOADED_TABLES],
  )
  const indexes = await session.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def
       FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
      ORDER BY 1`,
    [LOADED_TABLES],
  )
  const keys = (kind: 'p' | 'f') => constraints.filter((c) => c.kind === kind)
  const dropKey = (c: { tbl: string; name: string }) =>
    `ALTER TABLE ${c.tbl} DROP CONSTRAINT "${c.name}"`
  const addKey = (c: { tbl: string; name: string; def: string }) =>
    `ALTER TABLE ${c.tbl} ADD CONSTRAINT "${c.name}" ${c.def}`
  return {
    drop: [
      ...keys('f').map(dropKey),
      ...keys('p').map(dropKey),
      ...indexes.map((ix) => `DROP INDEX "${ix.name}"`),
    ],
    // Primary keys first (they also prove the load added no one twice), foreign keys last: their
    // validation reads the indexes just built.
    restore: [...keys('p').map(addKey), ...indexes.map((ix) => ix.def), ...keys('f').map(addKey)],
  }
}

/**
 * Drops what slows a bulk load (maintaining every index and checking keys row by row, which
 * triples its cost) and records, in the same transaction, how to put it back.
 */
export async function deferIndexes(database: Database, runId: number): Promise<void> {
  await database.bulk(async (session) => {
    const [run] = await session.query<{ deferred_ddl: string[] | null }>(
      'SELECT deferred_ddl FROM seed_runs WHERE id = $1 FOR UPDATE',
      [runId],
    )
    if (run?.deferred_ddl) return
    const ddl = await readDeferrableDdl(session)
    for (const statement of ddl.drop) await session.query(statement)
    await session.query('UPDATE seed_runs SET deferred_ddl = $2::jsonb WHERE id = $1', [
      runId,
      JSON.stringify(ddl.restore),
    ])
  })
}

const CONSTRAINT = /^ALTER TABLE (\S+) ADD CONSTRAINT "([^"]+)"/

/**
 * One statement of the restore, safe to run again: a load killed while rebuilding simply
 * rebuilds what is still missing on the next run.
 */
async function restoreOne(database: Database, statement: string): Promise<void> {
  await database.bulk(async (session) => {
    if (database.engine === 'postgres')
      await session.query(`SET LOCAL maintenance_work_mem = '512MB'`)
    const constraint = CONSTRAINT.exec(statement)
    if (constraint) {
      const exists = await session.query('SELECT 1 FROM pg_constraint WHERE conname = $1', [
        constraint[2],
      ])
      if (exists.length === 0) await session.query(statement)
    } else {
      await session.query(
        statement.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '),
      )
    }
  })
}

/** Runs statements on `lanes` connections at once, each statement in its own transaction. */
async function restoreInLanes(
  database: Database,
  statements: string[],
  lanes: number,
): Promise<void> {
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < statements.length) await restoreOne(database, statements[next++]!)
  }
  await Promise.all(Array.from({ length: lanes }, lane))
}

/**
 * Rebuilds the keys and indexes, two at a time on PostgreSQL (building them took half of a
 * full-province load when done one by one), primary keys and indexes before the foreign keys
 * that rely on them; the run is marked done only when all are back.
 */
export async function restoreIndexesAndFinish(database: Database, runId: number): Promise<void> {
  const [run] = await database.query<{ deferred_ddl: string[] | null }>(
    'SELECT deferred_ddl FROM seed_runs WHERE id = $1',
    [runId],
  )
  const statements = run?.deferred_ddl ?? []
  const isForeignKey = (s: string): boolean => s.includes(' FOREIGN KEY ')
  const lanes = database.engine === 'postgres' ? 2 : 1
  await restoreInLanes(
    database,
    statements.filter((s) => !isForeignKey(s)),
    lanes,
  )
  await restoreInLanes(database, statements.filter(isForeignKey), lanes)
  await database.query(
    `UPDATE seed_runs SET deferred_ddl = NULL, status = 'done', finished_at = now() WHERE id = $1`,
    [runId],
  )
}
