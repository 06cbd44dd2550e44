import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { exportJWK, generateKeyPair } from 'jose'
import {
  assertRefusal,
  describeOnEngines,
  enrol,
  seedTwoCommunes,
  useApp,
  type Actor,
  type TwoCommunes,
} from '../../../test/kit/index.js'
import { API, call, openPartner, type PartnerDesk } from './verification.test-support.js'

interface Staff {
  grantId: number
  personalNumber: string
  partnerId: string
}

describeOnEngines('partner administration', (db) => {
  const app = useApp(db)
  let places: TwoCommunes
  let admin: Actor
  let stranger: Actor
  let hospital: PartnerDesk
  let notary: PartnerDesk

  before(async () => {
    places = await seedTwoCommunes(db())
    const here = places.inside.communeCode
    admin = await enrol(app(), db(), { role: 'administrator', unitCodes: [here] })
    stranger = await enrol(app(), db(), {
      role: 'administrator',
      unitCodes: [places.outside.communeCode],
    })
    hospital = await openPartner(app(), db(), admin, { kind: 'hospital', communeCode: here })
    notary = await openPartner(app(), db(), admin, { kind: 'notary', communeCode: here })
  })

  const as = (who: Actor, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    app().inject({ method, url: `${API}${url}`, headers: { cookie: who.cookie }, payload })

  it('shows one partner to its administrator, and as unknown to another commune’s', async () => {
    const partner = await call<{ id: string; kind: string }>(
      app(),
      admin,
      { method: 'GET', url: `${API}/partners/${hospital.id}` },
      200,
    )
    assert.equal(partner.kind, 'hospital')
    assertRefusal(await as(stranger, 'GET', `/partners/${hospital.id}`), {
      status: 404,
      code: 'VERIFICATION_PARTNER_NOT_FOUND',
    })
    assertRefusal(await as(admin, 'GET', '/partners/nope'), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
    assertRefusal(await as(hospital.staff, 'GET', `/partners/${hospital.id}`), {
      status: 403,
      code: 'AUTH_FORBIDDEN',
    })
  })

  it('lists a partner’s staff and removes one, who then can no longer check', async () => {
    const extra = await enrol(app(), db(), {
      where: `commune_code = '${places.inside.communeCode}'`,
    })
    await call(
      app(),
      admin,
      {
        method: 'POST',
        url: `${API}/partners/${notary.id}/staff`,
        payload: { personalNumber: extra.personalNumber },
      },
      201,
    )
    const { staff } = await call<{ staff: Staff[] }>(
      app(),
      admin,
      { method: 'GET', url: `${API}/partners/${notary.id}/staff` },
      200,
    )
    assert.deepEqual(
      staff.map((s) => s.personalNumber).sort(),
      [extra.personalNumber, notary.staff.personalNumber].sort(),
    )
    assertRefusal(await as(stranger, 'GET', `/partners/${notary.id}/staff`), {
      status: 404,
      code: 'VERIFICATION_PARTNER_NOT_FOUND',
    })
    const grant = staff.find((s) => s.personalNumber === extra.personalNumber)!
    await call(app(), extra, { method: 'GET', url: `${API}/partner` }, 200)

    // Another partner's grant, another commune's administrator, a grant id that is no number.
    assertRefusal(await as(admin, 'DELETE', `/partners/${hospital.id}/staff/${grant.grantId}`), {
      status: 404,
      code: 'VERIFICATION_STAFF_NOT_FOUND',
    })
    assertRefusal(await as(stranger, 'DELETE', `/partners/${notary.id}/staff/${grant.grantId}`), {
      status: 404,
      code: 'VERIFICATION_PARTNER_NOT_FOUND',
    })
    assertRefusal(await as(admin, 'DELETE', `/partners/${notary.id}/staff/x1`), {
      status: 400,
      code: 'REQUEST_INVALID',
    })

    const removed = await as(admin, 'DELETE', `/partners/${notary.id}/staff/${grant.grantId}`)
    assert.equal(removed.statusCode, 204, removed.body)
    assertRefusal(await as(extra, 'GET', '/partner'), { status: 403, code: 'AUTH_FORBIDDEN' })
    assertRefusal(await as(admin, 'DELETE', `/partners/${notary.id}/staff/${grant.grantId}`), {
      status: 404,
      code: 'VERIFICATION_STAFF_NOT_FOUND',
    })
    const after = await call<{ staff: Staff[] }>(
      app(),
      admin,
      { method: 'GET', url: `${API}/partners/${notary.id}/staff` },
      200,
    )
    assert.deepEqual(
      after.staff.map((s) => s.personalNumber),
      [notary.staff.personalNumber],
    )
    // The hospital's own staff is untouched.
    await call(app(), hospital.staff, { method: 'GET', url: `${API}/partner` }, 200)
  })

  it('registers a hospital’s kiosk key for the staff’s list, and revokes it', async () => {
    const { publicKey } = await generateKeyPair('ES256', { extractable: true })
    const publicJwk = await exportJWK(publicKey)
    const device = await call<{ id: string }>(
      app(),
      admin,
      {
        method: 'POST',
        url: `${API}/partners/${hospital.id}/devices`,
        payload: { name: 'Ki-ốt sảnh B', publicJwk },
      },
      201,
    )
    const seen = await call<{ devices: { id: string }[] }>(
      app(),
      hospital.staff,
      { method: 'GET', url: `${API}/devices` },
      200,
    )
    assert.ok(seen.devices.some((d) => d.id === device.id))

    assertRefusal(
      await as(admin, 'POST', `/partners/${notary.id}/devices`, { name: 'Ki-ốt', publicJwk }),
      { status: 403, code: 'VERIFICATION_KIOSK_NOT_HOSPITAL' },
    )
    assertRefusal(
      await as(admin, 'POST', `/partners/${hospital.id}/devices`, {
        name: 'Ki-ốt',
        publicJwk: { ...publicJwk, crv: 'P-384' },
      }),
      { status: 422, code: 'VERIFICATION_DEVICE_KEY_INVALID' },
    )
    assertRefusal(
      await as(admin, 'POST', `/partners/${hospital.id}/devices`, { name: ' ', publicJwk }),
      { status: 400, code: 'REQUEST_INVALID' },
    )
    assertRefusal(
      await as(stranger, 'POST', `/partners/${hospital.id}/devices`, { name: 'Ki-ốt', publicJwk }),
      { status: 404, code: 'VERIFICATION_PARTNER_NOT_FOUND' },
    )
    assertRefusal(await as(stranger, 'DELETE', `/partners/${hospital.id}/devices/${device.id}`), {
      status: 404,
      code: 'VERIFICATION_PARTNER_NOT_FOUND',
    })

    const revoked = await as(admin, 'DELETE', `/partners/${hospital.id}/devices/${device.id}`)
    assert.equal(revoked.statusCode, 204, revoked.body)
    assertRefusal(await as(admin, 'DELETE', `/partners/${hospital.id}/devices/${device.id}`), {
      status: 404,
      code: 'VERIFICATION_DEVICE_NOT_FOUND',
    })
    const listed = await call<{ devices: { id: string; revokedAt: string | null }[] }>(
      app(),
      admin,
      { method: 'GET', url: `${API}/partners/${hospital.id}/devices` },
      200,
    )
    assert.ok(listed.devices.find((d) => d.id === device.id)?.revokedAt)
  })
})
