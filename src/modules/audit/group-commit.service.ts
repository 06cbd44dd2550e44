import { createBatcher } from '../../platform/async/batcher.js'
import type { Database } from '../../platform/db/database.js'
import { insertEntriesAlone } from './record.queries.js'
import { checkEntry, recordFunctionArgument, type AuditEntryInput } from './record.service.js'

// Bounds one statement; a caller's entries always travel together, so a batch may pass it once.
const MAX_BATCH_ROWS = 1_000

/**
 * Group commit for one database: entries that arrive while a batch is being written go together
 * in the next one, a single INSERT in a transaction of its own.
 */
const groupCommitFor = (database: Database) =>
  createBatcher<AuditEntryInput[], undefined>(
    async (callers) => {
      await insertEntriesAlone(database, await recordFunctionArgument(callers.flat()))
      return callers.map(() => undefined)
    },
    { weight: (entries) => entries.length, maxWeight: MAX_BATCH_ROWS },
  )

const groupCommits = new WeakMap<Database, (entries: AuditEntryInput[]) => Promise<undefined>>()

/**
 * Records entries durably in a transaction of their own, sharing one INSERT and one commit with
 * the entries other requests record at the same moment. For reads, which change nothing the
 * entry could commit with: the caller lets the data go only once this resolves. A change records
 * its entries in its own transaction instead (recordAudits). Never call it inside a transaction:
 * on PGlite, whose one connection that transaction holds, the INSERT would wait for ever.
 * @throws AUDIT_ENTRY_INVALID, AUDIT_PURPOSE_UNKNOWN, AUDIT_SUBJECT_INVALID before anything is
 *   queued; the database's error when the batch fails, and then none of it is recorded
 */
export async function commitAudits(database: Database, entries: AuditEntryInput[]): Promise<void> {
  if (entries.length === 0) return
  for (const entry of entries) checkEntry(entry)
  let groupCommit = groupCommits.get(database)
  if (!groupCommit) {
    groupCommit = groupCommitFor(database)
    groupCommits.set(database, groupCommit)
  }
  await groupCommit(entries)
}
