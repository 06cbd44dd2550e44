import type { Static } from '@sinclair/typebox'
import type { WatchNames } from './watch-list-names.js'
import type { AlertRow, WatchListEntry } from './watch-list.queries.js'
import type { AlertSchema, WatchListEntrySchema } from './watch-list.schemas.js'
import { listingStatus } from './watch-list-status.js'

const iso = (at: Date | null): string | null => at?.toISOString() ?? null

const personOf = (
  row: Pick<WatchListEntry, 'personalNumber' | 'nationality' | 'passportNumber'>,
  names: WatchNames,
) => ({
  personalNumber: row.personalNumber,
  fullName: row.personalNumber ? (names.people.get(row.personalNumber) ?? null) : null,
  nationality: row.nationality,
  passportNumber: row.passportNumber,
})

const unitName = (code: string, names: WatchNames): string | null => names.units.get(code) ?? null

/** What to name for a page of entries: the listed citizens and the responsible units. */
export const entryNaming = (entries: WatchListEntry[]) =>
  entries.map((e) => ({ personalNumber: e.personalNumber, unitCodes: [e.responsibleUnitCode] }))

/** What to name for a page of alerts: the listed citizens, the stay's commune and the unit. */
export const alertNaming = (alerts: AlertRow[]) =>
  alerts.map((a) => ({
    personalNumber: a.personalNumber,
    unitCodes: [a.communeCode, a.responsibleUnitCode],
  }))

export const presentEntry = (
  entry: WatchListEntry,
  names: WatchNames,
  now = new Date(),
): Static<typeof WatchListEntrySchema> => ({
  id: entry.id,
  person: personOf(entry, names),
  reason: entry.reason,
  responsibleUnitCode: entry.responsibleUnitCode,
  responsibleUnitName: unitName(entry.responsibleUnitCode, names),
  caseReference: entry.caseReference,
  legalBasis: entry.legalBasis,
  status: listingStatus(entry, now),
  addedAt: entry.addedAt.toISOString(),
  expiresAt: entry.expiresAt.toISOString(),
  decidedAt: iso(entry.decidedAt),
  refusalReason: entry.refusalReason,
  removedAt: iso(entry.removedAt),
  removalReason: entry.removalReason,
})

export const presentAlert = (alert: AlertRow, names: WatchNames): Static<typeof AlertSchema> => ({
  id: alert.id,
  createdAt: alert.createdAt.toISOString(),
  communeCode: alert.communeCode,
  communeName: unitName(alert.communeCode, names),
  responsibleUnitCode: alert.responsibleUnitCode,
  responsibleUnitName: unitName(alert.responsibleUnitCode, names),
  entry: { id: alert.entryId, reason: alert.entryReason, person: personOf(alert, names) },
  declaration: {
    id: alert.declarationId,
    fullName: alert.fullName,
    birthDate: alert.birthDate,
    room: alert.room,
    arrivalAt: alert.arrivalAt.toISOString(),
    tripId: alert.tripId,
  },
  establishment: {
    id: alert.establishmentId,
    name: alert.establishmentName,
    address: alert.establishmentAddress,
  },
  acknowledgedAt: iso(alert.acknowledgedAt),
})
