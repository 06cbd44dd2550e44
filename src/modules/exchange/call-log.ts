import { hash } from 'node:crypto'

/**
 * The call log's canonical form, version 1. Changing it breaks every existing chain: add a
 * version instead. An entry's hash is SHA-256 of the UTF-8 JSON array
 *   [1, chainIndex, prevHash, requestId, occurredAt, consumerCode, clientId, providerCode,
 *    serviceCode, purpose, status, errorCode, durationMs, requestSha256, responseSha256]
 * with occurredAt in ISO 8601 UTC with milliseconds and null for an absent purpose or error code.
 * Every value is a string, a number or null in a fixed place, so two entries never serialise
 * alike, and an auditor rebuilds the bytes from a plain table dump.
 */

/** prev_hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64)

/** The JWS type of a signed head of the call log, so that no audit head passes for one. */
export const CALL_HEAD_TYPE = 'cds-exchange-head+jws'

export const sha256Hex = (input: string | Buffer): string => hash('sha256', input, 'hex')

/** What a call leaves in the log, before it takes its place in the chain. */
export interface CallRecord {
  requestId: string
  occurredAt: Date
  consumerCode: string
  clientId: string
  providerCode: string
  serviceCode: string
  purpose: string | null
  status: number
  errorCode: string | null
  durationMs: number
  requestSha256: string
  responseSha256: string
}

export interface ChainedCall extends CallRecord {
  chainIndex: number
  prevHash: string
  hash: string
}

export function callHash(chainIndex: number, prevHash: string, call: CallRecord): string {
  return sha256Hex(
    JSON.stringify([
      1,
      chainIndex,
      prevHash,
      call.requestId,
      call.occurredAt.toISOString(),
      call.consumerCode,
      call.clientId,
      call.providerCode,
      call.serviceCode,
      call.purpose,
      call.status,
      call.errorCode,
      call.durationMs,
      call.requestSha256,
      call.responseSha256,
    ]),
  )
}

/** Links calls after the head: each names the hash of the one before. */
export function chainCalls(
  head: { chainIndex: number; hash: string },
  calls: CallRecord[],
): ChainedCall[] {
  let { chainIndex, hash: prevHash } = head
  return calls.map((call) => {
    chainIndex++
    const chained = { ...call, chainIndex, prevHash, hash: callHash(chainIndex, prevHash, call) }
    prevHash = chained.hash
    return chained
  })
}

/** What a head's signature covers: the chain's length and last hash, and when. */
export interface CallHead {
  log: 'exchange-calls'
  count: number
  head: string
  at: string
}
