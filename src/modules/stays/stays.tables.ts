import {
  boolean,
  char,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  serial,
  smallint,
  text,
  time,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import { sql } from 'drizzle-orm'

const instant = (name: string) => timestamp(name, { withTimezone: true })

export const CAPACITY_UNITS = ['room', 'bed', 'seat'] as const
export const ESTABLISHMENT_STATUSES = ['pending', 'approved', 'refused'] as const
export const GUEST_KINDS = ['citizen', 'foreigner'] as const
export const DECLARATION_METHODS = [
  'identity_qr',
  'card_qr',
  'typed',
  'passport_mrz',
  'rooming_list',
] as const
export const REVISION_KINDS = ['corrected', 'extended', 'checked_out'] as const

/** Kinds of accommodation the police register (data/stays-establishment-types.json). */
export const establishmentTypes = pgTable('stay_establishment_types', {
  code: text('code').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  capacityUnit: text('capacity_unit', { enum: CAPACITY_UNITS }).notNull(),
  position: smallint('position').notNull(),
})

/** Numbers the codes people read an establishment by (CS-00001, …), never its internal id. */
export const establishmentCodes = pgSequence('stay_establishment_code_seq')

/** A place that must declare its guests; it may declare once the commune police approve it. */
export const establishments = pgTable(
  'stay_establishments',
  {
    // Text, as staff grants and SSO clients bind to an establishment by this id.
    id: text('id')
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    code: text('code')
      .notNull()
      .unique('stay_establishments_code_key')
      .default(sql`'CS-' || lpad(nextval('stay_establishment_code_seq')::text, 5, '0')`),
    name: text('name').notNull(),
    typeCode: text('type_code')
      .notNull()
      .references(() => establishmentTypes.code),
    address: text('address').notNull(),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    provinceCode: varchar('province_code', { length: 2 }).notNull(),
    capacity: integer('capacity').notNull(),
    ownerAccountId: uuid('owner_account_id').notNull(),
    status: text('status', { enum: ESTABLISHMENT_STATUSES }).notNull().default('pending'),
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by'),
    decidedAt: instant('decided_at'),
    ssoClientId: text('sso_client_id'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('stay_establishments_commune_status_idx').on(t.communeCode, t.status),
    index('stay_establishments_owner_idx').on(t.ownerAccountId),
  ],
)

/**
 * The notice deadline of the Law on Residence as data: a guest arriving before `lateArrivalFrom`
 * is declared before `sameDayCutoff` that day, one arriving later before `nextDayCutoff` the next
 * day (Vietnam time). The rule in force is the latest whose `validFrom` is on or before arrival.
 */
export const deadlineRules = pgTable('stay_deadline_rules', {
  validFrom: date('valid_from', { mode: 'string' }).primaryKey(),
  lateArrivalFrom: time('late_arrival_from').notNull(),
  sameDayCutoff: time('same_day_cutoff').notNull(),
  nextDayCutoff: time('next_day_cutoff').notNull(),
  legalBasis: text('legal_basis').notNull(),
})

/** One guest's stay at one establishment (or one passenger's seat on one coach trip). */
export const declarations = pgTable(
  'stay_declarations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    establishmentId: text('establishment_id')
      .notNull()
      .references(() => establishments.id),
    // The establishment's place, copied so the police's jurisdiction queries need no join.
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    provinceCode: varchar('province_code', { length: 2 }).notNull(),
    guestKind: text('guest_kind', { enum: GUEST_KINDS }).notNull(),
    personalNumber: char('personal_number', { length: 12 }),
    fullName: text('full_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    sex: char('sex', { length: 1, enum: ['M', 'F'] }),
    nationality: char('nationality', { length: 3 }).notNull(),
    passportNumber: text('passport_number'),
    passportExpiresOn: date('passport_expires_on', { mode: 'string' }),
    entryDate: date('entry_date', { mode: 'string' }),
    visaNumber: text('visa_number'),
    visaExpiresOn: date('visa_expires_on', { mode: 'string' }),
    room: text('room'),
    arrivalAt: instant('arrival_at').notNull(),
    expectedDepartureAt: instant('expected_departure_at'),
    departedAt: instant('departed_at'),
    declaredAt: instant('declared_at').notNull().defaultNow(),
    deadlineAt: instant('deadline_at').notNull(),
    late: boolean('late').notNull(),
    method: text('method', { enum: DECLARATION_METHODS }).notNull(),
    // Declared together (a family, a tour group); a minor points at the adult accompanying them.
    groupId: uuid('group_id'),
    accompaniedBy: uuid('accompanied_by'),
    tripId: uuid('trip_id'),
    // Facts the police should see without refusing the stay, e.g. 'open_stay_elsewhere'.
    flags: text('flags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    declaredBy: text('declared_by').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    index('stay_declarations_establishment_idx').on(t.establishmentId, t.departedAt),
    index('stay_declarations_commune_idx').on(t.communeCode, t.declaredAt),
    index('stay_declarations_person_idx').on(t.personalNumber, t.arrivalAt),
    index('stay_declarations_passport_idx').on(t.nationality, t.passportNumber),
    index('stay_declarations_trip_idx').on(t.tripId),
  ],
)

/** The state of a declaration before each change: corrections never erase what was declared. */
export const declarationRevisions = pgTable(
  'stay_declaration_revisions',
  {
    id: serial('id').primaryKey(),
    declarationId: uuid('declaration_id')
      .notNull()
      .references(() => declarations.id),
    revision: integer('revision').notNull(),
    kind: text('kind', { enum: REVISION_KINDS }).notNull(),
    previous: jsonb('previous').$type<Record<string, unknown>>().notNull(),
    reason: text('reason'),
    changedBy: text('changed_by').notNull(),
    changedAt: instant('changed_at').notNull().defaultNow(),
  },
  (t) => [index('stay_declaration_revisions_declaration_idx').on(t.declarationId, t.revision)],
)
