import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core'
import { establishments } from '../stays.tables.js'

const instant = (name: string) => timestamp(name, { withTimezone: true })

/** One run of a long-distance coach (model 12); its passengers are declarations with its trip id. */
export const trips = pgTable(
  'stay_trips',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // The coach operator: an approved establishment whose type counts capacity in seats.
    establishmentId: text('establishment_id')
      .notNull()
      .references(() => establishments.id),
    route: text('route').notNull(),
    vehiclePlate: varchar('vehicle_plate', { length: 12 }).notNull(),
    departureAt: instant('departure_at').notNull(),
    arrivalAt: instant('arrival_at').notNull(),
    seats: integer('seats').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('stay_trips_arrival_after_departure', sql`${t.arrivalAt} > ${t.departureAt}`),
    check('stay_trips_seats_positive', sql`${t.seats} > 0`),
    index('stay_trips_establishment_idx').on(t.establishmentId, t.departureAt),
  ],
)
