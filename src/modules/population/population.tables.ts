import { sql } from 'drizzle-orm'
import {
  bigint,
  bigserial,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  unique,
  varchar,
} from 'drizzle-orm/pg-core'

/** Administrative units, versioned: a code may name different units in different periods. */
export const adminUnits = pgTable(
  'admin_units',
  {
    id: serial('id').primaryKey(),
    code: varchar('code', { length: 5 }).notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    type: text('type').notNull(),
    level: text('level', { enum: ['province', 'district', 'commune'] }).notNull(),
    parentCode: varchar('parent_code', { length: 5 }),
    // Half-open [valid_from, valid_to); null valid_from = before the earliest record we hold.
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    unique('admin_units_code_valid_from_key').on(t.code, t.validFrom),
    index('admin_units_code_idx').on(t.code),
    index('admin_units_parent_code_idx').on(t.parentCode),
  ],
)

/** Which units an abolished unit became, whole or in part. */
export const adminUnitSuccessions = pgTable(
  'admin_unit_successions',
  {
    predecessorId: integer('predecessor_id')
      .notNull()
      .references(() => adminUnits.id),
    successorId: integer('successor_id')
      .notNull()
      .references(() => adminUnits.id),
    coverage: text('coverage', { enum: ['full', 'partial'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.predecessorId, t.successorId] })],
)

export const households = pgTable(
  'households',
  {
    id: bigint('id', { mode: 'number' }).primaryKey(),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    address: text('address').notNull(),
  },
  (t) => [index('households_commune_code_idx').on(t.communeCode)],
)

export const residents = pgTable(
  'residents',
  {
    personalNumber: char('personal_number', { length: 12 }).primaryKey(),
    fullName: text('full_name').notNull(),
    // COLLATE "C" (migration 0006): byte order, so the name index serves LIKE and ORDER BY.
    fullNameFolded: text('full_name_folded').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    sex: char('sex', { length: 1, enum: ['M', 'F'] }).notNull(),
    ethnicityCode: varchar('ethnicity_code', { length: 2 }).notNull(),
    religionCode: varchar('religion_code', { length: 2 }),
    birthProvinceCode: varchar('birth_province_code', { length: 2 }).notNull(),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    householdId: bigint('household_id', { mode: 'number' })
      .notNull()
      .references(() => households.id),
    relationToHead: text('relation_to_head', {
      enum: ['head', 'spouse', 'child', 'parent', 'grandchild', 'sibling', 'other'],
    }).notNull(),
    status: text('status', { enum: ['resident', 'moved_out', 'deceased'] }).notNull(),
    labourStatus: text('labour_status', {
      enum: ['child', 'in_school', 'employed', 'unemployed', 'homemaker', 'retired'],
    }).notNull(),
    sector: text('sector', { enum: ['agriculture', 'industry', 'services'] }),
    occupation: text('occupation'),
    oldIdNumber: char('old_id_number', { length: 9 }),
    cardIssuedOn: date('card_issued_on', { mode: 'string' }),
    cardExpiresOn: date('card_expires_on', { mode: 'string' }),
    eidLevel: smallint('eid_level').notNull(),
    hasPaymentAccount: boolean('has_payment_account').notNull(),
    hasDigitalSignature: boolean('has_digital_signature').notNull(),
  },
  (t) => [
    check('residents_personal_number_digits', sql`${t.personalNumber} ~ '^[0-9]{12}$'`),
    check('residents_eid_level_range', sql`${t.eidLevel} BETWEEN 0 AND 2`),
    index('residents_name_folded_idx').on(t.fullNameFolded, t.birthDate),
    index('residents_commune_birth_date_idx').on(t.communeCode, t.birthDate),
    index('residents_household_id_idx').on(t.householdId),
  ],
)

export const movements = pgTable(
  'movements',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    personalNumber: char('personal_number', { length: 12 })
      .notNull()
      .references(() => residents.personalNumber),
    kind: text('kind', {
      enum: [
        'born',
        'moved_in',
        'moved_out',
        'deceased',
        'temporary_residence',
        'temporary_absence',
      ],
    }).notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    // The other end of a move: a province code, in or out of which the resident moved.
    otherProvinceCode: varchar('other_province_code', { length: 2 }),
    // A temporary residence or absence lasts until this day (inclusive); null for the other kinds.
    untilOn: date('until_on', { mode: 'string' }),
    // Where: the address of a temporary residence, the destination of an absence.
    place: text('place'),
    // The dossier whose approval wrote the movement; null for movements the seed generated.
    reference: text('reference'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('movements_personal_number_idx').on(t.personalNumber, t.occurredOn)],
)

/** One row per seeding run: a run that did not reach 'done' is resumed, never loaded twice. */
export const seedRuns = pgTable('seed_runs', {
  id: serial('id').primaryKey(),
  seed: integer('seed').notNull(),
  scale: integer('scale').notNull(),
  // The generator's "today", kept so that a load resumed on a later day generates the same people.
  referenceDate: date('reference_date', { mode: 'string' }).notNull(),
  status: text('status', { enum: ['loading', 'done'] }).notNull(),
  // Secondary indexes and foreign keys dropped for the load, as the DDL that recreates them: a
  // load killed midway still knows what to restore.
  deferredDdl: jsonb('deferred_ddl').$type<string[]>(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
})

/** The communes a run has committed, each with its people in the same transaction. */
export const seedCommunes = pgTable(
  'seed_communes',
  {
    runId: integer('run_id')
      .notNull()
      .references(() => seedRuns.id, { onDelete: 'cascade' }),
    communeIndex: integer('commune_index').notNull(),
    residents: integer('residents').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.communeIndex] })],
)
