import { existsSync } from 'node:fs'
import { hostname } from 'node:os'
import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Database } from '../../platform/db/database.js'
import type { OutboxEvent } from '../../platform/events/outbox.js'
import { notReady } from './analytics.errors.js'
import { buildCopy, type BuildProgress, type BuildSummary } from './copy-build.js'
import { applyEvent, catchUp } from './copy.events.js'
import { CopyOutdated, fileIdentity, ServedCopy } from './copy-store.js'

export interface AnalyticsLog {
  info(message: string): void
  error(error: unknown, message: string): void
}

export interface AnalyticsOptions {
  database: Database
  /** ANALYTICS_PATH: the copy file. */
  path: string
  log?: AnalyticsLog
  /** How often to look for a copy renamed into place by `npm run analytics:rebuild`. */
  watchMs?: number
}

export interface AnalyticsStatus {
  ready: boolean
  building: boolean
  builtAt: string | null
  residents: number | null
  eventsApplied: number
  lastEventAt: string | null
}

/**
 * How often the outbox dispatcher feeding the copy should poll: a declaration then shows in the
 * tourism figures within about a second of its commit (the dashboards promise 5 s).
 */
export const OUTBOX_POLL_MS = 500

const ABANDONED_AFTER_MS = 10 * 60_000
const silent: AnalyticsLog = { info: () => undefined, error: () => undefined }

/** What deliver applies to the copy's live tables, committed together or not at all. */
async function inTransaction<T>(copy: ServedCopy, deliver: () => Promise<T>): Promise<T> {
  await copy.write((connection) => connection.run('BEGIN TRANSACTION'))
  try {
    const delivered = await deliver()
    await copy.write((connection) => connection.run('COMMIT'))
    return delivered
  } catch (error) {
    await copy.write((connection) => connection.run('ROLLBACK')).catch(() => undefined)
    throw error
  }
}

/**
 * The analytical copy this process serves: opened from ANALYTICS_PATH when there, built in the
 * background when not, swapped for a newer file when a rebuild renames one into place, and kept
 * current from the outbox. Catch-up, swaps and event applications run one at a time, so no event
 * falls between the old copy and the new.
 */
export class Analytics {
  private copy: ServedCopy | undefined
  private building: Promise<BuildSummary> | undefined
  private serial: Promise<unknown> = Promise.resolve()
  private timer: NodeJS.Timeout | undefined
  private eventsApplied = 0
  private lastEventAt: string | null = null
  readonly file: string
  /**
   * The outbox subscriber of this copy: every instance serves a copy of its own, and each must
   * see every event (a shared name would hand each event to one instance only).
   */
  readonly subscriber: string
  private readonly log: AnalyticsLog
  private inBatch = false

  constructor(private readonly options: AnalyticsOptions) {
    this.file = path.resolve(options.path)
    this.subscriber = `analytics:${hostname()}:${this.file}`
    this.log = options.log ?? silent
  }

  /** The copy to query. @throws ANALYTICS_NOT_READY (503) until one exists. */
  async current(): Promise<ServedCopy> {
    if (!this.copy && existsSync(this.file)) await this.refresh()
    if (!this.copy) throw notReady(this.building !== undefined)
    return this.copy
  }

  status(): AnalyticsStatus {
    return {
      ready: this.copy !== undefined,
      building: this.building !== undefined,
      builtAt: this.copy?.meta.builtAt ?? null,
      residents: this.copy?.meta.residents ?? null,
      eventsApplied: this.eventsApplied,
      lastEventAt: this.lastEventAt,
    }
  }

  /** Starts a build in the background when there is no copy yet; returns at once. */
  ensureBuilt(): void {
    if (existsSync(this.file) || this.building) return
    void this.rebuild().catch((error: unknown) => {
      this.log.error(error, 'analytical copy build failed')
    })
  }

  /** Builds a new copy from the database and serves it once complete. */
  async rebuild(onProgress?: (p: BuildProgress) => void): Promise<BuildSummary> {
    if (this.building) return this.building
    this.building = (async () => {
      await this.removeAbandonedBuilds()
      this.log.info('building the analytical copy')
      const summary = await buildCopy(this.options.database, {
        path: this.file,
        ...(onProgress ? { onProgress } : {}),
      })
      await this.refresh()
      this.log.info(`analytical copy built in ${summary.seconds.toFixed(1)} s`)
      return summary
    })().finally(() => {
      this.building = undefined
    })
    return this.building
  }

