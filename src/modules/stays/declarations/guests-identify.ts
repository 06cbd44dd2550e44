import type { AppError } from '../../../platform/http/errors.js'
import { parseCalendarDate, vietnamDate } from '../../../platform/time/vietnam.js'
import { parseCardQr, parsePassportMrz, type IdentityClaims } from '../../identity/index.js'
import { checkPersonalNumber, foldName, type ResidentIdentity } from '../../population/index.js'
import type {
  CardQrGuest,
  DeclareContext,
  GuestIdentification,
  IdentityQrGuest,
  PassportGuest,
  TypedGuest,
} from './declarations.types.js'
import {
  cardMismatch,
  cardQrInvalid,
  dateInvalid,
  entryAfterArrival,
  identityMismatch,
  mrzInvalid,
  passportExpired,
  personalNumberInvalid,
  personDeceased,
  personUnknown,
  qrExpired,
  qrInvalid,
} from '../stays.errors.js'
import type { DECLARATION_METHODS, GUEST_KINDS } from '../stays.tables.js'

/** A guest as identified: what the declaration records about them. */
export interface IdentifiedGuest {
  guestKind: (typeof GUEST_KINDS)[number]
  personalNumber: string | null
  fullName: string
  birthDate: string
  sex: 'M' | 'F' | null
  nationality: string
  passportNumber: string | null
  passportExpiresOn: string | null
  entryDate: string | null
  visaNumber: string | null
  visaExpiresOn: string | null
  method: (typeof DECLARATION_METHODS)[number]
  /** Facts for the police that do not refuse the stay ('visa_expired'). */
  flags: string[]
}

export interface IdentifyScope {
  ctx: Pick<DeclareContext, 'now' | 'identity'>
  /** The guest's index in the request, named in every error's details. */
  guest: number
  /** Arrival day in Vietnam (YYYY-MM-DD): documents must be valid on it. */
  arrivalDay: string
}

const VIETNAMESE = 'VNM'

function citizen(resident: ResidentIdentity, method: IdentifiedGuest['method']): IdentifiedGuest {
  return {
    guestKind: 'citizen',
    personalNumber: resident.personalNumber,
    fullName: resident.fullName,
    birthDate: resident.birthDate,
    sex: resident.sex,
    nationality: VIETNAMESE,
    passportNumber: null,
    passportExpiresOn: null,
    entryDate: null,
    visaNumber: null,
    visaExpiresOn: null,
    method,
    flags: [],
  }
}

/**
 * A guest whose document has been read and checked offline (signature, format, dates), whose
 * registry entry is still to be fetched: identification in two steps, so that a batch of
 * declarations fetches every guest's entry in one query and consumes every QR in one statement.
 */
export interface PendingResident {
  personalNumber: string
  method: IdentifiedGuest['method']
  /** Name and birth date as a document or a receptionist states them; none for an identity QR. */
  claimed?: { fullName: string; birthDate: string }
  mismatch?: (guest: number) => AppError
  /** The identity QR's claims, to be consumed once. */
  token?: IdentityClaims
}

export type ReadGuest = { ready: IdentifiedGuest } | { pending: PendingResident }

/** @throws STAY_QR_EXPIRED, STAY_QR_INVALID */
function byIdentityQr(input: IdentityQrGuest, scope: IdentifyScope): ReadGuest {
  const { keys, issuer } = scope.ctx.identity
  const verified = keys.verify(input.identityQr, { issuer, now: scope.ctx.now })
  if (!verified.valid) {
    if (verified.reason === 'IDENTITY_TOKEN_EXPIRED') throw qrExpired(scope.guest)
    throw qrInvalid(scope.guest, verified.reason)
  }
  const { claims } = verified
  return { pending: { personalNumber: claims.sub, method: 'identity_qr', token: claims } }
}

/** @throws STAY_CARD_QR_INVALID */
function byCardQr(input: CardQrGuest, scope: IdentifyScope): ReadGuest {
  const parsed = parseCardQr(input.cardQr, { today: vietnamDate(scope.ctx.now) })
  // The parser's message quotes the card's fields: only its reason leaves.
  if (!parsed.ok) throw cardQrInvalid(scope.guest, parsed.reason)
  const { personalNumber, fullName, birthDate } = parsed.card
  return {
    pending: {
      personalNumber,
      method: 'card_qr',
      claimed: { fullName, birthDate },
      mismatch: cardMismatch,
    },
  }
}

