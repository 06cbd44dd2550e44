import { sql } from 'drizzle-orm'
import {
  char,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'

const instant = (name: string) => timestamp(name, { withTimezone: true })
const oneOf = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '))

/** What a verification partner is (models 6-8, 16, 17, 21). */
export const PARTNER_KINDS = ['hospital', 'notary', 'pawnshop', 'examBoard', 'school'] as const
export type PartnerKind = (typeof PARTNER_KINDS)[number]

/** Why a person's identity is checked at a partner. */
export const CHECK_PURPOSES = [
  'medicalCheckIn',
  'notarisation',
  'pawnTransaction',
  'examAttendance',
  'schoolCheck',
] as const
export type CheckPurpose = (typeof CHECK_PURPOSES)[number]

/** What the person presented: the chip card's QR, the app's identity QR, the kiosk's biometrics. */
export const CHECK_METHODS = ['cardQr', 'identityQr', 'kioskBiometric'] as const
export type CheckMethod = (typeof CHECK_METHODS)[number]

/** What the registry said of the presented identity. */
export const CHECK_RESULTS = ['match', 'mismatch', 'notFound'] as const
export type CheckResult = (typeof CHECK_RESULTS)[number]

/** At an exam door: someone not on the list, or a person checked in before. */
export const CHECK_FLAGS = ['notOnList', 'secondCheckIn'] as const
export type CheckFlag = (typeof CHECK_FLAGS)[number]

/** A facility that checks people's identity, registered by an administrator of its commune. */
export const verificationPartners = pgTable(
  'verification_partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: PARTNER_KINDS }).notNull(),
    name: text('name').notNull(),
    communeCode: text('commune_code').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('verification_partners_commune_idx').on(t.communeCode),
    check('verification_partners_kind', sql`${t.kind} IN (${oneOf(PARTNER_KINDS)})`),
  ],
)

/** An exam session of an exam board or a school: the candidate list checked at the door. */
export const examSessions = pgTable(
  'verification_exam_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => verificationPartners.id),
    title: text('title').notNull(),
    startsAt: instant('starts_at').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('verification_exam_sessions_partner_idx').on(t.partnerId, t.startsAt)],
)

/** A candidate on a session's list, as imported (the line of the file kept for the report). */
export const examCandidates = pgTable(
  'verification_exam_candidates',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => examSessions.id, { onDelete: 'cascade' }),
    personalNumber: char('personal_number', { length: 12 }).notNull(),
    fullName: text('full_name').notNull(),
    birthDate: text('birth_date').notNull(),
    seat: text('seat'),
    line: integer('line').notNull(),
  },
  (t) => [uniqueIndex('verification_exam_candidates_pk').on(t.sessionId, t.personalNumber)],
)

/** Each identity check a partner made, kept for the partner and the person's access log. */
export const verificationChecks = pgTable(
  'verification_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => verificationPartners.id),
    /** The staff member's account; null for a kiosk's own check-in. */
    staffAccountId: uuid('staff_account_id'),
    /** The kiosk device that attested the biometric match. */
    deviceId: uuid('device_id'),
    sessionId: uuid('session_id').references(() => examSessions.id),
    purpose: text('purpose', { enum: CHECK_PURPOSES }).notNull(),
    method: text('method', { enum: CHECK_METHODS }).notNull(),
    personalNumber: char('personal_number', { length: 12 }).notNull(),
    result: text('result', { enum: CHECK_RESULTS }).notNull(),
    eidLevel: smallint('eid_level'),
    flag: text('flag', { enum: CHECK_FLAGS }),
    checkedAt: instant('checked_at').notNull().defaultNow(),
  },
  (t) => [
    index('verification_checks_partner_idx').on(t.partnerId, t.checkedAt),
    index('verification_checks_session_idx').on(t.sessionId, t.personalNumber),
    check('verification_checks_purpose', sql`${t.purpose} IN (${oneOf(CHECK_PURPOSES)})`),
    check('verification_checks_method', sql`${t.method} IN (${oneOf(CHECK_METHODS)})`),
    check('verification_checks_result', sql`${t.result} IN (${oneOf(CHECK_RESULTS)})`),
  ],
)

/** A kiosk device's public key: its attestations are JWS (ES256) by the private half. */
export const kioskDevices = pgTable('verification_kiosk_devices', {
  id: uuid('id').primaryKey().defaultRandom(),
  partnerId: uuid('partner_id')
    .notNull()
    .references(() => verificationPartners.id),
  name: text('name').notNull(),
  publicJwk: jsonb('public_jwk').$type<Record<string, unknown>>().notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
  revokedAt: instant('revoked_at'),
})

/** Attestation nonces seen, until their attestation could no longer be fresh: no replay. */
export const attestationNonces = pgTable(
  'verification_attestation_nonces',
  {
    deviceId: uuid('device_id').notNull(),
    nonce: text('nonce').notNull(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [uniqueIndex('verification_attestation_nonces_pk').on(t.deviceId, t.nonce)],
)
