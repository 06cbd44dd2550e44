import assert from 'node:assert/strict'
import type { InjectOptions } from 'fastify'
import { enrol, type Actor } from '../../../test/kit/index.js'
import type { Database } from '../../platform/db/database.js'
import type { App } from '../../platform/http/server.js'
import type { PartnerKind } from './verification.tables.js'

export const API = '/api/v1/verification'

/** A partner of a commune with one staff member named by the commune's administrator. */
export interface PartnerDesk {
  id: string
  staff: Actor
}

/** The JSON answer of a request made with a cookie, failing unless it has this status. */
export async function call<T>(
  app: App,
  who: Actor | null,
  request: InjectOptions,
  status: number,
): Promise<T> {
  const response = await app.inject({
    ...request,
    headers: { ...request.headers, ...(who ? { cookie: who.cookie } : {}) },
  })
  assert.equal(response.statusCode, status, `${JSON.stringify(request.url)}: ${response.body}`)
  return response.json<T>()
}

/** Registers a partner through the administrator and names a fresh resident its staff. */
export async function openPartner(
  app: App,
  db: Database,
  admin: Actor,
  partner: { kind: PartnerKind; communeCode: string; name?: string },
): Promise<PartnerDesk> {
  const { id } = await call<{ id: string }>(
    app,
    admin,
    {
      method: 'POST',
      url: `${API}/partners`,
      payload: { name: `Đối tác ${partner.kind}`, ...partner },
    },
    201,
  )
  const staff = await enrol(app, db, { where: `commune_code = '${partner.communeCode}'` })
  await call(
    app,
    admin,
    {
      method: 'POST',
      url: `${API}/partners/${id}/staff`,
      payload: { personalNumber: staff.personalNumber },
    },
    201,
  )
  return { id, staff }
}

/** What the chip card's QR of a resident says, as the registry has them (or altered). */
export async function cardQrOf(
  db: Database,
  personalNumber: string,
  change: { fullName?: string } = {},
): Promise<string> {
  const [row] = await db.query<{ full_name: string; birth_date: string; sex: string }>(
    `SELECT full_name, birth_date::text AS birth_date, sex FROM residents WHERE personal_number = $1`,
    [personalNumber],
  )
  assert.ok(row, 'no such resident')
  const [y, m, d] = row.birth_date.split('-')
  const sex = row.sex === 'F' ? 'Nữ' : 'Nam'
  return [
    personalNumber,
    '',
    change.fullName ?? row.full_name,
    `${d}${m}${y}`,
    sex,
    'Phường Trấn Biên, Đồng Nai',
    '01012022',
  ].join('|')
}

/** A fresh identity QR token of a signed-in resident. */
export async function identityQrOf(app: App, resident: Actor): Promise<string> {
  return (
    await call<{ token: string }>(
      app,
      resident,
      { method: 'POST', url: '/api/v1/identity/qr' },
      201,
    )
  ).token
}
