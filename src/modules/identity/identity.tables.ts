import { sql } from 'drizzle-orm'
import {
  char,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'

/** Electronic identity accounts of residents (model 23). Staff are residents with grants. */
export const eidAccounts = pgTable(
  'eid_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personalNumber: char('personal_number', { length: 12 }).notNull().unique(),
    phone: varchar('phone', { length: 15 }).notNull(),
    phoneVerifiedAt: timestamp('phone_verified_at', { withTimezone: true }),
    passwordHash: text('password_hash'),
    level: smallint('level').notNull().default(1),
    level2By: uuid('level2_by'),
    level2At: timestamp('level2_at', { withTimezone: true }),
    level2UnitCode: varchar('level2_unit_code', { length: 5 }),
    status: text('status', { enum: ['pending', 'active', 'disabled'] }).notNull(),
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The last 30-second step a TOTP code was accepted for: a code is good once (RFC 6238 5.2). */
    totpLastStep: integer('totp_last_step'),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    paymentAccountProvider: text('payment_account_provider'),
    paymentAccountLinkedOn: date('payment_account_linked_on', { mode: 'string' }),
    signatureProvider: text('signature_provider'),
    signatureIssuedOn: date('signature_issued_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('eid_accounts_level_idx').on(t.level)],
)

export const recoveryCodes = pgTable(
  'eid_recovery_codes',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => eidAccounts.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.codeHash] })],
)

/** A role over a jurisdiction held by a staff member; revoked grants stay for the record. */
export const staffGrants = pgTable(
  'staff_grants',
  {
    id: serial('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => eidAccounts.id),
    role: text('role').notNull(),
    unitCodes: text('unit_codes').array().notNull(),
    establishmentId: text('establishment_id'),
    agencyCode: text('agency_code'),
    grantedBy: uuid('granted_by'),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
    revokeReason: text('revoke_reason'),
  },
  (t) => [
    index('staff_grants_account_idx')
      .on(t.accountId)
      .where(sql`${t.revokedAt} IS NULL`),
  ],
)

/** The channels a session is opened through (Principal['channel']). */
const SESSION_CHANNELS = ['web', 'kiosk'] as const

/** Browser sessions, stored by the hash of their token: a leaked table signs no one in. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => eidAccounts.id),
    secondFactorAt: timestamp('second_factor_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    userAgent: text('user_agent'),
    /** Where it was opened: 'kiosk' sessions are short and carry the person as a resident only. */
    channel: text('channel', { enum: SESSION_CHANNELS }).notNull().default('web'),
  },
  (t) => [
    index('sessions_account_idx').on(t.accountId),
    check('sessions_channel', sql`${t.channel} IN ('web', 'kiosk')`),
  ],
)

/** One-time codes sent to a phone (registration, password reset), stored hashed. */
export const oneTimeCodes = pgTable(
  'one_time_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personalNumber: char('personal_number', { length: 12 }).notNull(),
    purpose: text('purpose', {
      enum: ['register', 'reset_password', 'sign_in', 'kiosk_sign_in'],
    }).notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('one_time_codes_lookup_idx').on(t.personalNumber, t.purpose)],
)

/** Messages the development sender kept instead of sending; never written in production. */
export const developmentOutbox = pgTable('development_outbox', {
  id: serial('id').primaryKey(),
  recipient: text('recipient').notNull(),
  body: text('body').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})

/** Identity tokens (QR) already presented, for verifiers that ask for single use. */
export const identityTokenUses = pgTable('identity_token_uses', {
  jti: text('jti').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }).notNull().defaultNow(),
  verifier: text('verifier'),
})
