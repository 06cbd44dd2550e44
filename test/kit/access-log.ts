import assert from 'node:assert/strict'
import type { App } from '../../src/platform/http/server.js'

type Label = { vi: string; en: string }

/** One entry of "who viewed my data" as the person's app receives it. */
export interface SeenEntry {
  action: string
  actionLabel: Label | null
  actorRole: string
  actorAgency: string | null
  actorAgencyName: Label | null
  actorUnitCode: string | null
  actorUnitName: string | null
  actorEstablishmentName: string | null
  viaSystem: string | null
  viaSystemName: string | null
}

/** The signed-in person's access log, newest first. */
export async function accessLogOf(app: App, cookie: string): Promise<SeenEntry[]> {
  const response = await app.inject({
    method: 'GET',
    url: '/api/v1/me/access-log?limit=200',
    headers: { cookie },
  })
  assert.equal(response.statusCode, 200, response.body)
  return response.json<{ entries: SeenEntry[] }>().entries
}

/** A client_credentials access token of a machine client, as its software would ask for one. */
export async function clientBearer(
  app: App,
  client: { clientId: string; secret: string },
  scope: string,
): Promise<string> {
  const token = await app.inject({
    method: 'POST',
    url: '/oidc/token',
    headers: {
      authorization: `Basic ${Buffer.from(`${client.clientId}:${client.secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: `grant_type=client_credentials&scope=${scope}`,
  })
  assert.equal(token.statusCode, 200, token.body)
  return `Bearer ${token.json<{ access_token: string }>().access_token}`
}
