import { sql } from 'drizzle-orm'
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core'

const instant = (name: string) => timestamp(name, { withTimezone: true })

/**
 * The OpenID provider's state (sessions, interactions, grants, codes, tokens), one row per
 * model instance, so that several instances of the platform can serve the same provider.
 */
export const ssoPayloads = pgTable(
  'sso_payloads',
  {
    model: text('model').notNull(),
    id: text('id').notNull(),
    payload: jsonb('payload').notNull(),
    grantId: text('grant_id'),
    userCode: text('user_code'),
    uid: text('uid'),
    expiresAt: instant('expires_at'),
    consumedAt: instant('consumed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.model, t.id] }),
    index('sso_payloads_grant_idx')
      .on(t.grantId)
      .where(sql`${t.grantId} IS NOT NULL`),
    index('sso_payloads_uid_idx')
      .on(t.uid)
      .where(sql`${t.uid} IS NOT NULL`),
    index('sso_payloads_expires_idx').on(t.expiresAt),
  ],
)

/**
 * Relying parties and machine clients. Secrets are not stored: each is derived from the
 * platform's client-secret key and `secret_version`, so a copy of this table signs nothing in and
 * rotating a secret is a version bump.
 */
export const ssoClients = pgTable('sso_clients', {
  clientId: text('client_id').primaryKey(),
  name: text('name').notNull(),
  /** The registered metadata (redirect URIs, grant types, auth method, scopes, JWKS). */
  metadata: jsonb('metadata').notNull(),
  secretVersion: integer('secret_version').notNull().default(1),
  /** The platform's own web app: no consent screen, public subject. */
  firstParty: boolean('first_party').notNull().default(false),
  /** What a machine client acting for itself may do: a role over units, an establishment or agency. */
  role: text('role'),
  unitCodes: text('unit_codes')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  establishmentId: text('establishment_id'),
  agencyCode: text('agency_code'),
  createdBy: uuid('created_by'),
  createdAt: instant('created_at').notNull().defaultNow(),
  secretRotatedAt: instant('secret_rotated_at'),
  disabledAt: instant('disabled_at'),
  disabledBy: uuid('disabled_by'),
})

/** What a resident agreed to release to a client; remembered until the resident revokes it. */
export const ssoConsents = pgTable(
  'sso_consents',
  {
    accountId: uuid('account_id').notNull(),
    clientId: text('client_id')
      .notNull()
      .references(() => ssoClients.clientId),
    scopes: text('scopes').array().notNull(),
    claims: text('claims').array().notNull(),
    grantedAt: instant('granted_at').notNull().defaultNow(),
    revokedAt: instant('revoked_at'),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.clientId] })],
)

/** Sign-ins per client and Vietnam calendar day (model 24's indicator), counted, not listed. */
export const ssoSignIns = pgTable(
  'sso_sign_ins',
  {
    clientId: text('client_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.day] })],
)
