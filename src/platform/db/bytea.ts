import { customType } from 'drizzle-orm/pg-core'

/** A bytea column: PGlite hands it back as a Uint8Array, node-postgres as a Buffer; a Buffer both. */
export const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
})
