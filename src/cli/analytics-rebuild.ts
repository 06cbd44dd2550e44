import { Analytics, type BuildProgress } from '../modules/analytics/index.js'
import { loadConfig } from '../platform/config/config.js'
import { migrateDatabase } from '../platform/db/migrate.js'
import { openCommandDatabase } from './command.js'

const PHASES: Record<BuildProgress['phase'], string> = {
  export: 'Xuất dữ liệu / exporting',
  load: 'Nạp vào DuckDB / loading',
  done: 'Xong / done',
}

/** One line, rewritten in place on a terminal; one line per phase change elsewhere. */
function progressLine(): (p: BuildProgress) => void {
  let last = ''
  return (p) => {
    const line = `${PHASES[p.phase]} ${p.done}/${p.total}`
    if (process.stderr.isTTY) process.stderr.write(`\r${line}   `)
    else if (p.phase !== last) process.stderr.write(`${line}\n`)
    last = p.phase
  }
}

// Recreates the analytical copy from scratch. A running server keeps serving the old copy and
// switches to the new one within seconds of its rename into ANALYTICS_PATH.
const config = loadConfig()
const database = await openCommandDatabase(config, config.DATABASE_POOL_SIZE)
try {
  await migrateDatabase(database)
  const analytics = new Analytics({ database, path: config.ANALYTICS_PATH })
  const summary = await analytics.rebuild(progressLine())
  await analytics.close()
  process.stderr.write('\n')
  process.stdout.write(
    `${summary.path}: ${summary.residents} residents, ${summary.stays} stays in ${summary.seconds.toFixed(1)} s\n`,
  )
} finally {
  await database.close()
}
