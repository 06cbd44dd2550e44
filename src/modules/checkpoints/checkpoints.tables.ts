import { sql } from 'drizzle-orm'
import {
  bigserial,
  boolean,
  char,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'

const instant = (name: string) => timestamp(name, { withTimezone: true })
const oneOf = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '))

/** What a checkpoint site is (models 13, 14, 15). */
export const SITE_KINDS = ['touristSite', 'industrialPark', 'railwayStation'] as const
export type SiteKind = (typeof SITE_KINDS)[number]

export const DIRECTIONS = ['entry', 'exit'] as const
export type Direction = (typeof DIRECTIONS)[number]

/** How a passage was seen: a scan at the gate, or the site's camera system. */
export const PASSAGE_METHODS = ['identityQr', 'cardQr', 'camera'] as const
export type PassageMethod = (typeof PASSAGE_METHODS)[number]

/** Recorded anyway, for the operator to look at: never a reason to drop a passage. */
export const PASSAGE_FLAGS = ['exitWithoutEntry', 'entryTwice', 'outOfOrder'] as const
export type PassageFlag = (typeof PASSAGE_FLAGS)[number]

/** Age groups of the visit statistics, by birth year. */
export const AGE_GROUPS = ['0-14', '15-24', '25-39', '40-59', '60+'] as const
export type AgeGroup = (typeof AGE_GROUPS)[number]

export const VISITOR_KINDS = ['worker', 'visitor'] as const
export type VisitorKind = (typeof VISITOR_KINDS)[number]

/** The organisation that runs sites (a park's management board, a station, a tourist company). */
export const checkpointOperators = pgTable('checkpoint_operators', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  communeCode: text('commune_code').notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
})

export const checkpointSites = pgTable(
  'checkpoint_sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operatorId: uuid('operator_id')
      .notNull()
      .references(() => checkpointOperators.id),
    kind: text('kind', { enum: SITE_KINDS }).notNull(),
    name: text('name').notNull(),
    communeCode: text('commune_code').notNull(),
    provinceCode: text('province_code').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('checkpoint_sites_operator_idx').on(t.operatorId),
    index('checkpoint_sites_commune_idx').on(t.communeCode),
    check('checkpoint_sites_kind', sql`${t.kind} IN (${oneOf(SITE_KINDS)})`),
  ],
)

export const checkpointGates = pgTable(
  'checkpoint_gates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => checkpointSites.id),
    name: text('name').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('checkpoint_gates_site_idx').on(t.siteId)],
)

/** A camera system's public key: its batches are JWS (ES256) by the private half. */
export const checkpointCameraKeys = pgTable(
  'checkpoint_camera_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => checkpointSites.id),
    name: text('name').notNull(),
    publicJwk: jsonb('public_jwk').$type<Record<string, unknown>>().notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('checkpoint_camera_keys_site_idx').on(t.siteId)],
)

/** The people who work at an industrial park, so its passages split workers from visitors. */
export const checkpointSiteWorkers = pgTable(
  'checkpoint_site_workers',
  {
    siteId: uuid('site_id')
      .notNull()
      .references(() => checkpointSites.id),
    personalNumber: char('personal_number', { length: 12 }).notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.personalNumber] })],
)

/**
 * Every passage through a gate. The demographic columns are read from the personal number when
 * the passage is recorded, so statistics need no join to the registry.
 */
export const checkpointPassages = pgTable(
  'checkpoint_passages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    siteId: uuid('site_id').notNull(),
    gateId: uuid('gate_id').notNull(),
    direction: text('direction', { enum: DIRECTIONS }).notNull(),
    method: text('method', { enum: PASSAGE_METHODS }).notNull(),
    personalNumber: char('personal_number', { length: 12 }).notNull(),
    /** The camera system's own event id; null for scans at the gate. */
    eventId: text('event_id'),
    flag: text('flag', { enum: PASSAGE_FLAGS }),
    occurredAt: instant('occurred_at').notNull(),
    recordedAt: instant('recorded_at').notNull().defaultNow(),
    /** The staff account that scanned, or null for a camera event. */
    recordedBy: uuid('recorded_by'),
  },
  (t) => [
    uniqueIndex('checkpoint_passages_event_uq').on(t.siteId, t.eventId),
    index('checkpoint_passages_site_idx').on(t.siteId, t.occurredAt),
    index('checkpoint_passages_person_idx').on(t.personalNumber, t.occurredAt),
    check('checkpoint_passages_direction', sql`${t.direction} IN (${oneOf(DIRECTIONS)})`),
    check('checkpoint_passages_method', sql`${t.method} IN (${oneOf(PASSAGE_METHODS)})`),
  ],
)

