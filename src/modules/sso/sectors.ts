import { clientInvalid } from './sso.errors.js'

const MAX_BYTES = 64 * 1024

/**
 * Where a client's checked sector identifier URI is kept in its metadata, as the platform's own
 * property: under the standard name the provider would fetch the document again at every load.
 */
export const SECTOR = 'pairwise_sector'

/** What a pairwise subject is computed over: the client's sector if it has one, else the client. */
export const sectorOf = (client: { clientId: string; [key: string]: unknown }): string => {
  const sector = client[SECTOR]
  return typeof sector === 'string' ? sector : client.clientId
}

/**
 * The redirect URIs a sector identifier document lists (OpenID Connect Core 8.1): a JSON array
 * the system publishes on its own host, read once, when a client is registered.
 * @throws SSO_CLIENT_INVALID when it cannot be read or is not an array of strings
 */
export async function readSectorDocument(uri: string): Promise<string[]> {
  const unreadable = (reason: string) =>
    clientInvalid(`the sector identifier document ${reason}`, { sectorIdentifierUri: uri })
  let response: Response
  let text: string
  try {
    response = await fetch(uri, {
      redirect: 'error',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(5_000),
    })
    text = await response.text()
  } catch {
    throw unreadable('could not be fetched')
  }
  if (!response.ok) throw unreadable(`answered ${response.status}`)
  if (text.length > MAX_BYTES) throw unreadable('is too large')
  let listed: unknown
  try {
    listed = JSON.parse(text)
  } catch {
    throw unreadable('is not JSON')
  }
  if (!Array.isArray(listed) || !listed.every((u) => typeof u === 'string'))
    throw unreadable('is not a JSON array of redirect URIs')
  return listed
}
