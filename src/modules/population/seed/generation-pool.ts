import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import { startWorker } from '../../../platform/workers/workers.js'
import type { CommuneCsv, CommuneQuota } from '../generator/index.js'

type Reply = { id: number; result?: CommuneCsv; error?: string }

/** Worker threads that generate communes while the caller loads the ones already made. */
export class GenerationPool {
  private readonly workers: Worker[]
  private readonly pending = new Map<
    number,
    { resolve: (c: CommuneCsv) => void; reject: (e: Error) => void }
  >()
  private nextId = 0

  constructor(size = Math.max(1, availableParallelism() - 1)) {
    this.workers = Array.from({ length: size }, () => {
      const worker: Worker = startWorker(new URL('./seed.worker.ts', import.meta.url))
      worker.on('message', (reply: Reply) => {
        const waiter = this.pending.get(reply.id)
        this.pending.delete(reply.id)
        if (reply.result) waiter?.resolve(reply.result)
        else waiter?.reject(new Error(reply.error ?? 'generation failed'))
      })
      worker.on('error', (error) => {
        for (const waiter of this.pending.values()) waiter.reject(error)
        this.pending.clear()
      })
      return worker
    })
  }

  generate(quota: CommuneQuota, seed: number, today: string): Promise<CommuneCsv> {
    const id = this.nextId++
    const worker = this.workers[id % this.workers.length]!
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      worker.postMessage({ id, quota, seed, today })
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}
