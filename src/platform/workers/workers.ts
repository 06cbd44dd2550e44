import { Worker } from 'node:worker_threads'

/** A worker thread running a TypeScript (or JavaScript) module given by its URL. */
export function startWorker(entry: URL): Worker {
  return new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), {
    workerData: { entry: entry.href },
  })
}
