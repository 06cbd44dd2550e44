import { randomUUID } from 'node:crypto'
import type { Database } from '../db/database.js'
import type { Job } from '../modules/module.js'

export interface JobRunnerOptions {
  /** This instance's name on the leases it holds; a fresh id by default. */
  holder?: string
  /** How often each job is looked at; at most its period. Default: a minute. */
  checkMs?: number
  /** How long a taken lease keeps other instances off: longer than a run. Default: 10 minutes. */
  leaseMs?: number
  onError?: (job: string, error: unknown) => void
}

/**
 * Runs each periodic job once across all instances. Every instance ticks on its own timer; a
 * tick runs the job only when it takes the job's lease row (free, expired or already its own)
 * and the job's last run is at least its period ago, in one atomic statement on the database's
 * clock. A crashed holder's lease runs out and another instance takes the job over. Works on
 * PGlite and PostgreSQL alike (ADR 0010).
 */
export class JobRunner {
  readonly holder: string
  private readonly checkMs: number
  private readonly leaseMs: number
  private readonly timers: NodeJS.Timeout[] = []
  private readonly running = new Map<string, Promise<void>>()
  private stopped = false

  constructor(
    private readonly database: Database,
    private readonly jobs: readonly Job[],
    private readonly options: JobRunnerOptions = {},
  ) {
    this.holder = options.holder ?? randomUUID()
    this.checkMs = options.checkMs ?? 60_000
    this.leaseMs = options.leaseMs ?? 600_000
  }

  start(): void {
    for (const job of this.jobs) {
      const timer = setInterval(
        () => {
          void this.tick(job)
        },
        Math.min(job.everyMs, this.checkMs),
      )
      timer.unref()
      this.timers.push(timer)
    }
  }

  /** One look at every job: each due one whose lease this instance takes is run. */
  async runDue(): Promise<void> {
    await Promise.all(this.jobs.map((job) => this.tick(job)))
  }

  /** Stops the timers, waits for runs in progress, and lets go of the leases held. */
  async stop(): Promise<void> {
    this.stopped = true
    for (const timer of this.timers) clearInterval(timer)
    await Promise.all(this.running.values())
    await this.database
      .query('UPDATE job_leases SET holder = NULL, expires_at = NULL WHERE holder = $1', [
        this.holder,
      ])
      .catch((error: unknown) => this.options.onError?.('job leases', error))
  }

  /** Never two runs of one job at once in this instance. */
  private tick(job: Job): Promise<void> {
    const current = this.running.get(job.name)
    if (current || this.stopped) return current ?? Promise.resolve()
    const run = this.claimAndRun(job)
      .catch((error: unknown) => this.options.onError?.(job.name, error))
      .finally(() => this.running.delete(job.name))
    this.running.set(job.name, run)
    return run
  }

  private async claimAndRun(job: Job): Promise<void> {
    if (!(await this.claim(job))) return
    let failure: unknown
    try {
      await job.run(new Date())
    } catch (error) {
      failure = error
    }
    await this.database.query(
      `UPDATE job_leases SET last_run_at = now(), last_error = $3
        WHERE name = $1 AND holder = $2`,
      [job.name, this.holder, failure === undefined ? null : describe(failure)],
    )
    if (failure !== undefined) this.options.onError?.(job.name, failure)
  }

  /** Takes or renews the lease, only if free, expired or ours, and only if the job is due. */
  private async claim(job: Job): Promise<boolean> {
    const rows = await this.database.query<{ name: string }>(
      `INSERT INTO job_leases (name, holder, expires_at)
       VALUES ($1, $2, now() + $3::double precision * interval '1 millisecond')
       ON CONFLICT (name) DO UPDATE
          SET holder = excluded.holder, expires_at = excluded.expires_at
        WHERE (job_leases.expires_at IS NULL OR job_leases.expires_at < now()
               OR job_leases.holder = excluded.holder)
          AND (job_leases.last_run_at IS NULL
               OR job_leases.last_run_at <= now() - $4::double precision * interval '1 millisecond')
       RETURNING name`,
      [job.name, this.holder, this.leaseMs, job.everyMs],
    )
    return rows.length > 0
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError)
    return [error.message, ...error.errors.map((e: unknown) => `  ${describe(e)}`)].join('\n')
  return error instanceof Error ? error.message : String(error)
}
