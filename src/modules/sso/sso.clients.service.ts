import { randomBytes } from 'node:crypto'
import type { JWK } from 'jose'
import { ROLE_PERMISSIONS, ROLES, type Role } from '../../platform/auth/roles.js'
import type { Executor } from '../../platform/db/database.js'
import {
  bumpSecretVersion,
  findAllClients,
  findClient,
  insertClient,
  markClientDisabled,
  upsertFixedClient,
} from './sso.clients.queries.js'
import { clientExists, clientInvalid, clientNotFound } from './sso.errors.js'
import type { SsoSecrets } from './secrets.js'
import { SECTOR, readSectorDocument } from './sectors.js'
import { deleteAccessTokensOfClient } from './sso.payloads.queries.js'

/** What a user-facing relying party may ask for. */
export const USER_SCOPES = [
  'openid',
  'profile',
  'personal_number',
  'seller',
  'offline_access',
] as const

export type AuthMethod = 'client_secret_basic' | 'private_key_jwt'

export interface NewClient {
  clientId?: string | undefined
  name: string
  /** `web`: people sign in to it; `machine`: it calls the API for itself (client_credentials). */
  kind: 'web' | 'machine'
  authMethod: AuthMethod
  redirectUris?: string[] | undefined
  postLogoutRedirectUris?: string[] | undefined
  /**
   * Web clients: a document of the system listing its clients' redirect URIs (OpenID Connect
   * Core 8.1). Clients naming the same one share pairwise subjects; any other has its own.
   */
  sectorIdentifierUri?: string | undefined
  jwks?: { keys: JWK[] } | undefined
  /** Machine clients: the permissions it may be given, within its role's. */
  scopes?: string[] | undefined
  role?: Role | undefined
  unitCodes?: string[] | undefined
  establishmentId?: string | undefined
  agencyCode?: string | undefined
  firstParty?: boolean | undefined
  createdBy?: string | null | undefined
}

export interface RegisteredClient {
  clientId: string
  /** Shown once; never stored. Absent for private_key_jwt clients. */
  clientSecret?: string
}

export interface ClientSummary {
  clientId: string
  name: string
  kind: 'web' | 'machine'
  authMethod: string
  redirectUris: string[]
  sectorIdentifierUri: string | null
  scopes: string[]
  role: string | null
  unitCodes: string[]
  firstParty: boolean
  createdAt: Date
  disabledAt: Date | null
}

export interface RegistryContext {
  db: Executor
  secrets: SsoSecrets
  /** Whether plain-http redirect URIs are allowed (development and tests on localhost). */
  allowHttp: boolean
  /** Told when a client changes, so that no stale copy keeps an old secret alive. */
  changed?: (clientId: string) => void
}

function checkAddresses(uris: string[], allowHttp: boolean, what = 'redirect URI'): void {
  for (const uri of uris) {
    let url: URL
    try {
      url = new URL(uri)
    } catch {
      throw clientInvalid(`${what} is not a URL`, { uri })
    }
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1'
    if (url.protocol !== 'https:' && !(allowHttp && local && url.protocol === 'http:'))
      throw clientInvalid(`${what} must use https`, { uri })
    if (url.hash) throw clientInvalid(`${what} carries no fragment`, { uri })
  }
}

function checkRedirectUris(uris: string[], allowHttp: boolean): void {
  checkAddresses(uris, allowHttp)
  // One client, one host: a system on several hosts registers a client for each and a sector
  // identifier covering them, so that they share its subjects.
  if (new Set(uris.map((u) => new URL(u).host)).size > 1)
    throw clientInvalid('all redirect URIs must share one host', { uris })
}

function checkMachine(client: NewClient): void {
  if (!client.role) throw clientInvalid('a machine client needs a role')
  if (!(ROLES as readonly string[]).includes(client.role))
    throw clientInvalid('unknown role', { role: client.role })
  const allowed: readonly string[] = ROLE_PERMISSIONS[client.role]
  const beyond = (client.scopes ?? []).filter((s) => !allowed.includes(s))
  if (beyond.length > 0) throw clientInvalid('scopes beyond the role', { scopes: beyond })
}

function metadataOf(client: NewClient): Record<string, unknown> {
  const common = {
    client_name: client.name,
    token_endpoint_auth_method: client.authMethod,
    ...(client.jwks ? { jwks: client.jwks } : {}),
  }
  if (client.kind === 'machine') {
    return {
      ...common,
      redirect_uris: [],
      response_types: [],
      grant_types: ['client_credentials'],
      scope: (client.scopes ?? []).join(' '),
      subject_type: 'public',
    }
  }
  return {
    ...common,
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
    response_types: ['code'],
    grant_types: ['authorization_code', 'refresh_token'],
    scope: USER_SCOPES.join(' '),
    subject_type: client.firstParty ? 'public' : 'pairwise',
    ...(client.sectorIdentifierUri ? { [SECTOR]: client.sectorIdentifierUri } : {}),
  }
}

function check(client: NewClient, allowHttp: boolean): void {
  if (!client.name.trim()) throw clientInvalid('a name is needed')
  if (client.authMethod === 'private_key_jwt' && !client.jwks?.keys.length)
    throw clientInvalid('private_key_jwt needs the client public keys (jwks)')
  if (client.kind === 'machine') {
    checkMachine(client)
    return
  }
  if (!client.redirectUris?.length) throw clientInvalid('a web client needs a redirect URI')
  checkRedirectUris([...client.redirectUris, ...(client.postLogoutRedirectUris ?? [])], allowHttp)
}

