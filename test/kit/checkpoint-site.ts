import { CompactSign, exportJWK, generateKeyPair } from 'jose'
import type { Database } from '../../src/platform/db/database.js'
import type { App } from '../../src/platform/http/server.js'
import { enrol, type Actor } from './people.js'
import { answerAs as call } from './scopes.js'

/** The checkpoints module's routes. */
export const CHECKPOINTS_API = '/api/v1/checkpoints'
const API = CHECKPOINTS_API

/** An operator with one site, two gates, a staff member and a camera system with its key. */
export interface OpenSite {
  operatorId: string
  siteId: string
  gates: [string, string]
  staff: Actor
  system: Actor
  sign: (payload: unknown) => Promise<string>
}

/** Registers it all through the administrator's routes, as an administrator would. */
export async function openSite(
  app: App,
  db: Database,
  admin: Actor,
  site: { communeCode: string; kind?: string },
): Promise<OpenSite> {
  const operator = await call<{ id: string }>(
    app,
    admin,
    {
      method: 'POST',
      url: `${API}/operators`,
      payload: { name: 'Ban quản lý khu du lịch Bửu Long', communeCode: site.communeCode },
    },
    201,
  )
  const created = await call<{ id: string }>(
    app,
    admin,
    {
      method: 'POST',
      url: `${API}/sites`,
      payload: {
        operatorId: operator.id,
        kind: site.kind ?? 'touristSite',
        name: 'Khu du lịch Bửu Long',
        communeCode: site.communeCode,
      },
    },
    201,
  )
  for (const name of ['Cổng chính', 'Cổng phụ'])
    await call(
      app,
      admin,
      { method: 'POST', url: `${API}/sites/${created.id}/gates`, payload: { name } },
      201,
    )
  const staff = await enrol(app, db, { where: `commune_code = '${site.communeCode}'` })
  await call(
    app,
    admin,
    {
      method: 'POST',
      url: `${API}/operators/${operator.id}/staff`,
      payload: { personalNumber: staff.personalNumber },
    },
    201,
  )
  const { gates } = await call<{ gates: { id: string }[] }>(
    app,
    staff,
    { method: 'GET', url: `${API}/sites/${created.id}` },
    200,
  )
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true })
  const key = await call<{ id: string }>(
    app,
    admin,
    {
      method: 'POST',
      url: `${API}/sites/${created.id}/camera-keys`,
      payload: { name: 'Camera AI cổng chính', publicJwk: await exportJWK(publicKey) },
    },
    201,
  )
  const system = await enrol(app, db, {
    role: 'operatorSystem',
    unitCodes: [site.communeCode],
    establishmentId: operator.id,
  })
  const sign = (payload: unknown) =>
    new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'ES256', kid: key.id })
      .sign(privateKey)
  return {
    operatorId: operator.id,
    siteId: created.id,
    gates: [gates[0]!.id, gates[1]!.id],
    staff,
    system,
    sign,
  }
}
