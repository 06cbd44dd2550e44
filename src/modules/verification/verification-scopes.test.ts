import { before, it } from 'node:test'
import type { InjectOptions } from 'fastify'
import { exportJWK, generateKeyPair } from 'jose'
import {
  assertRecordRoutesKnown,
  describeOnEngines,
  enrol,
  seedTwoCommunes,
  sideCase,
  useApp,
  walkScopeCases,
  type Actor,
  type ScopeCase,
  type Side,
} from '../../../test/kit/index.js'
import { API, call, cardQrOf, openPartner, type PartnerDesk } from './verification.test-support.js'

/**
 * Every verification route with a record in its URL, walked from inside and just outside: an
 * administrator's partner of another commune, another partner's check, session or device.
 */
describeOnEngines('every verification route, inside and just outside', (db) => {
  const app = useApp(db)
  let admin: Actor
  const partners: Partial<Record<Side, PartnerDesk>> = {}
  const boards: Partial<Record<Side, PartnerDesk>> = {}
  const checks: Partial<Record<Side, string>> = {}
  const sessions: Partial<Record<Side, string>> = {}
  const devices: Partial<Record<Side, string>> = {}
  const kiosks: Partial<Record<Side, string>> = {}
  const grants: Partial<Record<Side, number>> = {}
  let newcomer: Actor

  before(async () => {
    const places = await seedTwoCommunes(db())
    admin = await enrol(app(), db(), {
      role: 'administrator',
      unitCodes: [places.inside.communeCode],
    })
    const adminThere = await enrol(app(), db(), {
      role: 'administrator',
      unitCodes: [places.outside.communeCode],
    })
    newcomer = await enrol(app(), db())
    point = await publicPoint()
    for (const side of ['inside', 'outside'] as const) {
      const communeCode = places[side].communeCode
      const who = side === 'inside' ? admin : adminThere
      const hospital = await openPartner(app(), db(), who, { kind: 'hospital', communeCode })
      partners[side] = hospital
      const board = await openPartner(app(), db(), who, { kind: 'examBoard', communeCode })
      boards[side] = board
      const code = await cardQrOf(db(), places[side].personalNumber)
      checks[side] = (
        await call<{ check: { id: string } }>(
          app(),
          hospital.staff,
          { method: 'POST', url: `${API}/checks`, payload: { code, purpose: 'medicalCheckIn' } },
          201,
        )
      ).check.id
      sessions[side] = (
        await call<{ id: string }>(
          app(),
          board.staff,
          {
            method: 'POST',
            url: `${API}/sessions`,
            payload: { title: 'Thi', startsAt: '2026-12-07T01:00:00.000Z' },
          },
          201,
        )
      ).id
      const jwk = { kty: 'EC', crv: 'P-256', ...(await publicPoint()) }
      devices[side] = (
        await call<{ id: string }>(
          app(),
          hospital.staff,
          { method: 'POST', url: `${API}/devices`, payload: { name: 'Ki-ốt', publicJwk: jwk } },
          201,
        )
      ).id
      // A second kiosk, revoked by the administrator; the hospital staff's grant, removed last.
      kiosks[side] = (
        await call<{ id: string }>(
          app(),
          who,
          {
            method: 'POST',
            url: `${API}/partners/${hospital.id}/devices`,
            payload: {
              name: 'Ki-ốt 2',
              publicJwk: { kty: 'EC', crv: 'P-256', ...(await publicPoint()) },
            },
          },
          201,
        )
      ).id
      grants[side] = (
        await call<{ staff: { grantId: number }[] }>(
          app(),
          who,
          { method: 'GET', url: `${API}/partners/${hospital.id}/staff` },
          200,
        )
      ).staff[0]!.grantId
    }
  })

  const staffOf = (desks: typeof partners) => ({
    role: 'partnerStaff' as const,
    as: () => desks.inside!.staff,
  })
  const administrator = { role: 'administrator' as const, as: () => admin }
  let point: { x: string; y: string }
  const notFound = (code: string) => ({ status: 404, code })
  const get = (url: string): InjectOptions => ({ method: 'GET', url })

  const CASES: ScopeCase[] = [
    sideCase(
      'POST /api/v1/verification/partners/:id/staff',
      { role: 'administrator', as: () => admin },
      (side) => ({
        method: 'POST',
        url: `${API}/partners/${partners[side]!.id}/staff`,
        payload: { personalNumber: newcomer.personalNumber },
      }),
      201,
      notFound('VERIFICATION_PARTNER_NOT_FOUND'),
    ),
    sideCase(
      'GET /api/v1/verification/checks/:id',
      staffOf(partners),
      (side) => get(`${API}/checks/${checks[side]!}`),
      200,
      notFound('VERIFICATION_CHECK_NOT_FOUND'),
    ),
    sideCase(
      'GET /api/v1/verification/sessions/:id',
      staffOf(boards),
      (side) => get(`${API}/sessions/${sessions[side]!}`),
      200,
      notFound('VERIFICATION_SESSION_NOT_FOUND'),
    ),
    sideCase(
      'POST /api/v1/verification/sessions/:id/candidates',
      staffOf(boards),
      (side) => ({
        method: 'POST',
        url: `${API}/sessions/${sessions[side]!}/candidates`,
        payload: 'Số định danh,Họ và tên,Ngày sinh\n123,An,01/01/2000',
        headers: { 'content-type': 'text/csv' },
      }),
      200,
      notFound('VERIFICATION_SESSION_NOT_FOUND'),
    ),
    sideCase(
      'POST /api/v1/verification/sessions/:id/checks',
      staffOf(boards),
      (side) => ({
        method: 'POST',
        url: `${API}/sessions/${sessions[side]!}/checks`,
        payload: { code: 'không đọc được' },
      }),
      // Inside, the session is found and the code read: unreadable.
      422,
      notFound('VERIFICATION_SESSION_NOT_FOUND'),
    ),
    sideCase(
      'DELETE /api/v1/verification/devices/:id',
      staffOf(partners),
      (side) => ({ method: 'DELETE', url: `${API}/devices/${devices[side]!}` }),
      204,
      notFound('VERIFICATION_DEVICE_NOT_FOUND'),
    ),
    ...(['', '/staff', '/devices'] as const).map((tail) =>
      sideCase(
        `GET /api/v1/verification/partners/:id${tail}`,
        administrator,
        (side) => get(`${API}/partners/${partners[side]!.id}${tail}`),
        200,
        notFound('VERIFICATION_PARTNER_NOT_FOUND'),
      ),
    ),
    sideCase(
      'POST /api/v1/verification/partners/:id/devices',
      administrator,
      (side) => ({
        method: 'POST',
        url: `${API}/partners/${partners[side]!.id}/devices`,
        payload: { name: 'Ki-ốt 3', publicJwk: { kty: 'EC', crv: 'P-256', ...point } },
      }),
      201,
      notFound('VERIFICATION_PARTNER_NOT_FOUND'),
    ),
    sideCase(
      'DELETE /api/v1/verification/partners/:id/devices/:deviceId',
      administrator,
      (side) => ({
        method: 'DELETE',
        url: `${API}/partners/${partners[side]!.id}/devices/${kiosks[side]!}`,
      }),
      204,
      notFound('VERIFICATION_PARTNER_NOT_FOUND'),
    ),
    // Last: the inside hospital's staff member loses their grant.
    sideCase(
      'DELETE /api/v1/verification/partners/:id/staff/:grantId',
      administrator,
      (side) => ({
        method: 'DELETE',
        url: `${API}/partners/${partners[side]!.id}/staff/${grants[side]!}`,
      }),
      204,
      notFound('VERIFICATION_PARTNER_NOT_FOUND'),
    ),
  ]

  it('has a jurisdiction case for every verification route with a record in its URL', () => {
    assertRecordRoutesKnown(
      app(),
      CASES.map((c) => c.route),
      (route) => route.includes(` ${API}/`),
    )
  })

  walkScopeCases(app, CASES)
})

/** The public point of a fresh P-256 key, as a JWK's x and y. */
async function publicPoint(): Promise<{ x: string; y: string }> {
  const { publicKey } = await generateKeyPair('ES256', { extractable: true })
  const { x, y } = await exportJWK(publicKey)
  return { x: x!, y: y! }
}