/** The system's own document must list every redirect URI of the client that names it. */
async function checkSector(client: NewClient, allowHttp: boolean): Promise<void> {
  const uri = client.sectorIdentifierUri
  if (uri === undefined) return
  if (client.kind !== 'web') throw clientInvalid('only a web client has a sector identifier')
  checkAddresses([uri], allowHttp, 'sector identifier URI')
  const listed = await readSectorDocument(uri)
  const missing = (client.redirectUris ?? []).filter((u) => !listed.includes(u))
  if (missing.length > 0)
    throw clientInvalid('the sector identifier document does not list the redirect URIs', {
      missing,
    })
}

const secretOf = (ctx: RegistryContext, clientId: string, version: number, method: string) =>
  method === 'client_secret_basic'
    ? { clientSecret: ctx.secrets.clientSecret(clientId, version) }
    : {}

/** @throws SSO_CLIENT_INVALID, SSO_CLIENT_EXISTS */
export async function registerClient(
  ctx: RegistryContext,
  client: NewClient,
): Promise<RegisteredClient> {
  check(client, ctx.allowHttp)
  await checkSector(client, ctx.allowHttp)
  const clientId = client.clientId ?? `cds-${randomBytes(9).toString('base64url')}`
  const inserted = await insertClient(ctx.db, {
    clientId,
    name: client.name,
    metadata: metadataOf(client),
    firstParty: client.firstParty ?? false,
    role: client.role ?? null,
    unitCodes: client.unitCodes ?? [],
    establishmentId: client.establishmentId ?? null,
    agencyCode: client.agencyCode ?? null,
    createdBy: client.createdBy ?? null,
  })
  if (!inserted) throw clientExists()
  return { clientId, ...secretOf(ctx, clientId, 1, client.authMethod) }
}

/**
 * A new secret. The old one stops working at once on this instance and within the provider's
 * client cache on others (see ClientDirectory), and every access token obtained under it is
 * revoked: API tokens carry their secret's version, the provider's stored ones are deleted.
 * @throws SSO_CLIENT_NOT_FOUND, SSO_CLIENT_INVALID (the client authenticates with its keys)
 */
export async function rotateClientSecret(
  ctx: RegistryContext,
  clientId: string,
): Promise<RegisteredClient> {
  const version = await bumpSecretVersion(ctx.db, clientId, new Date())
  if (version === undefined) {
    const client = await findClient(ctx.db, clientId)
    if (!client || client.disabledAt) throw clientNotFound()
    throw clientInvalid('this client authenticates with its keys, not a secret')
  }
  // Refresh tokens stay: using one takes the client's secret.
  await deleteAccessTokensOfClient(ctx.db, clientId)
  ctx.changed?.(clientId)
  return { clientId, clientSecret: ctx.secrets.clientSecret(clientId, version) }
}

/** Disables a client: the provider no longer knows it, so its tokens can no longer be refreshed. */
export async function disableClient(
  ctx: RegistryContext,
  clientId: string,
  by: string | null,
): Promise<void> {
  const disabled = await markClientDisabled(ctx.db, clientId, { by, at: new Date() })
  if (!disabled) throw clientNotFound()
  ctx.changed?.(clientId)
}

export async function listClients(db: Executor): Promise<ClientSummary[]> {
  const rows = await findAllClients(db)
  return rows.map((row) => {
    const metadata = row.metadata as {
      grant_types: string[]
      token_endpoint_auth_method: string
      redirect_uris: string[]
      scope: string
      [SECTOR]?: string
    }
    return {
      clientId: row.clientId,
      name: row.name,
      kind: metadata.grant_types.includes('client_credentials') ? 'machine' : 'web',
      authMethod: metadata.token_endpoint_auth_method,
      redirectUris: metadata.redirect_uris,
      sectorIdentifierUri: metadata[SECTOR] ?? null,
      scopes: metadata.scope.split(' ').filter(Boolean),
      role: row.role,
      unitCodes: row.unitCodes,
      firstParty: row.firstParty,
      createdAt: row.createdAt,
      disabledAt: row.disabledAt,
    }
  })
}

export const WEB_CLIENT_ID = 'cong-dan-so-web'

/**
 * The platform's own web app, registered (or re-registered for a new address) at every start:
 * it signs people in through the provider like any other client.
 */
export async function ensureWebClient(
  ctx: RegistryContext,
  publicUrl: string,
): Promise<{ clientId: string; clientSecret: string }> {
  const client: NewClient = {
    clientId: WEB_CLIENT_ID,
    name: 'Công Dân Số',
    kind: 'web',
    authMethod: 'client_secret_basic',
    redirectUris: [`${publicUrl}/auth/callback`],
    postLogoutRedirectUris: [`${publicUrl}/`],
    firstParty: true,
  }
  check(client, ctx.allowHttp)
  const metadata = metadataOf(client)
  // Several instances may start at once: one row, whichever writes last, same content.
  const version = await upsertFixedClient(ctx.db, {
    clientId: WEB_CLIENT_ID,
    name: client.name,
    metadata,
    firstParty: true,
  })
  ctx.changed?.(WEB_CLIENT_ID)
  return { clientId: WEB_CLIENT_ID, clientSecret: ctx.secrets.clientSecret(WEB_CLIENT_ID, version) }
}
