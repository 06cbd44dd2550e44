import type { Executor } from '../../platform/db/database.js'
import { auditKeys, type AuditKeyRing } from '../audit/index.js'
import { CALL_HEAD_TYPE, GENESIS_HASH, callHash, type CallHead } from './call-log.js'
import { findCallHeads, findCallsFrom, type CallHeadRow } from './call-log.queries.js'

export const CALL_BREAK_REASONS = {
  EXCHANGE_CHAIN_GAP: {
    vi: 'thiếu mục trong nhật ký (đã bị xoá)',
    en: 'entries missing from the log (deleted)',
  },
  EXCHANGE_HASH_MISMATCH: {
    vi: 'nội dung mục không khớp mã băm',
    en: 'the entry does not match its hash',
  },
  EXCHANGE_LINK_BROKEN: {
    vi: 'mục không nối vào mã băm của mục trước',
    en: 'the entry does not link to the hash of the one before',
  },
  EXCHANGE_HEAD_FORGED: {
    vi: 'chữ ký đầu chuỗi không hợp lệ hoặc không khớp',
    en: 'a signed head is not valid or does not match what it signs',
  },
  EXCHANGE_HEAD_MISMATCH: {
    vi: 'mục không khớp đầu chuỗi đã ký',
    en: 'the entry does not match the signed head recorded for it',
  },
  EXCHANGE_TAIL_UNSIGNED: {
    vi: 'các mục cuối không có đầu chuỗi đã ký (chèn thêm hoặc xoá mất)',
    en: 'the end of the log differs from its last signed head (entries added or removed)',
  },
} as const

export type CallBreakReason = keyof typeof CALL_BREAK_REASONS

export type CallLogVerification =
  | { ok: true; checked: number; head: { chainIndex: number; hash: string } | null }
  | { ok: false; checked: number; firstBroken: { chainIndex: number; reason: CallBreakReason } }

const PAGE = 2_000

async function signedHeadOf(keys: AuditKeyRing, row: CallHeadRow): Promise<boolean> {
  const payload = (await keys.verify(row.signature, CALL_HEAD_TYPE)) as
    Partial<CallHead> | undefined
  return (
    payload?.log === 'exchange-calls' &&
    payload.count === row.chainIndex &&
    payload.head === row.hash
  )
}

/**
 * Checks the whole call log: every entry's hash, every link, every signed head against its
 * signature and the entry it names, and that the log ends at its last signed head.
 * @returns the first broken entry by chain index, with why
 */
export async function verifyCallLog(
  db: Executor,
  keys?: AuditKeyRing,
): Promise<CallLogVerification> {
  const ring = keys ?? (await auditKeys())
  const heads = await findCallHeads(db)
  const headAt = new Map(heads.map((h) => [h.chainIndex, h]))
  const broken = (chainIndex: number, reason: CallBreakReason, checked: number) =>
    ({ ok: false, checked, firstBroken: { chainIndex, reason } }) as const
  let prev = { chainIndex: 0, hash: GENESIS_HASH }
  let checked = 0
  for (;;) {
    const page = await findCallsFrom(db, prev.chainIndex, PAGE)
    for (const call of page) {
      const index = call.chainIndex
      if (index !== prev.chainIndex + 1)
        return broken(prev.chainIndex + 1, 'EXCHANGE_CHAIN_GAP', checked)
      if (call.prevHash !== prev.hash) return broken(index, 'EXCHANGE_LINK_BROKEN', checked)
      if (callHash(index, call.prevHash, call) !== call.hash)
        return broken(index, 'EXCHANGE_HASH_MISMATCH', checked)
      const head = headAt.get(index)
      if (head && head.hash !== call.hash) return broken(index, 'EXCHANGE_HEAD_MISMATCH', checked)
      if (head && !(await signedHeadOf(ring, head)))
        return broken(index, 'EXCHANGE_HEAD_FORGED', checked)
      prev = { chainIndex: index, hash: call.hash }
      checked++
    }
    if (page.length < PAGE) break
  }
  const last = heads[heads.length - 1]
  if ((last?.chainIndex ?? 0) !== prev.chainIndex)
    return broken(
      Math.min(last?.chainIndex ?? 0, prev.chainIndex) + 1,
      'EXCHANGE_TAIL_UNSIGNED',
      checked,
    )
  if (last && !(await signedHeadOf(ring, last)))
    return broken(last.chainIndex, 'EXCHANGE_HEAD_FORGED', checked)
  return { ok: true, checked, head: prev.chainIndex === 0 ? null : prev }
}
