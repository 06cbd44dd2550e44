import { ApiError } from '../../api/client'
import type { CapacityUnit, EstablishmentStatus, EstablishmentType } from '../../api/types'
import { describeError } from '../../components/errors'
import { refusedGuestIndex } from './guests'
import { type StaysKey, type StaysI18n } from './messages'

const METHODS: Record<string, StaysKey> = {
  identity_qr: 'stays.method.identityQr',
  card_qr: 'stays.method.cardQr',
  typed: 'stays.method.typed',
  passport_mrz: 'stays.method.passport',
  rooming_list: 'stays.method.roomingList',
}

const FLAGS: Record<string, StaysKey> = {
  open_stay_elsewhere: 'stays.flag.openStayElsewhere',
  minor_unaccompanied: 'stays.flag.minorUnaccompanied',
  visa_expired: 'stays.flag.visaExpired',
}

const STATUSES: Record<EstablishmentStatus, StaysKey> = {
  pending: 'stays.status.pending',
  approved: 'stays.status.approved',
  refused: 'stays.status.refused',
}

const UNITS: Record<CapacityUnit, StaysKey> = {
  room: 'stays.unit.rooms',
  bed: 'stays.unit.beds',
  seat: 'stays.unit.seats',
}

const known = (t: StaysI18n['t'], table: Record<string, StaysKey>, code: string): string => {
  const key = table[code]
  return key ? t(key) : code
}

export const methodLabel = (t: StaysI18n['t'], method: string): string => known(t, METHODS, method)
export const flagLabel = (t: StaysI18n['t'], flag: string): string => known(t, FLAGS, flag)
export const statusLabel = (t: StaysI18n['t'], status: EstablishmentStatus): string =>
  t(STATUSES[status])
export const capacityLabel = (t: StaysI18n['t'], unit: CapacityUnit): string => t(UNITS[unit])

/** A type's name in the language shown, from the platform's list. */
export function typeName(
  language: StaysI18n['language'],
  types: EstablishmentType[] | undefined,
  code: string,
): string {
  const type = types?.find((x) => x.code === code)
  if (!type) return code
  return language === 'en' ? type.nameEn : type.nameVi
}

/**
 * A refusal of a declaration, naming the guest it is about when the platform says which
 * (`details.guest`), so that a receptionist knows whom to scan again in a group.
 */
export function describeStayError(
  i18n: Pick<StaysI18n, 't' | 'language'>,
  error: unknown,
  guestName: (index: number) => string | undefined,
): string {
  const message = describeError(i18n, error)
  const index = error instanceof ApiError ? refusedGuestIndex(error.details) : undefined
  if (index === undefined) return message
  const name = guestName(index)
  const who = name
    ? i18n.t('stays.guestNamed', { n: index + 1, name })
    : i18n.t('stays.guestNumber', { n: index + 1 })
  return `${who}: ${message}`
}

const PLACES: Record<CapacityUnit, StaysKey> = {
  room: 'stays.place.room',
  bed: 'stays.place.bed',
  seat: 'stays.place.seat',
}

/** What one guest takes: a room, a bed, a seat. */
export const placeLabel = (t: StaysI18n['t'], unit: CapacityUnit): string => t(PLACES[unit])

/** What to tell, kept as its key rather than its words, so it follows a change of language. */
export interface Said {
  key: StaysKey
  params?: Record<string, string | number>
}
