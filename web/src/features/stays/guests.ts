import { ageOn } from './time'

/** How a guest is identified (src/modules/stays/declarations.schemas.ts, DeclareBody). */
export type GuestIdentification =
  | { identityQr: string }
  | { cardQr: string }
  | { personalNumber: string; fullName: string; birthDate: string }
  | { passportMrz: string; entryDate: string; visaNumber?: string; visaExpiresOn?: string }

export type GuestInput = GuestIdentification & { room?: string; accompaniedBy?: number }

export type GuestDocument = 'identity-qr' | 'card' | 'typed' | 'passport'

/** A guest added to a check-in (or a boarding), shown to be confirmed before it is sent. */
export interface GuestDraft {
  /** This draft's own key on the page. */
  key: string
  identification: GuestIdentification
  document: GuestDocument
  /** As the document states it (verified by the platform for an identity QR). */
  fullName: string
  birthDate: string
  /** The personal number, or the passport's number. */
  documentNumber: string
  nationality: string
  /** Room or bed; the seat on a coach. */
  room: string
  /** The key of the adult accompanying this minor, or ''. */
  companion: string
}

/** From this age a guest may accompany a minor (src/modules/stays/declarations.service.ts). */
export const ADULT_AGE = 18

export const isMinorOn = (draft: GuestDraft, day: string): boolean =>
  ageOn(draft.birthDate, day) < ADULT_AGE

/** The same person twice in one group: the platform would refuse the whole group. */
export const isSamePerson = (a: GuestDraft, b: GuestDraft): boolean =>
  a.nationality === b.nationality && a.documentNumber === b.documentNumber

/** The request's guests, each companion named by its index in the list. */
export function toGuestInputs(drafts: GuestDraft[]): GuestInput[] {
  return drafts.map((draft) => {
    const companion = drafts.findIndex((d) => d.key === draft.companion)
    const room = draft.room.trim()
    return {
      ...draft.identification,
      ...(room ? { room } : {}),
      ...(companion >= 0 ? { accompaniedBy: companion } : {}),
    }
  })
}

/** The guest a refusal names (`details.guest`, an index into the request's guests). */
export function refusedGuestIndex(details: unknown): number | undefined {
  if (typeof details !== 'object' || details === null || !('guest' in details)) return undefined
  const { guest } = details
  return typeof guest === 'number' && Number.isInteger(guest) && guest >= 0 ? guest : undefined
}

const VIETNAMESE = 'VNM'
const newKey = (): string => crypto.randomUUID()

type Placement = Pick<GuestDraft, 'room' | 'companion'>
const unplaced: Placement = { room: '', companion: '' }

/** A resident whose identity QR the platform verified (not yet used: declaring uses it). */
export const identityQrDraft = (
  token: string,
  identity: { personalNumber: string; fullName: string; birthDate: string },
): GuestDraft => ({
  key: newKey(),
  identification: { identityQr: token },
  document: 'identity-qr',
  fullName: identity.fullName,
  birthDate: identity.birthDate,
  documentNumber: identity.personalNumber,
  nationality: VIETNAMESE,
  ...unplaced,
})

/** The chip card's QR, sent as read: the platform parses it and checks it against the registry. */
export const cardDraft = (
  text: string,
  card: { personalNumber: string; fullName: string; birthDate: string },
): GuestDraft => ({
  key: newKey(),
  identification: { cardQr: text.trim() },
  document: 'card',
  fullName: card.fullName,
  birthDate: card.birthDate,
  documentNumber: card.personalNumber,
  nationality: VIETNAMESE,
  ...unplaced,
})

export const typedDraft = (typed: {
  personalNumber: string
  fullName: string
  birthDate: string
}): GuestDraft => ({
  key: newKey(),
  identification: typed,
  document: 'typed',
  fullName: typed.fullName,
  birthDate: typed.birthDate,
  documentNumber: typed.personalNumber,
  nationality: VIETNAMESE,
  ...unplaced,
})

export const passportDraft = (
  identification: Extract<GuestIdentification, { passportMrz: string }>,
  passport: {
    surname: string
    givenNames: string
    birthDate: string
    passportNumber: string
    nationality: string
  },
): GuestDraft => ({
  key: newKey(),
  identification,
  document: 'passport',
  fullName: [passport.surname, passport.givenNames].filter(Boolean).join(' '),
  birthDate: passport.birthDate,
  documentNumber: passport.passportNumber,
  nationality: passport.nationality,
  ...unplaced,
})
