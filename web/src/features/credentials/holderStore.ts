/**
 * The holder's side on this device, in IndexedDB: an ES256 key pair whose private half cannot be
 * exported (WebCrypto keeps it; no script, ours included, can read it out), and the credentials
 * issued for it, so that they are presented without the network.
 */

const DATABASE = 'cds-credentials'
const KEYS = 'keys'
const CREDENTIALS = 'credentials'
const DEVICE_KEY = 'device'

export interface StoredCredential {
  /** 'identity', or 'document:<id>' for a vault document. */
  key: string
  credentialType: string
  credential: string
  expiresAt: string
}

function openStore(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1)
    request.onupgradeneeded = () => {
      request.result.createObjectStore(KEYS)
      request.result.createObjectStore(CREDENTIALS, { keyPath: 'key' })
    }
    request.onsuccess = () => {
      resolve(request.result)
    }
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB'))
    }
  })
}

async function run<T>(
  store: string,
  mode: IDBTransactionMode,
  act: (s: IDBObjectStore) => IDBRequest,
): Promise<T> {
  const db = await openStore()
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(store, mode).objectStore(store))
      request.onsuccess = () => {
        resolve(request.result as T)
      }
      request.onerror = () => {
        reject(request.error ?? new Error('IndexedDB'))
      }
    })
  } finally {
    db.close()
  }
}

/** This device's key pair, made on first use. */
export async function holderKeyPair(): Promise<CryptoKeyPair> {
  const kept = await run<CryptoKeyPair | undefined>(KEYS, 'readonly', (s) => s.get(DEVICE_KEY))
  if (kept) return kept
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ])
  await run(KEYS, 'readwrite', (s) => s.put(pair, DEVICE_KEY))
  return pair
}

/** The public half as the issuer binds it: the key's members only. */
export async function publicJwkOf(pair: CryptoKeyPair) {
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey)
  return { kty: kty as 'EC', crv: crv as 'P-256', x: x!, y: y! }
}

export async function signWith(pair: CryptoKeyPair, input: Uint8Array<ArrayBuffer>) {
  const signature = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    pair.privateKey,
    input,
  )
  return new Uint8Array(signature)
}

export const saveCredential = (stored: StoredCredential) =>
  run(CREDENTIALS, 'readwrite', (s) => s.put(stored))

export const loadCredential = (key: string) =>
  run<StoredCredential | undefined>(CREDENTIALS, 'readonly', (s) => s.get(key))
