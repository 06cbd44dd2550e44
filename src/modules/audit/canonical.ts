import { hash } from 'node:crypto'

/**
 * The canonical form an entry's hash covers, version 1. Changing anything here breaks every
 * existing chain: add a new version instead.
 *
 * The bytes hashed (UTF-8) are
 *   chain_index "," netstring(prev_hash) seq "," tx_id "," occurred_at ","
 *   netstring(actor_account_id) netstring(actor_role) netstring(actor_agency)
 *   netstring(actor_unit_code) netstring(client_id) netstring(subject_personal_number)
 *   netstring(action) netstring(purpose) netstring(source_ip) summary
 * where netstring(x) is `<bytes of x>:<x>` and `:` alone for NULL, occurred_at is ISO 8601 in UTC
 * with microseconds (2025-07-01T01:30:00.123456Z), and summary, last so it needs no length, is
 * PostgreSQL's jsonb text (keys ordered by length, then bytes; one space after `:` and `,`).
 * Numbers and the timestamp contain no `,` and each netstring delimits itself, so two different
 * entries never serialise alike. An auditor can rebuild these bytes from a plain table dump.
 *
 * The database renders the record part, so both engines and both the sealer and the verifier
 * hash exactly what is stored: occurred_at keeps its microseconds (a JS Date would drop them),
 * no Date or JSON is parsed in Node, and one SQL expression is cheaper than thirteen columns.
 */

/** prev_hash of the first entry of the chain. */
export const GENESIS_HASH = '0'.repeat(64)

/** The entry's text columns, as written by its author (the rest are set by the database). */
export const TEXT_COLUMNS = [
  'actor_account_id',
  'actor_role',
  'actor_agency',
  'actor_unit_code',
  'client_id',
  'subject_personal_number',
  'action',
  'purpose',
  'source_ip',
] as const

// concat() renders NULL as '' so `octet_length(x), ':', x` gives ':' for NULL and '0:' for ''.
const RECORD_ARGUMENTS = [
  'seq',
  "','",
  'tx_id',
  "','",
  `to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  "','",
  ...TEXT_COLUMNS.flatMap((column) => [`octet_length(${column})`, "':'", column]),
  'summary',
].join(', ')

/** The recorded columns of a row of audit_entries in canonical form: what the sealer reads. */
export const RECORD_SQL = `concat(${RECORD_ARGUMENTS})`

/** The whole hash input of a sealed row, chain position included: what the verifier reads. */
export const CHAINED_SQL = `concat(chain_index, ',', octet_length(prev_hash), ':', prev_hash, ${RECORD_ARGUMENTS})`

/** The start of the hash input: chain position and link. Mirrors the head of CHAINED_SQL. */
export function chainPrefix(chainIndex: number, prevHash: string): string {
  // prev_hash is hexadecimal: its length in characters is its length in bytes.
  return `${chainIndex},${prevHash.length}:${prevHash}`
}

export const sha256Hex = (input: string): string => hash('sha256', input, 'hex')

/** The hash the sealer gives an entry whose record part (RECORD_SQL) is `record`. */
export function entryHash(chainIndex: number, prevHash: string, record: string): string {
  return sha256Hex(chainPrefix(chainIndex, prevHash) + record)
}
