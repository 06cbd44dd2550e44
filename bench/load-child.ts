import { openDatabase } from '../src/platform/db/database.js'
import { migrateDatabase } from '../src/platform/db/migrate.js'
import { seedPopulation } from '../src/modules/population/index.js'

// One load in a process of its own, so that its peak memory is its own.
// Args: scale, then a PostgreSQL URL or a PGlite data directory.
const [scaleText, target = ''] = process.argv.slice(2)
const isUrl = target.startsWith('postgres')
const database = await openDatabase(isUrl ? { url: target, poolSize: 2 } : { dataDir: target })
try {
  await migrateDatabase(database)
  let lastReport = 0
  const summary = await seedPopulation(database, {
    scale: Number(scaleText),
    seed: 106,
    reset: true,
    onProgress: (p) => {
      if (p.residentsLoaded - lastReport >= 500_000 || p.communesDone === p.communesTotal) {
        lastReport = p.residentsLoaded
        process.stderr.write(
          `  ${database.engine}: ${p.residentsLoaded}/${p.residentsTotal} loaded\n`,
        )
      }
    },
  })
  const peakMiB = process.resourceUsage().maxRSS / 1024
  process.stdout.write(`${JSON.stringify({ ...summary, peakMiB })}\n`)
} finally {
  await database.close()
}
