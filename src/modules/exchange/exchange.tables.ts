import {
  bigint,
  char,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'

const instant = (name: string) => timestamp(name, { withTimezone: true })

export const MEMBER_TYPES = [
  'agency',
  'hospital',
  'bank',
  'school',
  'notary',
  'pawnshop',
  'marketplace',
  'other',
] as const
export type MemberType = (typeof MEMBER_TYPES)[number]

export interface MemberContact {
  name: string
  email?: string | undefined
  phone?: string | undefined
}

/** A purpose a service serves, with the law that allows it. */
export interface ServicePurpose {
  code: string
  name: string
  legalBasis: string
}

/** Where a service runs: a member's own HTTP endpoint, or a handler built into the platform. */
export type ServiceTarget =
  { kind: 'http'; url: string; timeoutMs?: number | undefined } | { kind: 'builtin'; name: string }

export const GRANT_STATUSES = ['requested', 'approved', 'refused', 'revoked'] as const
export type GrantStatus = (typeof GRANT_STATUSES)[number]

/** Organisations that exchange data through the gateway (X-Road's members). */
export const exchangeMembers = pgTable('exchange_members', {
  /** The member's code, as its systems' SSO clients name it (their agencyCode). */
  code: varchar('code', { length: 32 }).primaryKey(),
  name: text('name').notNull(),
  type: text('type', { enum: MEMBER_TYPES }).notNull(),
  /** The administrative unit where it sits, when it is local. */
  unitCode: varchar('unit_code', { length: 5 }),
  /** Who to call about its systems: staff of the organisation, professional contacts. */
  contacts: jsonb('contacts').$type<MemberContact[]>().notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
  createdBy: text('created_by'),
})

/** A data service a member publishes. */
export const exchangeServices = pgTable(
  'exchange_services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    providerCode: varchar('provider_code', { length: 32 })
      .notNull()
      .references(() => exchangeMembers.code),
    code: varchar('code', { length: 64 }).notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    /** The OpenAPI description of the service's interface, as the provider wrote it. */
    openapi: jsonb('openapi').$type<Record<string, unknown>>().notNull(),
    /** The data or attributes it may release; a grant names a subset. */
    attributes: text('attributes').array().notNull(),
    purposes: jsonb('purposes').$type<ServicePurpose[]>().notNull(),
    /** Calls per minute allowed to each consumer. */
    rateLimitPerMinute: integer('rate_limit_per_minute').notNull(),
    target: jsonb('target').$type<ServiceTarget>().notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('exchange_services_code_idx').on(t.providerCode, t.code)],
)

/** A consumer's access to a service: asked for, then decided by the provider. */
export const exchangeGrants = pgTable(
  'exchange_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consumerCode: varchar('consumer_code', { length: 32 })
      .notNull()
      .references(() => exchangeMembers.code),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => exchangeServices.id),
    purposes: text('purposes').array().notNull(),
    attributes: text('attributes').array().notNull(),
    status: text('status', { enum: GRANT_STATUSES }).notNull(),
    expiresAt: instant('expires_at').notNull(),
    /** Why the consumer asks, in its administrator's words, for the provider to weigh. */
    reason: text('reason'),
    requestedBy: text('requested_by').notNull(),
    requestedAt: instant('requested_at').notNull().defaultNow(),
    decidedBy: text('decided_by'),
    decidedAt: instant('decided_at'),
    /** Why the provider refused or revoked, told to the consumer. */
    decisionNote: text('decision_note'),
  },
  (t) => [index('exchange_grants_consumer_idx').on(t.consumerCode, t.serviceId)],
)

/**
 * Every call through the gateway, hash-chained as it is written: each batch of calls is linked
 * to the last and its head signed (exchange_call_heads), so neither side can alter what was
 * asked and answered. Hashes of the bodies, never the bodies.
 */
export const exchangeCalls = pgTable(
  'exchange_calls',
  {
    chainIndex: bigint('chain_index', { mode: 'number' }).primaryKey(),
    requestId: varchar('request_id', { length: 128 }).notNull(),
    occurredAt: instant('occurred_at').notNull(),
    consumerCode: varchar('consumer_code', { length: 32 }).notNull(),
    clientId: text('client_id').notNull(),
    providerCode: varchar('provider_code', { length: 64 }).notNull(),
    serviceCode: varchar('service_code', { length: 64 }).notNull(),
    purpose: varchar('purpose', { length: 64 }),
    status: smallint('status').notNull(),
    /** The gateway's refusal or failure code, when it answered in the provider's stead. */
    errorCode: varchar('error_code', { length: 64 }),
    durationMs: integer('duration_ms').notNull(),
    requestSha256: char('request_sha256', { length: 64 }).notNull(),
    responseSha256: char('response_sha256', { length: 64 }).notNull(),
    prevHash: char('prev_hash', { length: 64 }).notNull(),
    hash: char('hash', { length: 64 }).notNull(),
  },
  (t) => [
    index('exchange_calls_time_idx').on(t.occurredAt),
    index('exchange_calls_consumer_idx').on(t.consumerCode, t.occurredAt),
    index('exchange_calls_provider_idx').on(t.providerCode, t.occurredAt),
  ],
)

/** The signed head of the call log after each batch: the chain's length and last hash. */
export const exchangeCallHeads = pgTable(
  'exchange_call_heads',
  {
    chainIndex: bigint('chain_index', { mode: 'number' }).notNull(),
    hash: char('hash', { length: 64 }).notNull(),
    /** A compact JWS of { count, head, at } by the gateway's (the audit ring's) key. */
    signature: text('signature').notNull(),
    keyId: text('key_id').notNull(),
    signedAt: instant('signed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.chainIndex] })],
)