/** Where each person stands at each site: the live occupancy is the count of those inside. */
export const checkpointPresence = pgTable(
  'checkpoint_presence',
  {
    siteId: uuid('site_id').notNull(),
    personalNumber: char('personal_number', { length: 12 }).notNull(),
    /** The gate of the last entry, for occupancy per gate. */
    gateId: uuid('gate_id').notNull(),
    inside: boolean('inside').notNull(),
    lastAt: instant('last_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.siteId, t.personalNumber] }),
    index('checkpoint_presence_inside_idx')
      .on(t.siteId, t.gateId)
      .where(sql`${t.inside}`),
  ],
)

/**
 * People inside per site and gate of entry, kept with the presence rows in the passages'
 * transaction: live occupancy reads one row per gate, whatever the number inside.
 */
export const checkpointOccupancy = pgTable(
  'checkpoint_occupancy',
  {
    siteId: uuid('site_id').notNull(),
    gateId: uuid('gate_id').notNull(),
    inside: integer('inside').notNull(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.gateId] })],
)

/**
 * Passages counted per hour and every dimension the statistics cut by, kept on insert in the
 * same transaction: hourly and daily figures read this, never the passages.
 */
export const checkpointHourly = pgTable(
  'checkpoint_hourly',
  {
    siteId: uuid('site_id').notNull(),
    hour: instant('hour').notNull(),
    gateId: uuid('gate_id').notNull(),
    direction: text('direction', { enum: DIRECTIONS }).notNull(),
    provinceCode: char('province_code', { length: 2 }).notNull(),
    ageGroup: text('age_group', { enum: AGE_GROUPS }).notNull(),
    sex: char('sex', { length: 1 }).notNull(),
    visitorKind: text('visitor_kind', { enum: VISITOR_KINDS }).notNull(),
    passages: integer('passages').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [
        t.siteId,
        t.hour,
        t.gateId,
        t.direction,
        t.provinceCode,
        t.ageGroup,
        t.sex,
        t.visitorKind,
      ],
    }),
  ],
)

/** What a ticket is for: a coach trip of the stays module, or a train trip kept here. */
export const TRIP_KINDS = ['coach', 'train'] as const
export type TripKind = (typeof TRIP_KINDS)[number]

/**
 * A train run by a railway operator between two railway stations (sites of the operator or
 * another's), with its seats: tickets for it are bound to personal numbers (model 19).
 */
export const checkpointTrainTrips = pgTable(
  'checkpoint_train_trips',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operatorId: uuid('operator_id')
      .notNull()
      .references(() => checkpointOperators.id),
    trainNumber: text('train_number').notNull(),
    fromSiteId: uuid('from_site_id')
      .notNull()
      .references(() => checkpointSites.id),
    toSiteId: uuid('to_site_id')
      .notNull()
      .references(() => checkpointSites.id),
    departureAt: instant('departure_at').notNull(),
    seats: integer('seats').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('checkpoint_train_trips_operator_idx').on(t.operatorId, t.departureAt),
    check('checkpoint_train_trips_seats', sql`${t.seats} > 0`),
  ],
)

/**
 * A ticket bound to a personal number, for one trip: a coach trip (the stays module's trips) or a
 * train trip (checkpoint_train_trips); the card or identity QR is the ticket at boarding (model 19).
 */
export const checkpointTickets = pgTable(
  'checkpoint_tickets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tripId: uuid('trip_id').notNull(),
    /** The operator that issued it: a stays establishment (coach), a checkpoint operator (train). */
    establishmentId: text('establishment_id').notNull(),
    tripKind: text('trip_kind', { enum: TRIP_KINDS }).notNull().default('coach'),
    personalNumber: char('personal_number', { length: 12 }).notNull(),
    issuedBy: text('issued_by').notNull(),
    issuedAt: instant('issued_at').notNull().defaultNow(),
    boardedAt: instant('boarded_at'),
  },
  (t) => [
    uniqueIndex('checkpoint_tickets_trip_person_uq').on(t.tripId, t.personalNumber),
    index('checkpoint_tickets_person_idx').on(t.personalNumber, t.issuedAt),
  ],
)
