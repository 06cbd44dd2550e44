import type { Executor } from '../../platform/db/database.js'
import { AppError } from '../../platform/http/errors.js'
import { parseCalendarDate, vietnamDate } from '../../platform/time/vietnam.js'
import { consumeIdentityToken, parseCardQr, parsePassportMrz } from '../identity/index.js'
import { checkPersonalNumber, foldName, getResident, type Resident } from '../population/index.js'
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
  qrReplayed,
} from './stays.errors.js'
import type { DECLARATION_METHODS, GUEST_KINDS } from './stays.tables.js'

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
  ctx: DeclareContext
  /** The guest's index in the request, named in every error's details. */
  guest: number
  /** Arrival day in Vietnam (YYYY-MM-DD): documents must be valid on it. */
  arrivalDay: string
}

const VIETNAMESE = 'VNM'

function citizen(resident: Resident, method: IdentifiedGuest['method']): IdentifiedGuest {
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
 * The registry's entry for a number.
 * @throws STAY_PERSON_UNKNOWN, STAY_PERSON_DECEASED
 */
async function livingResident(tx: Executor, personalNumber: string, guest: number) {
  const resident = await getResident(tx, personalNumber).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'POPULATION_RESIDENT_NOT_FOUND')
      throw personUnknown(guest)
    throw error
  })
  if (resident.status === 'deceased') throw personDeceased(guest)
  return resident
}

/** Number, name and birth date as a document or a receptionist states them, against the registry. */
async function matchingResident(
  tx: Executor,
  claimed: { personalNumber: string; fullName: string; birthDate: string },
  scope: IdentifyScope & { mismatch: (guest: number) => AppError },
): Promise<Resident> {
  const resident = await livingResident(tx, claimed.personalNumber, scope.guest)
  const isSame =
    resident.birthDate === claimed.birthDate &&
    foldName(resident.fullName) === foldName(claimed.fullName)
  if (!isSame) throw scope.mismatch(scope.guest)
  return resident
}

/** @throws STAY_QR_EXPIRED, STAY_QR_INVALID, STAY_QR_REPLAYED, and as livingResident */
async function byIdentityQr(tx: Executor, input: IdentityQrGuest, scope: IdentifyScope) {
  const { keys, issuer } = scope.ctx.identity
  const verified = keys.verify(input.identityQr, { issuer, now: scope.ctx.now })
  if (!verified.valid) {
    if (verified.reason === 'IDENTITY_TOKEN_EXPIRED') throw qrExpired(scope.guest)
    throw qrInvalid(scope.guest, verified.reason)
  }
  // Consumed in the declaring transaction: a refused declaration leaves the QR usable again.
  const use = await consumeIdentityToken(tx, verified.claims, scope.ctx.establishment.id)
  if (use === 'replayed') throw qrReplayed(scope.guest)
  return citizen(await livingResident(tx, verified.claims.sub, scope.guest), 'identity_qr')
}

/** @throws STAY_CARD_QR_INVALID, STAY_CARD_MISMATCH, and as livingResident */
async function byCardQr(tx: Executor, input: CardQrGuest, scope: IdentifyScope) {
  const parsed = parseCardQr(input.cardQr, { today: vietnamDate(scope.ctx.now) })
  // The parser's message quotes the card's fields: only its reason leaves.
  if (!parsed.ok) throw cardQrInvalid(scope.guest, parsed.reason)
  const resident = await matchingResident(tx, parsed.card, { ...scope, mismatch: cardMismatch })
  return citizen(resident, 'card_qr')
}

/** @throws STAY_PERSONAL_NUMBER_INVALID, STAY_DATE_INVALID, STAY_IDENTITY_MISMATCH, … */
async function byTypedNumber(tx: Executor, input: TypedGuest, scope: IdentifyScope) {
  const check = checkPersonalNumber(input.personalNumber, { today: vietnamDate(scope.ctx.now) })
  if (!check.valid) {
    throw personalNumberInvalid(
      scope.guest,
      check.problems.map((p) => p.rule),
    )
  }
  if (!parseCalendarDate(input.birthDate)) throw dateInvalid(scope.guest, 'birthDate')
  const resident = await matchingResident(tx, input, { ...scope, mismatch: identityMismatch })
  return citizen(resident, 'typed')
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
 * Identifies one guest by whichever document the request carries; an identity QR is consumed.
 * Errors name the guest's index in `details.guest` and never the person's name or numbers.
 */
export async function identifyGuest(
  tx: Executor,
  input: GuestIdentification,
  scope: IdentifyScope,
): Promise<IdentifiedGuest> {
  if ('identityQr' in input) return byIdentityQr(tx, input, scope)
  if ('cardQr' in input) return byCardQr(tx, input, scope)
  if ('passportMrz' in input) return byPassport(input, scope)
  return byTypedNumber(tx, input, scope)
}
