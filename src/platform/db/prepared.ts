import type { Executor } from './database.js'

/**
 * A query prepared once per executor (named on PostgreSQL, so each connection parses and plans
 * it once) rather than built again by the query builder on every call: for the few lookups
 * made on every request of a hot path.
 */
export function preparedPerExecutor<Statement>(
  prepare: (db: Executor) => Statement,
): (db: Executor) => Statement {
  const statements = new WeakMap<Executor, Statement>()
  return (db) => {
    let statement = statements.get(db)
    if (!statement) {
      statement = prepare(db)
      statements.set(db, statement)
    }
    return statement
  }
}
