import assert from 'node:assert/strict'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, it } from 'node:test'
import { runPeriodically } from './periodic.js'

describe('runPeriodically', () => {
  it('never overlaps runs, reports failures, and stop waits for the run in progress', async () => {
    let active = 0
    let most = 0
    let runs = 0
    let finished = 0
    const errors: unknown[] = []
    const job = runPeriodically(
      async () => {
        runs++
        active++
        most = Math.max(most, active)
        await sleep(30)
        active--
        finished++
        if (runs === 2) throw new Error('second run fails')
      },
      5,
      (e) => errors.push(e),
    )
    await sleep(120)
    await job.stop()
    assert.ok(runs >= 2)
    assert.equal(most, 1)
    assert.equal(finished, runs, 'no run cut midway')
    assert.equal(errors.length, 1)
    const after = runs
    await sleep(30)
    assert.equal(runs, after, 'nothing runs after stop')
  })
})
