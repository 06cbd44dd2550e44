import type { PublicKeySet } from '../../../../src/platform/crypto/sd-jwt'

/** The issuer's metadata (the SD-JWT VC draft's /.well-known/jwt-vc-issuer): its name and keys. */
export interface IssuerMetadata {
  issuer: string
  jwks: PublicKeySet
}

const CACHE_KEY = 'cds-jwt-vc-issuer'
/** Keys change only at an announced rotation: a day-old copy is fresh enough. */
const FRESH_MS = 24 * 3600 * 1000

interface Cached {
  fetchedAt: number
  metadata: IssuerMetadata
}

function cached(): Cached | undefined {
  try {
    const text = localStorage.getItem(CACHE_KEY)
    return text ? (JSON.parse(text) as Cached) : undefined
  } catch {
    return undefined
  }
}

/**
 * The published keys, fetched once and kept on this device: checks work without the network
 * after the first visit, and a copy of any age is used when the network is down.
 */
export async function issuerMetadata(): Promise<IssuerMetadata> {
  const kept = cached()
  if (kept && Date.now() - kept.fetchedAt < FRESH_MS) return kept.metadata
  try {
    const response = await fetch('/.well-known/jwt-vc-issuer', {
      headers: { accept: 'application/json' },
    })
    if (!response.ok) throw new Error(String(response.status))
    const metadata = (await response.json()) as IssuerMetadata
    localStorage.setItem(CACHE_KEY, JSON.stringify({ fetchedAt: Date.now(), metadata }))
    return metadata
  } catch (error) {
    if (kept) return kept.metadata
    throw error
  }
}
