import { compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose'
import type { Executor } from '../../platform/db/database.js'
import { findLivingResident } from './presented-identity.js'
import { saveCheck, type RecordedCheck } from './checks.service.js'
import {
  findDevicesOf,
  findLiveDevice,
  findPartner,
  insertDevice,
  markDeviceRevoked,
  spendAttestationNonce,
  type DeviceRow,
  type PartnerRow,
} from './partners.queries.js'
import {
  attestationKeyUnknown,
  attestationMalformed,
  attestationReplayed,
  attestationSignature,
  attestationStale,
  deviceKeyInvalid,
  deviceNotFound,
  kioskNotHospital,
} from './verification.errors.js'

/**
 * Hospital self check-in (model 7). The biometric match happens on the kiosk's own device (its
 * fingerprint or face reader against the chip); the platform never sees the biometrics. The device
 * signs what it found as a compact JWS, ES256, with the key its hospital registered:
 *
 *   header  { alg: 'ES256', kid: <device id> }
 *   payload { sub: <personal number>, match: true|false, iat: <seconds>, nonce: <random> }
 *
 * An attestation is accepted once (its nonce), within FRESH_SECONDS of its time.
 */

export const FRESH_SECONDS = 120
const FUTURE_TOLERANCE_SECONDS = 30
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const NONCE = /^[A-Za-z0-9_-]{16,128}$/

interface Attestation {
  sub: string
  match: boolean
  iat: number
  nonce: string
}

/** @throws VERIFICATION_DEVICE_KEY_INVALID unless an EC P-256 public key alone */
async function assertPublicKey(jwk: Record<string, unknown>): Promise<void> {
  const ok =
    jwk.kty === 'EC' &&
    jwk.crv === 'P-256' &&
    typeof jwk.x === 'string' &&
    typeof jwk.y === 'string' &&
    !('d' in jwk)
  if (!ok) throw deviceKeyInvalid()
  try {
    await importJWK(jwk as JWK, 'ES256')
  } catch {
    throw deviceKeyInvalid()
  }
}

/**
 * Registers a kiosk device's public key for a hospital (by its staff or by the administrator who
 * onboards it); the device's id is the `kid` its attestations name.
 * @throws VERIFICATION_KIOSK_NOT_HOSPITAL, VERIFICATION_DEVICE_KEY_INVALID
 */
export async function registerDevice(
  db: Executor,
  partner: PartnerRow,
  device: { name: string; publicJwk: Record<string, unknown> },
): Promise<DeviceRow> {
  if (partner.kind !== 'hospital') throw kioskNotHospital()
  const { kty, crv, x, y } = device.publicJwk
  const publicJwk = { kty, crv, x, y }
  await assertPublicKey(device.publicJwk)
  return insertDevice(db, { partnerId: partner.id, name: device.name.trim(), publicJwk })
}

/** The partner's kiosk devices. */
export async function listDevices(db: Executor, partner: PartnerRow): Promise<DeviceRow[]> {
  return findDevicesOf(db, partner.id)
}

/** @throws VERIFICATION_DEVICE_NOT_FOUND */
export async function revokeDevice(db: Executor, partner: PartnerRow, id: string): Promise<void> {
  if (!(await markDeviceRevoked(db, partner.id, id))) throw deviceNotFound()
}

/** @throws VERIFICATION_ATTESTATION_MALFORMED */
function readPayload(bytes: Uint8Array): Attestation {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    throw attestationMalformed('payload')
  }
  const a = value as Partial<Attestation> | null
  if (!a || typeof a !== 'object') throw attestationMalformed('payload')
  if (typeof a.sub !== 'string' || !/^\d{12}$/.test(a.sub)) throw attestationMalformed('sub')
  if (typeof a.match !== 'boolean') throw attestationMalformed('match')
  if (typeof a.iat !== 'number' || !Number.isInteger(a.iat)) throw attestationMalformed('iat')
  if (typeof a.nonce !== 'string' || !NONCE.test(a.nonce)) throw attestationMalformed('nonce')
  return { sub: a.sub, match: a.match, iat: a.iat, nonce: a.nonce }
}

/** @throws VERIFICATION_ATTESTATION_MALFORMED, _KEY_UNKNOWN, _SIGNATURE */
async function verifiedAttestation(
  db: Executor,
  jws: string,
): Promise<{ device: DeviceRow; attestation: Attestation }> {
  let kid: unknown
  try {
    const header = decodeProtectedHeader(jws)
    if (header.alg !== 'ES256') throw attestationMalformed('alg')
    kid = header.kid
  } catch (error) {
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('VERIFICATION'))
      throw error
    throw attestationMalformed('header')
  }
  if (typeof kid !== 'string' || !UUID.test(kid)) throw attestationKeyUnknown()
  const device = await findLiveDevice(db, kid)
  if (!device) throw attestationKeyUnknown()
  let payload: Uint8Array
  try {
    const key = await importJWK(device.publicJwk as JWK, 'ES256')
    payload = (await compactVerify(jws, key, { algorithms: ['ES256'] })).payload
  } catch {
    throw attestationSignature()
  }
  return { device, attestation: readPayload(payload) }
}

/** @throws VERIFICATION_ATTESTATION_REPLAYED when the device sent this nonce before */
async function spendNonce(db: Executor, deviceId: string, a: Attestation, now: Date) {
  const expiresAt = new Date((a.iat + FRESH_SECONDS + FUTURE_TOLERANCE_SECONDS) * 1000)
  const first = await spendAttestationNonce(db, { deviceId, nonce: a.nonce, expiresAt }, now)
  if (!first) throw attestationReplayed()
}

/**
 * A kiosk's self check-in: the attestation is verified (known live device, signature, freshness,
 * first use), the person looked up in the registry, and a medical check-in recorded for the
 * device's hospital, audited as that hospital.
 * @throws VERIFICATION_ATTESTATION_*
 */
export async function kioskCheckIn(
  db: Executor,
  request: { attestation: string; ip: string; now?: Date },
): Promise<RecordedCheck> {
  const now = request.now ?? new Date()
  const { device, attestation } = await verifiedAttestation(db, request.attestation)
  const age = now.getTime() / 1000 - attestation.iat
  if (age > FRESH_SECONDS || age < -FUTURE_TOLERANCE_SECONDS) throw attestationStale()
  const partner = (await findPartner(db, device.partnerId))!
  await spendNonce(db, device.id, attestation, now)
  // The registry is asked only whether the number is a living resident: the device vouched
  // for the face or fingerprint against the card's chip.
  const resident = await findLivingResident(db, attestation.sub)
  const result = !resident ? 'notFound' : attestation.match ? 'match' : 'mismatch'
  const check = await saveCheck(
    db,
    {
      partner,
      actor: {
        accountId: `device:${device.id}`,
        role: 'kioskDevice',
        unitCode: partner.communeCode,
      },
      staffAccountId: null,
      deviceId: device.id,
      ip: request.ip,
    },
    {
      sessionId: null,
      purpose: 'medicalCheckIn',
      method: 'kioskBiometric',
      personalNumber: attestation.sub,
      result,
      eidLevel: null,
      flag: null,
    },
  )
  return { check, presented: null }
}
