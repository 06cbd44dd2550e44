import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createBatcher } from './batcher.js'

describe('createBatcher', () => {
  it('groups the callers that arrive during a run, bounded by weight, each getting its output', async () => {
    const batches: number[][] = []
    const double = createBatcher(
      async (inputs: number[]) => {
        batches.push(inputs)
        await new Promise((resolve) => setTimeout(resolve, 5))
        return inputs.map((n) => n * 2)
      },
      { weight: (n) => n, maxWeight: 10 },
    )
    const outputs = await Promise.all([1, 2, 3, 4, 5, 6].map(double))
    assert.deepEqual(outputs, [2, 4, 6, 8, 10, 12])
    assert.deepEqual(batches, [
      [1, 2, 3, 4],
      [5, 6],
    ])
  })

  it('fails every caller of a failed batch, and runs the next batch normally', async () => {
    let runs = 0
    const check = createBatcher(async (inputs: string[]) => {
      runs++
      if (runs === 1) throw new Error('database went away')
      return inputs
    })
    const first = await Promise.allSettled([check('a'), check('b')])
    assert.deepEqual(
      first.map((r) => r.status),
      ['rejected', 'rejected'],
    )
    assert.equal(await check('c'), 'c')
  })
})
