import { and, asc, eq, inArray, isNull, lt } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import {
  attestationNonces,
  kioskDevices,
  verificationPartners,
  type PartnerKind,
} from './verification.tables.js'

export type PartnerRow = typeof verificationPartners.$inferSelect
export type DeviceRow = typeof kioskDevices.$inferSelect

const PARTNER = {
  id: verificationPartners.id,
  kind: verificationPartners.kind,
  name: verificationPartners.name,
  communeCode: verificationPartners.communeCode,
  createdBy: verificationPartners.createdBy,
  createdAt: verificationPartners.createdAt,
}

export async function insertPartner(
  db: Executor,
  partner: { id?: string; kind: PartnerKind; name: string; communeCode: string; createdBy: string },
): Promise<PartnerRow> {
  const [row] = await db.insert(verificationPartners).values(partner).returning(PARTNER)
  return row!
}

export async function findPartner(db: Executor, id: string): Promise<PartnerRow | undefined> {
  const [row] = await db
    .select(PARTNER)
    .from(verificationPartners)
    .where(eq(verificationPartners.id, id))
  return row
}

/** Partners in these communes, by name. */
export async function findPartnersIn(db: Executor, communeCodes: string[]): Promise<PartnerRow[]> {
  if (communeCodes.length === 0) return []
  return db
    .select(PARTNER)
    .from(verificationPartners)
    .where(inArray(verificationPartners.communeCode, communeCodes))
    .orderBy(asc(verificationPartners.name))
    .limit(500)
}

/** Names of partners by id, for the access log (a partner acts as an establishment would). */
export async function findPartnerNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id))
  if (uuids.length === 0) return new Map()
  const rows = await db
    .select({ id: verificationPartners.id, name: verificationPartners.name })
    .from(verificationPartners)
    .where(inArray(verificationPartners.id, uuids))
  return new Map(rows.map((r) => [r.id, r.name]))
}

export async function insertDevice(
  db: Executor,
  device: { partnerId: string; name: string; publicJwk: Record<string, unknown> },
): Promise<DeviceRow> {
  const [row] = await db.insert(kioskDevices).values(device).returning()
  return row!
}

export async function findDevicesOf(db: Executor, partnerId: string): Promise<DeviceRow[]> {
  return db
    .select()
    .from(kioskDevices)
    .where(eq(kioskDevices.partnerId, partnerId))
    .orderBy(asc(kioskDevices.createdAt))
}

/** A device whose key is still in force. */
export async function findLiveDevice(db: Executor, id: string): Promise<DeviceRow | undefined> {
  const [row] = await db
    .select()
    .from(kioskDevices)
    .where(and(eq(kioskDevices.id, id), isNull(kioskDevices.revokedAt)))
  return row
}

/** Revokes a partner's live device; undefined when it has none of that id. */
export async function markDeviceRevoked(
  db: Executor,
  partnerId: string,
  id: string,
): Promise<DeviceRow | undefined> {
  const [row] = await db
    .update(kioskDevices)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(kioskDevices.id, id),
        eq(kioskDevices.partnerId, partnerId),
        isNull(kioskDevices.revokedAt),
      ),
    )
    .returning()
  return row
}

/**
 * Keeps an attestation's nonce until it could no longer be fresh, dropping stale ones first.
 * @returns false when the device sent this nonce before
 */
export async function spendAttestationNonce(
  db: Executor,
  use: { deviceId: string; nonce: string; expiresAt: Date },
  now: Date,
): Promise<boolean> {
  await db.delete(attestationNonces).where(lt(attestationNonces.expiresAt, now))
  const inserted = await db
    .insert(attestationNonces)
    .values(use)
    .onConflictDoNothing()
    .returning({ nonce: attestationNonces.nonce })
  return inserted.length > 0
}
