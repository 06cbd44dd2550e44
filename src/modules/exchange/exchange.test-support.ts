import assert from 'node:assert/strict'
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose'
import * as oidc from 'openid-client'
import type { Actor } from '../../../test/kit/index.js'
import type { App } from '../../platform/http/server.js'

/**
 * A member's system: an SSO machine client with its own key (private_key_jwt), registered by the
 * administrator, and the access token it gets through openid-client, as a real consumer would.
 */
export async function memberSystemToken(
  served: { app: App; origin: string },
  admin: Actor,
  agencyCode: string,
): Promise<string> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true })
  const jwk = await exportJWK(publicKey)
  const kid = await calculateJwkThumbprint(jwk)
  const registered = await served.app.inject({
    method: 'POST',
    url: '/api/v1/sso/clients',
    headers: { cookie: admin.cookie },
    payload: {
      kind: 'machine',
      name: `Hệ thống ${agencyCode}`,
      authMethod: 'private_key_jwt',
      jwks: { keys: [{ ...jwk, kid, alg: 'ES256', use: 'sig' }] },
      role: 'partnerSystem',
      agencyCode,
      scopes: ['exchange.call'],
    },
  })
  assert.equal(registered.statusCode, 201, registered.body)
  const config = await oidc.discovery(
    new URL(`${served.origin}/oidc`),
    registered.json<{ clientId: string }>().clientId,
    undefined,
    oidc.PrivateKeyJwt({ key: privateKey, kid }),
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the test server speaks plain http
    { execute: [oidc.allowInsecureRequests] },
  )
  return (await oidc.clientCredentialsGrant(config, { scope: 'exchange.call' })).access_token
}

/** What the exchange tests call over HTTP, as the administrator and members' officers would. */
export function exchangeClient(app: () => App) {
  const call = async (
    actor: Actor,
    method: 'GET' | 'POST',
    url: string,
    payload?: Record<string, unknown>,
  ) =>
    app().inject({
      method,
      url: `/api/v1/exchange${url}`,
      headers: { cookie: actor.cookie },
      ...(payload ? { payload } : {}),
    })

  const created = async (actor: Actor, url: string, payload: Record<string, unknown>) => {
    const response = await call(actor, 'POST', url, payload)
    assert.equal(response.statusCode, 201, response.body)
    return response.json<{ id: string; code: string }>()
  }

  return {
    call,
    member: (admin: Actor, code: string, type = 'agency') =>
      created(admin, '/members', {
        code,
        name: `Thành viên ${code}`,
        type,
        contacts: [{ name: 'Nguyễn Văn Đầu Mối', email: 'dau.moi@example.vn' }],
      }),
    service: (admin: Actor, body: Record<string, unknown>) =>
      created(admin, '/services', {
        name: 'Dịch vụ dữ liệu',
        description: 'Mô tả',
        openapi: { openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: {} },
        attributes: [],
        purposes: [{ code: 'checking', name: 'Đối chiếu', legalBasis: 'Luật Căn cước 2023' }],
        rateLimitPerMinute: 60,
        ...body,
      }),
    /** Asks for a grant as the consumer's officer and has the provider's officer approve it. */
    async grant(
      consumer: Actor,
      provider: Actor,
      body: Record<string, unknown>,
      approval: Record<string, unknown> = {},
    ) {
      const asked = await created(consumer, '/grants', { attributes: [], ...body })
      const approved = await call(provider, 'POST', `/grants/${asked.id}/approve`, approval)
      assert.equal(approved.statusCode, 200, approved.body)
      return asked.id
    },
  }
}
