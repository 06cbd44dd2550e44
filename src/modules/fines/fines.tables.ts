import { sql } from 'drizzle-orm'
import { char, check, date, index, pgTable, text, varchar } from 'drizzle-orm/pg-core'

export const VEHICLE_CLASSES = ['car', 'motorbike'] as const
export const OWNER_KINDS = ['resident', 'organisation'] as const

/**
 * The vehicle registry violations are linked to their owner through: each plate once, owned by
 * a resident (personal number) or an organisation (tax code). Synthetic in development, from the
 * police registration system in production.
 */
export const vehicles = pgTable(
  'vehicles',
  {
    plate: varchar('plate', { length: 12 }).primaryKey(),
    vehicleClass: text('vehicle_class', { enum: VEHICLE_CLASSES }).notNull(),
    brand: text('brand').notNull(),
    ownerKind: text('owner_kind', { enum: OWNER_KINDS }).notNull(),
    ownerNumber: char('owner_number', { length: 12 }),
    organisationTaxCode: varchar('organisation_tax_code', { length: 14 }),
    organisationName: text('organisation_name'),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    check(
      'vehicles_one_owner',
      sql`(${t.ownerKind} = 'resident' AND ${t.ownerNumber} IS NOT NULL AND ${t.organisationTaxCode} IS NULL)
       OR (${t.ownerKind} = 'organisation' AND ${t.ownerNumber} IS NULL AND ${t.organisationTaxCode} IS NOT NULL AND ${t.organisationName} IS NOT NULL)`,
    ),
    index('vehicles_owner_number_idx').on(t.ownerNumber),
    index('vehicles_organisation_tax_code_idx').on(t.organisationTaxCode),
    index('vehicles_commune_idx').on(t.communeCode),
  ],
)
