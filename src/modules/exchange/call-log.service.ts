import type { Principal } from '../../platform/auth/principal.js'
import { createBatcher } from '../../platform/async/batcher.js'
import type { Database, Executor } from '../../platform/db/database.js'
import { auditKeys, recordAudits, type AuditEntryInput, type AuditKeyRing } from '../audit/index.js'
import {
  CALL_HEAD_TYPE,
  GENESIS_HASH,
  chainCalls,
  type CallHead,
  type CallRecord,
} from './call-log.js'
import {
  insertChainedCalls,
  lockChainHead,
  searchCalls,
  type CallRow,
  type CallSearch,
} from './call-log.queries.js'
import { visibleMembers } from './exchange.policy.js'

// Bounds one statement and one signature's worth of entries.
const MAX_BATCH = 1_000

interface LoggedCall {
  call: CallRecord
  /** What the call released about residents, for their access logs, committed with it. */
  accesses: AuditEntryInput[]
}

/**
 * Group commit of the call log for one database: calls logged while a batch is being written go
 * together in the next, chained after the log's end under its lock, in one INSERT and with one
 * signed head, in one transaction, after the access-log entries of the same calls. Chaining as
 * they are written (rather than sealing later, as the audit trail does) is possible here because
 * only the gateway writes this log.
 */
const writerFor = (database: Database, keys: () => Promise<AuditKeyRing>) =>
  createBatcher<LoggedCall, undefined>(
    async (logged) => {
      const ring = await keys()
      const calls = logged.map((l) => l.call)
      // First, so that no call is in the log without its access: one INSERT for the batch.
      await recordAudits(
        database.db,
        logged.flatMap((l) => l.accesses),
      )
      await database.bulk(async (session) => {
        const head = (await lockChainHead(session)) ?? { chainIndex: 0, hash: GENESIS_HASH }
        const chained = chainCalls(head, calls)
        const last = chained[chained.length - 1]!
        const signed: CallHead = {
          log: 'exchange-calls',
          count: last.chainIndex,
          head: last.hash,
          at: new Date().toISOString(),
        }
        const { jws, keyId } = await ring.sign(signed, CALL_HEAD_TYPE)
        await insertChainedCalls(session, chained, {
          chainIndex: last.chainIndex,
          hash: last.hash,
          signature: jws,
          keyId,
        })
      })
      return logged.map(() => undefined)
    },
    { maxWeight: MAX_BATCH },
  )

const writers = new WeakMap<Database, (logged: LoggedCall) => Promise<undefined>>()

/**
 * Logs a call durably, chained and under a signed head, sharing the transaction with the calls
 * logged at the same moment, with the residents' access-log entries it carries. The gateway
 * answers once this resolves. Never inside a transaction.
 */
export async function logCall(
  database: Database,
  call: CallRecord,
  accesses: AuditEntryInput[] = [],
): Promise<void> {
  let write = writers.get(database)
  if (!write) {
    write = writerFor(database, auditKeys)
    writers.set(database, write)
  }
  await write({ call, accesses })
}

/** Calls the principal's members made or answered (every call for an administrator). */
export const listCalls = (
  db: Executor,
  principal: Principal,
  filter: Omit<CallSearch, 'members'>,
): Promise<CallRow[]> => searchCalls(db, { ...filter, members: visibleMembers(principal) })
