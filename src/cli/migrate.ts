import { loadConfig } from '../platform/config/config.js'
import { openDatabase } from '../platform/db/database.js'
import { migrateDatabase } from '../platform/db/migrate.js'

const config = loadConfig()
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR })
try {
  const applied = await migrateDatabase(database)
  process.stdout.write(`migrations applied: ${applied}\n`)
} finally {
  await database.close()
}
