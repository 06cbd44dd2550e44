import type { Static } from '@sinclair/typebox'
import type { AlertRow, WatchListEntry } from './watch-list.queries.js'
import type { AlertSchema, WatchListEntrySchema } from './watch-list.schemas.js'

const iso = (at: Date | null): string | null => at?.toISOString() ?? null

const personOf = (
  row: Pick<WatchListEntry, 'personalNumber' | 'nationality' | 'passportNumber'>,
) => ({
  personalNumber: row.personalNumber,
  nationality: row.nationality,
  passportNumber: row.passportNumber,
})

export const presentEntry = (entry: WatchListEntry): Static<typeof WatchListEntrySchema> => ({
  id: entry.id,
  person: personOf(entry),
  reason: entry.reason,
  responsibleUnitCode: entry.responsibleUnitCode,
  addedAt: entry.addedAt.toISOString(),
  removedAt: iso(entry.removedAt),
  removalReason: entry.removalReason,
})

export const presentAlert = (alert: AlertRow): Static<typeof AlertSchema> => ({
  id: alert.id,
  createdAt: alert.createdAt.toISOString(),
  communeCode: alert.communeCode,
  responsibleUnitCode: alert.responsibleUnitCode,
  entry: { id: alert.entryId, reason: alert.entryReason, person: personOf(alert) },
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
