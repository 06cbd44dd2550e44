import type { AuditActor } from '../../audit/index.js'
import type { IdentityKeyRing } from '../../identity/index.js'
import type { declarations, establishments } from '../stays.tables.js'

/**
 * The types of the core call `declareStays(tx, ctx, input)` (declarations.service.ts), shared by
 * the declaration routes, coach trips and rooming-list imports.
 */

/** An establishment as stored. */
export type Establishment = typeof establishments.$inferSelect

/** A declaration as stored: what `declareStays` returns, one per guest, in the guests' order. */
export type DeclaredStay = typeof declarations.$inferSelect

export interface DeclareContext {
  /** Must be approved, else STAY_ESTABLISHMENT_NOT_APPROVED. */
  establishment: Establishment
  /**
   * Who declares (staff session or the establishment's SSO machine client), as the guests'
   * access log names them (declarerActor); the declaration keeps their client or account id.
   */
  declarer: AuditActor
  now: Date
  /** To verify identity QRs offline; tokens are then consumed once in the caller's transaction. */
  identity: { keys: IdentityKeyRing; issuer: string }
}

/** The signed identity token a resident's app shows as a QR code. */
export interface IdentityQrGuest {
  identityQr: string
}

/** The plain-text QR of the chip card, checked against the registry. */
export interface CardQrGuest {
  cardQr: string
}

/** Number, name and birth date typed by the receptionist, checked against the registry. */
export interface TypedGuest {
  personalNumber: string
  fullName: string
  /** YYYY-MM-DD. */
  birthDate: string
}

/** A foreign guest: the passport's machine-readable zone (two lines), entry and visa. */
export interface PassportGuest {
  passportMrz: string
  /** YYYY-MM-DD. */
  entryDate: string
  visaNumber?: string
  /** YYYY-MM-DD. */
  visaExpiresOn?: string
}

export type GuestIdentification = IdentityQrGuest | CardQrGuest | TypedGuest | PassportGuest

export type GuestInput = GuestIdentification & {
  room?: string
  /** Index, in `guests`, of the adult accompanying this minor. */
  accompaniedBy?: number
}

export interface DeclareInput {
  /** ISO 8601 instant. */
  arrivalAt: string
  /** ISO 8601 instant. */
  expectedDepartureAt?: string
  /** Set by coach trips: the establishment's capacity is then not checked (the trip's seats are). */
  tripId?: string
  /** Set by rooming-list imports; otherwise the method follows from how each guest is identified. */
  method?: 'rooming_list'
  guests: GuestInput[]
}
