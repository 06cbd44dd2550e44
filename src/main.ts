import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { demonstrationAccountsTable } from './cli/accounts-table.js'
import { seedProgressBar } from './cli/progress.js'
import {
  AuditSealer,
  createWitness,
  installAuditKeys,
  loadAuditKeys,
} from './modules/audit/index.js'
import { purgeExpiredSsoState } from './modules/sso/index.js'
import { runPeriodically } from './platform/time/periodic.js'
import {
  developmentSender,
  ensureDemonstrationAccounts,
  type DemonstrationAccount,
  purgeExpiredTokenUses,
  webhookSender,
} from './modules/identity/index.js'
import { runPlanDuties } from './modules/plan/index.js'
import { Analytics, OUTBOX_POLL_MS } from './modules/analytics/index.js'
import {
  ensureDemonstrationEstablishment,
  ensureDemonstrationStays,
  purgeIdempotencyKeys,
} from './modules/stays/index.js'
import { populationLoaded, seedPopulation } from './modules/population/index.js'
import { auditKeysFile, ConfigError, loadConfig, type Config } from './platform/config/config.js'
import { openDatabase } from './platform/db/database.js'
import { migrateDatabase } from './platform/db/migrate.js'
import { OutboxDispatcher } from './platform/events/outbox.js'

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

let demonstrationAccounts: DemonstrationAccount[] = []
if (config.NODE_ENV === 'development' && (await populationLoaded(database))) {
  demonstrationAccounts = await ensureDemonstrationAccounts(database.db)
  // The demonstration staff member's hotel, so the establishment console works out of the box.
  await ensureDemonstrationEstablishment(database.db)
  // Three weeks of guests, so that the tourism and public-order dashboards are not empty.
  await ensureDemonstrationStays(database.db)
}

const sender = config.SMS_WEBHOOK_URL ? webhookSender(config.SMS_WEBHOOK_URL) : developmentSender
// The dashboards' analytical copy: built in the background when missing (they answer 503 until
// then), swapped when `npm run analytics:rebuild` renames a new one into place.
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
const app = await buildApp({ config, database, sender, analytics })
analytics.ensureBuilt()
analytics.watch()
// Outbox events reach their subscribers (the copy: tourism figures within 5 s of a declaration).
const dispatcher = new OutboxDispatcher(database, {
  pollMs: OUTBOX_POLL_MS,
  onError: (subscriber, event, err) => {
    app.log.error({ err, subscriber, eventId: event.id }, 'outbox delivery failed')
  },
  onRoundError: (err) => {
    app.log.warn({ err }, 'outbox round failed; retrying')
  },
})
dispatcher.subscribe(analytics.subscriber, analytics.handleEvent, {
  aroundBatch: analytics.aroundEventBatch,
})
dispatcher.start()
// Signed heads of the audit chain go to a witness outside the database, when one is configured.
const witness = createWitness({
  url: config.AUDIT_WITNESS_URL,
  file: config.AUDIT_WITNESS_FILE,
  onError: (err) => {
    app.log.warn({ err }, 'audit witness unreachable; the latest head will be retried')
  },
})
// Links audit entries into the hash chain in the background; one instance at a time does it.
const sealer = new AuditSealer(database, {
  onError: (err) => {
    app.log.error({ err }, 'audit sealing failed')
  },
  onCheckpoint: (head) => witness?.offer(head),
  // Seqs only: the entries themselves may name a resident.
  onQuarantine: (seqs) => {
    app.log.error(
      { count: seqs.length, seqs },
      'audit entries without a valid MAC set aside (not written by the platform)',
    )
  },
})
sealer.start()
// Expired provider state, spent identity-token ids and stale idempotency keys only take room:
// cleared every hour.
const housekeeping = runPeriodically(
  () =>
    Promise.all([
      purgeExpiredSsoState(database.db),
      purgeExpiredTokenUses(database.db, new Date()),
      purgeIdempotencyKeys(database.db, new Date()),
    ]),
  3_600_000,
  (err: unknown) => {
    app.log.error({ err }, 'housekeeping failed')
  },
)
// Plan 106: the month's KPI snapshot, and the report reminders on their days.
const planDuties = runPeriodically(
  () => runPlanDuties(database, { sender, reportDay: config.PLAN_REPORT_DAY }),
  3_600_000,
  (err: unknown) => {
    app.log.error({ err }, 'plan duties failed')
  },
)
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
  await dispatcher.stop()
  await analytics.close()
  await sealer.stop()
  await witness?.close()
  await housekeeping.stop()
  await planDuties.stop()
  await database.close()
  app.log.info('Máy chủ đã dừng / server stopped')
})
await app.listen({ host: config.HOST, port: config.PORT })
app.log.info(`Công Dân Số: ${config.PUBLIC_URL}  API docs: ${config.PUBLIC_URL}/api/docs`)
// Last, so that a developer finds them under everything start-up printed.
if (demonstrationAccounts.length > 0)
  process.stderr.write(`${demonstrationAccountsTable(demonstrationAccounts, config.PUBLIC_URL)}\n`)
