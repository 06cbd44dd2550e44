import { parentPort } from 'node:worker_threads'
import { generateCommuneCsv, type CommuneQuota } from '../generator/index.js'

// Generation is pure CPU: it runs here while the main thread feeds the database.
parentPort?.on(
  'message',
  (job: { id: number; quota: CommuneQuota; seed: number; today: string }) => {
    try {
      parentPort?.postMessage({
        id: job.id,
        result: generateCommuneCsv(job.quota, { seed: job.seed, today: job.today }),
      })
    } catch (error) {
      parentPort?.postMessage({
        id: job.id,
        error: error instanceof Error ? error.message : String(error),
      })
    }
  },
)
