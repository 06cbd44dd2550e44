import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigSchema } from '../../src/platform/config/config.js'
import { freePort } from './app.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
// A bound, not a speed expectation: migrations on a loaded machine with other helpers running.
const READY_WITHIN_MS = 60_000

export interface ServerProcess {
  child: ChildProcess
  base: string
  /** The analytical copy (DuckDB) this server builds, in a directory of its own. */
  analyticsPath: string
  stdout: () => string
  stderr: () => string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const hasExited = (child: ChildProcess): boolean =>
  child.exitCode !== null || child.signalCode !== null

/**
 * Starts `src/main.ts` as production runs it, configured only by the given variables (the
 * platform's own variables in this process's environment are dropped), and waits for /readyz.
 * Its files (the analytical copy, PGlite's directory) go to a directory of its own, removed by
 * killServer: never the checkout's data/, which a developer's server uses.
 */
export async function startServer(config: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort()
  const scratch = await mkdtemp(join(tmpdir(), 'cds-server-'))
  const known = new Set(Object.keys(ConfigSchema.properties))
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !known.has(key)),
  )
  Object.assign(env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    ANALYTICS_PATH: join(scratch, 'analytics.duckdb'),
    DATA_DIR: join(scratch, 'pglite'),
    ...config,
  })
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => {
      void rm(scratch, { recursive: true, force: true }).then(() => {
        resolve({ code, signal })
      })
    })
  })
  const server = {
    child,
    base: `http://127.0.0.1:${port}`,
    analyticsPath: env.ANALYTICS_PATH!,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
  }
  await waitUntilReady(server)
  return server
}

async function waitUntilReady(server: ServerProcess): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS
  while (Date.now() < deadline) {
    if (hasExited(server.child))
      throw new Error(`the server exited before it was ready:\n${server.stderr()}`)
    const status = await fetch(`${server.base}/readyz`).then(
      (res) => res.status,
      () => 0,
    )
    if (status === 200) return
    await sleep(250)
  }
  throw new Error(`/readyz did not answer 200 within ${READY_WITHIN_MS} ms:\n${server.stderr()}`)
}

/**
 * Waits, bounded, until the server's analytical copy is built: a server up for a while has it,
 * and its build (a copy of the registry) would otherwise share the cores with what is measured.
 */
export async function waitForAnalyticsCopy(server: ServerProcess, ms = 300_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!existsSync(server.analyticsPath)) {
    if (hasExited(server.child) || Date.now() > deadline)
      throw new Error(`no analytical copy within ${ms} ms:\n${server.stderr()}`)
    await sleep(250)
  }
}

/** SIGKILL, as a power cut or the kernel's OOM killer ends a process: nothing runs after it. */
export async function killServer(server: ServerProcess | undefined): Promise<void> {
  if (!server) return
  if (!hasExited(server.child)) server.child.kill('SIGKILL')
  await server.exited
}
