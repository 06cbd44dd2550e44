import { parseArgs } from 'node:util'
import { AppError } from '../platform/http/errors.js'
import { loadConfig } from '../platform/config/config.js'
import { migrateDatabase } from '../platform/db/migrate.js'
import { openCommandDatabase } from './command.js'
import { seedPopulation } from '../modules/population/index.js'
import { seedProgressBar } from './progress.js'

const USAGE = 'npm run seed -- --scale N --seed S [--reset]'

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value)) {
    process.stderr.write(
      `--${name} phải là số nguyên / must be a whole number (got "${value}")\n${USAGE}\n`,
    )
    process.exit(2)
  }
  return Number(value)
}

const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    seed: { type: 'string' },
    reset: { type: 'boolean', default: false },
  },
})
const config = loadConfig()
const database = await openCommandDatabase(config, config.DATABASE_POOL_SIZE)
const bar = seedProgressBar()
try {
  await migrateDatabase(database)
  const summary = await seedPopulation(database, {
    scale: integer('scale', values.scale, config.SAMPLE_SCALE),
    seed: integer('seed', values.seed, config.SAMPLE_SEED),
    reset: values.reset,
    onProgress: bar.update,
  })
  bar.stop()
  process.stdout.write(
    `${summary.outcome}: ${summary.residents} residents, ${summary.households} households, ` +
      `${summary.movements} movements in ${summary.seconds.toFixed(1)} s (${summary.residentsPerSecond} residents/s)\n`,
  )
} catch (error) {
  bar.stop()
  if (!(error instanceof AppError)) throw error
  process.stderr.write(`${error.code}: ${error.message}\n`)
  process.exitCode = 1
} finally {
  await database.close()
}
