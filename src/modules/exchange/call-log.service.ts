import type { Principal } from '../../platform/auth/principal.js'
import { createBatcher } from '../../platform/async/batcher.js'
import type { Database, Executor } from '../../platform/db/database.js'
import { auditKeys, type AuditKeyRing } from '../audit/index.js'
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

/**
 * Group commit of the call log for one database: calls logged while a batch is being written go
 * together in the next, chained after the log's end under its lock, in one INSERT and with one
 * signed head, in one transaction. Chaining as they are written (rather than sealing later, as
 * the audit trail does) is possible here because only the gateway writes this log.
 */
const writerFor = (database: Database, keys: () => Promise<AuditKeyRing>) =>
  createBatcher<CallRecord, undefined>(
    async (calls) => {
      const ring = await keys()
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
      return calls.map(() => undefined)
    },
    { maxWeight: MAX_BATCH },
  )

const writers = new WeakMap<Database, (call: CallRecord) => Promise<undefined>>()

/**
 * Logs a call durably, chained and under a signed head, sharing the transaction with the calls
 * logged at the same moment. The gateway answers once this resolves. Never inside a transaction.
 */
export async function logCall(database: Database, call: CallRecord): Promise<void> {
  let write = writers.get(database)
  if (!write) {
    write = writerFor(database, auditKeys)
    writers.set(database, write)
  }
  await write(call)
}

/** Calls the principal's members made or answered (every call for an administrator). */
export const listCalls = (
  db: Executor,
  principal: Principal,
  filter: Omit<CallSearch, 'members'>,
): Promise<CallRow[]> => searchCalls(db, { ...filter, members: visibleMembers(principal) })
