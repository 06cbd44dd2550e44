import assert from 'node:assert/strict'
import { setTimeout as sleep } from 'node:timers/promises'
import { it } from 'node:test'
import { describeOnEngines } from '../../../test/kit/index.js'
import type { Job } from '../modules/module.js'
import { JobRunner } from './job-runner.js'

interface LeaseRow {
  holder: string | null
  last_run_at: Date | string | null
  last_error: string | null
}

describeOnEngines('job runner', (db) => {
  const lease = async (name: string): Promise<LeaseRow | undefined> =>
    (
      await db().query<LeaseRow>(
        'SELECT holder, last_run_at, last_error FROM job_leases WHERE name = $1',
        [name],
      )
    )[0]

  it('runs a due job once across two instances, not twice', async () => {
    let runs = 0
    const job: Job = {
      name: 'test.once',
      everyMs: 3_600_000,
      run: async () => {
        runs++
        await sleep(20)
      },
    }
    const a = new JobRunner(db(), [job], { holder: 'a' })
    const b = new JobRunner(db(), [job], { holder: 'b' })
    // Both instances look at the same moment, and again: the job is run exactly once.
    await Promise.all([a.runDue(), b.runDue()])
    await Promise.all([a.runDue(), b.runDue()])
    assert.equal(runs, 1)
    const row = await lease('test.once')
    assert.ok(row?.last_run_at)
    assert.equal(row.last_error, null)
    await a.stop()
    await b.stop()
    // A stopped instance lets go of its lease, but the job is still not due: nobody runs it.
    const c = new JobRunner(db(), [job], { holder: 'c' })
    await c.runDue()
    assert.equal(runs, 1)
    await c.stop()
  })

  it('lets another instance take over once the holder is gone and its lease ran out', async () => {
    const ran: string[] = []
    const job = (who: string): Job => ({
      name: 'test.takeover',
      everyMs: 50,
      run: async () => {
        ran.push(who)
      },
    })
    const a = new JobRunner(db(), [job('a')], { holder: 'a', leaseMs: 400 })
    const b = new JobRunner(db(), [job('b')], { holder: 'b', leaseMs: 400 })
    await a.runDue()
    assert.deepEqual(ran, ['a'])
    // The job is due again, but a holds the lease (a crashed, without letting go): b waits.
    await sleep(100)
    await b.runDue()
    assert.deepEqual(ran, ['a'])
    assert.equal((await lease('test.takeover'))?.holder, 'a')
    // The lease runs out: b takes the job over.
    await sleep(400)
    await b.runDue()
    assert.deepEqual(ran, ['a', 'b'])
    assert.equal((await lease('test.takeover'))?.holder, 'b')
    await b.stop()
  })

  it('records a failure, reports it through onError, and runs again when next due', async () => {
    const errors: [string, unknown][] = []
    let runs = 0
    const job: Job = {
      name: 'test.failing',
      everyMs: 30,
      run: async () => {
        runs++
        if (runs === 1) throw new Error('the mail server is away')
      },
    }
    const runner = new JobRunner(db(), [job], {
      holder: 'a',
      onError: (name, error) => errors.push([name, error]),
    })
    await runner.runDue()
    assert.equal(errors.length, 1)
    assert.equal(errors[0]?.[0], 'test.failing')
    assert.equal((await lease('test.failing'))?.last_error, 'the mail server is away')
    await sleep(60)
    await runner.runDue()
    assert.equal(runs, 2)
    assert.equal((await lease('test.failing'))?.last_error, null)
    assert.equal(errors.length, 1)
    await runner.stop()
  })

  it('ticks on its own timer once started, and stop waits for the run in progress', async () => {
    let finished = 0
    let started = 0
    const job: Job = {
      name: 'test.timer',
      everyMs: 20,
      run: async () => {
        started++
        await sleep(30)
        finished++
      },
    }
    const runner = new JobRunner(db(), [job], { holder: 'a', checkMs: 10 })
    runner.start()
    const until = Date.now() + 5_000
    while (started === 0 && Date.now() < until) await sleep(10)
    await runner.stop()
    assert.ok(started >= 1)
    assert.equal(finished, started, 'no run cut midway')
    assert.equal((await lease('test.timer'))?.holder, null, 'the lease is let go')
  })
})
