import closeWithGrace from 'close-with-grace'
import { buildApp, createModuleContext } from './app.js'
import { demonstrationAccountsTable } from './cli/accounts-table.js'
import { seedProgressBar } from './cli/progress.js'
import { installAuditKeys, loadAuditKeys } from './modules/audit/index.js'
import { Analytics } from './modules/analytics/index.js'
import { populationLoaded, seedPopulation } from './modules/population/index.js'
import { MODULES } from './modules.js'
import { auditKeysFile, ConfigError, loadConfig, type Config } from './platform/config/config.js'
import { openDatabase } from './platform/db/database.js'
import { migrateDatabase } from './platform/db/migrate.js'
import { OutboxDispatcher } from './platform/events/outbox.js'
import { JobRunner } from './platform/jobs/job-runner.js'
import { jobsOf, type DemonstrationAccount, type Started } from './platform/modules/module.js'

function readConfig(): Config {
  try {
    return loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
}

const config = readConfig()
// Before anything records: every entry carries a MAC of these keys.
installAuditKeys(
  await loadAuditKeys({ jwks: config.AUDIT_SIGNING_KEYS, developmentFile: auditKeysFile(config) }),
)
const database = await openDatabase({
  url: config.DATABASE_URL,
  dataDir: config.DATA_DIR,
  poolSize: config.DATABASE_POOL_SIZE,
})
await migrateDatabase(database)

// Development starts with a sample of the province, loaded once; production never invents people.
if (
  config.NODE_ENV === 'development' &&
  config.SAMPLE_SCALE > 0 &&
  !(await populationLoaded(database))
) {
  const bar = seedProgressBar()
  const summary = await seedPopulation(database, {
    scale: config.SAMPLE_SCALE,
    seed: config.SAMPLE_SEED,
    onProgress: bar.update,
  })
  bar.stop()
  process.stderr.write(
    `Đã nạp ${summary.residents} người, ${summary.households} hộ trong ${summary.seconds.toFixed(1)} giây / loaded.\n`,
  )
}

const demonstrationAccounts: DemonstrationAccount[] = []
// The dashboards' analytical copy, logging through the app once it stands.
const analytics = new Analytics({
  database,
  path: config.ANALYTICS_PATH,
  log: {
    info: (message) => {
      app.log.info(message)
    },
    error: (err, message) => {
      app.log.error({ err }, message)
    },
  },
})
const context = await createModuleContext({ config, database, analytics })
// Each module's demonstration data (accounts, the demonstration hotel and its guests).
if (config.NODE_ENV === 'development' && (await populationLoaded(database)))
  for (const module of MODULES)
    demonstrationAccounts.push(...((await module.demonstration?.(context)) ?? []))

const app = await buildApp({ config, database, context })
// Each module's background work (the audit sealer, the analytical copy), stopped in reverse.
const started: Started[] = []
for (const module of MODULES) if (module.start) started.push(await module.start(context, app.log))
// Outbox events reach the modules' subscribers.
const subscribers = MODULES.flatMap((m) => m.subscribers?.(context) ?? [])
const dispatcher = new OutboxDispatcher(database, {
  pollMs: Math.min(1_000, ...subscribers.flatMap((s) => (s.pollMs ? [s.pollMs] : []))),
  onError: (subscriber, event, err) => {
    app.log.error({ err, subscriber, eventId: event.id }, 'outbox delivery failed')
  },
  onRoundError: (err) => {
    app.log.warn({ err }, 'outbox round failed; retrying')
  },
})
for (const { name, handle, aroundBatch } of subscribers)
  dispatcher.subscribe(name, handle, { aroundBatch })
dispatcher.start()
// The modules' periodic jobs and housekeeping, each run by one instance at a time.
const jobs = new JobRunner(database, jobsOf(MODULES, context), {
  onError: (job, err) => {
    app.log.error({ err, job }, 'periodic job failed')
  },
})
jobs.start()
// A final line either way: stopped, or cut short when the grace period ran out.
const grace = {
  delay: config.SHUTDOWN_GRACE_MS,
  onTimeout: (delay: number) => {
    app.log.error(`Máy chủ đã dừng khi chưa xong sau ${delay} ms / server stopped unfinished`)
  },
}
closeWithGrace(grace, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error')
  else app.log.info({ signal }, 'shutting down: draining requests')
  await app.close()
  await jobs.stop()
  await dispatcher.stop()
  for (const work of started.reverse()) await work.stop()
  await database.close()
  app.log.info('Máy chủ đã dừng / server stopped')
})
await app.listen({ host: config.HOST, port: config.PORT })
app.log.info(`Công Dân Số: ${config.PUBLIC_URL}  API docs: ${config.PUBLIC_URL}/api/docs`)
// Last, so that a developer finds them under everything start-up printed.
if (demonstrationAccounts.length > 0)
  process.stderr.write(`${demonstrationAccountsTable(demonstrationAccounts, config.PUBLIC_URL)}\n`)