  /** Serves the file if it is newer than the copy being served (or none is). */
  refresh(): Promise<void> {
    return this.inTurn(async () => {
      const identity = await fileIdentity(this.file)
      const served = this.copy?.identity
      if (!identity || (served?.ino === identity.ino && served.mtimeMs === identity.mtimeMs)) return
      const next = await this.openCurrentRelease()
      if (!next) return
      try {
        await catchUp(this.options.database, next)
      } catch (error) {
        next.retire()
        throw error
      }
      const previous = this.copy
      this.copy = next
      previous?.retire()
    })
  }

  /**
   * The file, unless an earlier release wrote it: then nothing is served and a new copy is built
   * in the background (an upgrade must not leave dashboards failing on tables the file lacks).
   */
  private async openCurrentRelease(): Promise<ServedCopy | undefined> {
    try {
      return await ServedCopy.open(this.file)
    } catch (error) {
      if (!(error instanceof CopyOutdated)) throw error
      if (!this.building) {
        this.log.info(`${error.message}: rebuilding it`)
        void this.rebuild().catch((failure: unknown) => {
          this.log.error(failure, 'analytical copy build failed')
        })
      }
      return undefined
    }
  }

  /**
   * The outbox subscriber: applies an event to the served copy. Nothing to do without a copy (its
   * build will read the database) or for an event older than the copy's snapshot (the copy has
   * it), as a new subscriber's first pass over the whole outbox mostly is.
   */
  readonly handleEvent = (event: OutboxEvent): Promise<void> =>
    this.inBatch ? this.apply(event) : this.inTurn(() => this.apply(event))

  /**
   * Wraps a batch of the dispatcher's deliveries in one transaction of the copy (the dispatcher's
   * aroundBatch): one commit per batch instead of one per event, which under a load of
   * declarations was most of the copy's writing. The turn is held for the whole batch, so the
   * copy cannot be swapped in the middle of it. The batch's events are applied within that turn,
   * copy or none: queued behind it, they would wait for the batch that waits for them.
   */
  readonly aroundEventBatch = <T>(deliver: () => Promise<T>): Promise<T> =>
    this.inTurn(async () => {
      this.inBatch = true
      try {
        const copy = this.copy
        return await (copy ? inTransaction(copy, deliver) : deliver())
      } finally {
        this.inBatch = false
      }
    })

  private async apply(event: OutboxEvent): Promise<void> {
    if (!this.copy || event.txId < this.copy.meta.snapshotTx) return
    const outcome = await applyEvent(this.copy, event)
    if (outcome === 'malformed')
      this.log.error(new Error(`event ${event.id} breaks its contract`), 'event skipped')
    if (outcome === 'applied') {
      this.eventsApplied++
      this.lastEventAt = new Date().toISOString()
    }
  }

  /**
   * Looks for a rebuilt file every watchMs (2 s by default), without keeping the process alive;
   * builds one while there is none, so a build the database's absence broke is tried again.
   */
  watch(): void {
    const tick = (): void => {
      this.ensureBuilt()
      this.refresh()
        .catch((error: unknown) => {
          this.log.error(error, 'analytical copy refresh failed')
        })
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, this.options.watchMs ?? 2_000).unref()
        })
    }
    this.timer = setTimeout(tick, this.options.watchMs ?? 2_000).unref()
  }

  async close(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    await this.serial
    this.copy?.retire()
    this.copy = undefined
  }

  private inTurn<T>(task: () => Promise<T>): Promise<T> {
    const next = this.serial.then(task)
    this.serial = next.catch(() => undefined)
    return next
  }

  /**
   * Half-written files of builds a stopped process never finished (untouched for a while: a
   * build still running elsewhere keeps writing its file).
   */
  private async removeAbandonedBuilds(): Promise<void> {
    const dir = path.dirname(this.file)
    const prefix = `${path.basename(this.file)}.building-`
    const names = await readdir(dir).catch(() => [] as string[])
    for (const name of names.filter((n) => n.startsWith(prefix))) {
      const file = path.join(dir, name)
      const modified = await stat(file).then(
        (s) => s.mtimeMs,
        () => Date.now(),
      )
      if (Date.now() - modified > ABANDONED_AFTER_MS) await rm(file, { force: true })
    }
  }
}
