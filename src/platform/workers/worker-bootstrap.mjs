// Worker threads do not inherit the TypeScript loader of the main thread (Node 20): register it
// here, then load the worker's real entry point.
import { workerData } from 'node:worker_threads'

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api')
  register()
}
await import(workerData.entry)