/** @throws STAY_PERSONAL_NUMBER_INVALID, STAY_DATE_INVALID */
function byTypedNumber(input: TypedGuest, scope: IdentifyScope): ReadGuest {
  const check = checkPersonalNumber(input.personalNumber, { today: vietnamDate(scope.ctx.now) })
  if (!check.valid) {
    throw personalNumberInvalid(
      scope.guest,
      check.problems.map((p) => p.rule),
    )
  }
  if (!parseCalendarDate(input.birthDate)) throw dateInvalid(scope.guest, 'birthDate')
  const { personalNumber, fullName, birthDate } = input
  return {
    pending: {
      personalNumber,
      method: 'typed',
      claimed: { fullName, birthDate },
      mismatch: identityMismatch,
    },
  }
}

function calendarDateOrNull(value: string | undefined, field: string, guest: number) {
  if (value === undefined) return null
  if (!parseCalendarDate(value)) throw dateInvalid(guest, field)
  return value
}

/** @throws STAY_MRZ_INVALID, STAY_PASSPORT_EXPIRED, STAY_DATE_INVALID, STAY_ENTRY_AFTER_ARRIVAL */
function byPassport(input: PassportGuest, scope: IdentifyScope): IdentifiedGuest {
  const { guest, arrivalDay } = scope
  const parsed = parsePassportMrz(input.passportMrz, { today: vietnamDate(scope.ctx.now) })
  if (!parsed.ok) throw mrzInvalid(guest, parsed.reason, parsed.details)
  const { passport } = parsed
  if (passport.expiryDate < arrivalDay) throw passportExpired(guest)
  const entryDate = calendarDateOrNull(input.entryDate, 'entryDate', guest)!
  if (entryDate > arrivalDay) throw entryAfterArrival(guest)
  const visaExpiresOn = calendarDateOrNull(input.visaExpiresOn, 'visaExpiresOn', guest)
  const isVietnamese = passport.nationality === VIETNAMESE
  const personalNumber = isVietnamese ? passport.personalNumber : null
  return {
    guestKind: isVietnamese ? 'citizen' : 'foreigner',
    personalNumber:
      personalNumber !== null && checkPersonalNumber(personalNumber).valid ? personalNumber : null,
    fullName: [passport.surname, passport.givenNames].filter((n) => n !== '').join(' '),
    birthDate: passport.birthDate,
    sex: passport.sex === 'X' ? null : passport.sex,
    nationality: passport.nationality,
    passportNumber: passport.passportNumber,
    passportExpiresOn: passport.expiryDate,
    entryDate,
    visaNumber: input.visaNumber ?? null,
    visaExpiresOn,
    method: 'passport_mrz',
    // Staying on after the visa ends is for the immigration police to see, not for the desk to refuse.
    flags: visaExpiresOn !== null && visaExpiresOn < arrivalDay ? ['visa_expired'] : [],
  }
}

/**
 * Reads one guest's document, offline; a guest with a passport is then identified, any other
 * waits for its registry entry (completeGuest). Errors name the guest's index in `details.guest`
 * and never the person's name or numbers.
 */
export function readGuest(input: GuestIdentification, scope: IdentifyScope): ReadGuest {
  if ('identityQr' in input) return byIdentityQr(input, scope)
  if ('cardQr' in input) return byCardQr(input, scope)
  if ('passportMrz' in input) return { ready: byPassport(input, scope) }
  return byTypedNumber(input, scope)
}

/**
 * A read guest against the registry's entries (getResidentsByNumbers of every pending number).
 * @throws STAY_PERSON_UNKNOWN, STAY_PERSON_DECEASED, STAY_CARD_MISMATCH, STAY_IDENTITY_MISMATCH
 */
export function completeGuest(
  read: ReadGuest,
  residents: ReadonlyMap<string, ResidentIdentity>,
  guest: number,
): IdentifiedGuest {
  if ('ready' in read) return read.ready
  const { personalNumber, claimed, mismatch, method } = read.pending
  const resident = residents.get(personalNumber)
  if (!resident) throw personUnknown(guest)
  if (resident.status === 'deceased') throw personDeceased(guest)
  const isSame =
    !claimed ||
    (resident.birthDate === claimed.birthDate &&
      foldName(resident.fullName) === foldName(claimed.fullName))
  if (!isSame) throw mismatch!(guest)
  return citizen(resident, method)
}
