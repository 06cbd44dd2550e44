import type { AuditKeyRing } from './keys.js'

/** What a checkpoint signs: how long the chain is and how it ends. No personal data. */
export interface ChainHead {
  /** Entries in the chain (the chain index of the last). */
  count: number
  /** Hash of the last entry. */
  head: string
  /** When it was signed, ISO 8601. */
  at: string
}

export interface SignedHead extends ChainHead {
  jws: string
  keyId: string
}

export async function signHead(
  keys: AuditKeyRing,
  count: number,
  head: string,
): Promise<SignedHead> {
  const payload: ChainHead = { count, head, at: new Date().toISOString() }
  return { ...payload, ...(await keys.sign(payload)) }
}

/** The head a JWS signs, when one of the ring's keys signed it; undefined otherwise. */
export async function readSignedHead(
  keys: AuditKeyRing,
  jws: string,
): Promise<ChainHead | undefined> {
  const payload = (await keys.verify(jws)) as Partial<ChainHead> | undefined
  const valid =
    payload !== undefined &&
    Number.isSafeInteger(payload.count) &&
    typeof payload.head === 'string' &&
    typeof payload.at === 'string'
  return valid ? (payload as ChainHead) : undefined
}

/** Whether a checkpoint row is exactly what its signature says. */
export async function checkpointSigned(
  keys: AuditKeyRing,
  checkpoint: { chain_index: number; hash: string; signature: string | null },
): Promise<boolean> {
  if (checkpoint.signature === null) return false
  const signed = await readSignedHead(keys, checkpoint.signature)
  return signed?.count === checkpoint.chain_index && signed.head === checkpoint.hash
}
