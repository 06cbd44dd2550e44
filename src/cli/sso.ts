import { readFile } from 'node:fs/promises'
import type { JWK } from 'jose'
import {
  deriveSsoSecrets,
  disableClient,
  listClients,
  registerClient,
  rotateClientSecret,
  type ClientSummary,
  type RegisteredClient,
} from '../modules/sso/index.js'
import { ROLES, type Role } from '../platform/auth/roles.js'
import type { Config } from '../platform/config/config.js'
import type { Database } from '../platform/db/database.js'
import { list, oneOf, required, runCommand, type Action, type Values } from './command.js'

const USAGE = `Cách dùng / usage:
  npm run sso -- clients:add --name "<tên / name>" --kind web --redirect-uris https://…/callback
      [--post-logout-uris https://…/] [--auth client_secret_basic|private_key_jwt] [--jwks-file keys.json]
      [--sector-identifier-uri https://…/sector.json]  # một hệ thống, chung định danh / one system, shared subjects
  npm run sso -- clients:add --name "<tên / name>" --kind machine --role <vai trò / role>
      --scopes a,b [--units a,b] [--establishment id] [--agency code] [--auth …] [--jwks-file …]
  npm run sso -- clients:list
  npm run sso -- clients:rotate --client <client_id>
  npm run sso -- clients:disable --client <client_id>
Các máy chủ khác nhận thay đổi trong vòng 5 giây / other running instances see a change within 5 s.`

// A command-line change has no request behind it: the registry records no administrator.
const registry = (database: Database, config: Config) => ({
  db: database.db,
  secrets: deriveSsoSecrets(config.SSO_SECRET),
  allowHttp: config.NODE_ENV !== 'production',
})

function shown(client: RegisteredClient): string {
  const secret = client.clientSecret
    ? `\nclient_secret: ${client.clientSecret}\n(chỉ hiện một lần / shown once: keep it now)`
    : ''
  return `client_id: ${client.clientId}${secret}`
}

function add(v: Values): Action {
  const kind = oneOf(
    { vi: 'Loại', en: 'kind' },
    ['web', 'machine'] as const,
    required('kind', v.kind),
  )
  const authMethod = oneOf(
    { vi: 'Cách xác thực', en: 'auth method' },
    ['client_secret_basic', 'private_key_jwt'] as const,
    v.auth ?? 'client_secret_basic',
  )
  const role =
    v.role === undefined ? undefined : oneOf<Role>({ vi: 'Vai trò', en: 'role' }, ROLES, v.role)
  const client = {
    name: required('name', v.name),
    clientId: v.id,
    kind,
    authMethod,
    redirectUris: list(v['redirect-uris']),
    postLogoutRedirectUris: list(v['post-logout-uris']),
    sectorIdentifierUri: v['sector-identifier-uri'],
    scopes: list(v.scopes),
    role,
    unitCodes: list(v.units),
    establishmentId: v.establishment,
    agencyCode: v.agency,
  }
  return async (database, config) => {
    const jwks = v['jwks-file']
      ? (JSON.parse(await readFile(v['jwks-file'], 'utf8')) as { keys: JWK[] })
      : undefined
    return shown(await registerClient(registry(database, config), { ...client, jwks }))
  }
}

const describe = (c: ClientSummary): string =>
  [
    c.clientId,
    c.kind,
    c.name,
    c.authMethod,
    c.kind === 'web' ? c.redirectUris.join(',') : `${c.role ?? '-'} ${c.scopes.join(',')}`,
    c.disabledAt ? `vô hiệu / disabled ${c.disabledAt.toISOString()}` : 'hoạt động / active',
  ].join('  ')

const commands = {
  'clients:add': add,
  'clients:list': (): Action => async (database) =>
    (await listClients(database.db)).map(describe).join('\n') || 'Chưa có ứng dụng / no clients',
  'clients:rotate':
    (v: Values): Action =>
    async (database, config) =>
      shown(await rotateClientSecret(registry(database, config), required('client', v.client))),
  'clients:disable':
    (v: Values): Action =>
    async (database, config) => {
      const clientId = required('client', v.client)
      await disableClient(registry(database, config), clientId, null)
      return `Đã vô hiệu hoá / disabled: ${clientId}`
    },
}

await runCommand({
  usage: USAGE,
  commands,
  options: Object.fromEntries(
    [
      'name',
      'id',
      'kind',
      'auth',
      'redirect-uris',
      'post-logout-uris',
      'sector-identifier-uri',
      'jwks-file',
      'scopes',
      'role',
      'units',
      'establishment',
      'agency',
      'client',
    ].map((name) => [name, { type: 'string' as const }]),
  ),
})
