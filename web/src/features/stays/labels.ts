import { ApiError } from '../../api/client'
import type { CapacityUnit, EstablishmentStatus, EstablishmentType } from '../../api/types'
import { describeError } from '../../components/errors'
import type { I18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/messages'
import { refusedGuestIndex } from './guests'

const METHODS: Record<string, MessageKey> = {
  identity_qr: 'stays.method.identityQr',
  card_qr: 'stays.method.cardQr',
  typed: 'stays.method.typed',
  passport_mrz: 'stays.method.passport',
  rooming_list: 'stays.method.roomingList',
}

const FLAGS: Record<string, MessageKey> = {
  open_stay_elsewhere: 'stays.flag.openStayElsewhere',
  minor_unaccompanied: 'stays.flag.minorUnaccompanied',
  visa_expired: 'stays.flag.visaExpired',
}

const STATUSES: Record<EstablishmentStatus, MessageKey> = {
  pending: 'stays.status.pending',
  approved: 'stays.status.approved',
  refused: 'stays.status.refused',
}

const UNITS: Record<CapacityUnit, MessageKey> = {
  room: 'stays.unit.rooms',
  bed: 'stays.unit.beds',
  seat: 'stays.unit.seats',
}

const known = (t: I18n['t'], table: Record<string, MessageKey>, code: string): string => {
  const key = table[code]
  return key ? t(key) : code
}

export const methodLabel = (t: I18n['t'], method: string): string => known(t, METHODS, method)
export const flagLabel = (t: I18n['t'], flag: string): string => known(t, FLAGS, flag)
export const statusLabel = (t: I18n['t'], status: EstablishmentStatus): string =>
  t(STATUSES[status])
export const capacityLabel = (t: I18n['t'], unit: CapacityUnit): string => t(UNITS[unit])

/** A type's name in the language shown, from the platform's list. */
export function typeName(
  language: I18n['language'],
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
  i18n: Pick<I18n, 't' | 'language'>,
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

const PLACES: Record<CapacityUnit, MessageKey> = {
  room: 'stays.place.room',
  bed: 'stays.place.bed',
  seat: 'stays.place.seat',
}

/** What one guest takes: a room, a bed, a seat. */
export const placeLabel = (t: I18n['t'], unit: CapacityUnit): string => t(PLACES[unit])

/** What to tell, kept as its key rather than its words, so it follows a change of language. */
export interface Said {
  key: MessageKey
  params?: Record<string, string | number>
}
