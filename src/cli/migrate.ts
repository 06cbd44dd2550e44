import { loadConfig } from '../platform/config/config.js'
import { migrateDatabase } from '../platform/db/migrate.js'
import { openCommandDatabase } from './command.js'

const config = loadConfig()
const database = await openCommandDatabase(config, config.DATABASE_POOL_SIZE)
try {
  const applied = await migrateDatabase(database)
  process.stdout.write(`migrations applied: ${applied}\n`)
} finally {
  await database.close()
}
