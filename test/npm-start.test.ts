import assert from 'node:assert/strict'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { stripVTControlCharacters } from 'node:util'
import { after, before, describe, it } from 'node:test'
import { ConfigSchema } from '../src/platform/config/config.js'
import { freePort } from './kit/index.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
// Bounds, not speed expectations: a first start may build the web app and loads a sample, on a
// machine shared with other test files.
const READY_WITHIN_MS = 240_000
const GRACE_MS = 5_000
const GONE_WITHIN_MS = GRACE_MS + 15_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Every process below pid, from the process table. */
function descendantsOf(pid: number): number[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number])
  const found: number[] = []
  const visit = (parent: number) => {
    for (const [child, ppid] of table) {
      if (ppid !== parent) continue
      found.push(child)
      visit(child)
    }
  }
  visit(pid)
  return found
}

async function until(what: string, ms: number, done: () => boolean | Promise<boolean>) {
  const deadline = Date.now() + ms
  while (!(await done())) {
    if (Date.now() > deadline) assert.fail(`${what}: not within ${ms} ms`)
    await sleep(250)
  }
}

/**
 * `npm start` as a developer runs it, on a terminal (script(1) provides one), and as a process
 * manager stops it: SIGTERM to npm's process only.
 */
describe('npm start', { timeout: READY_WITHIN_MS + 120_000 }, () => {
  let scratch: string
  let terminal: ChildProcess
  let output = ''
  let base: string
  let tree: number[] = []
  const screen = () => stripVTControlCharacters(output).replaceAll('\r', '')

  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'cds-npm-start-'))
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    const known = new Set(Object.keys(ConfigSchema.properties))
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !known.has(key)))
    terminal = spawn('script', ['-qfec', 'exec npm start', '/dev/null'], {
      cwd: ROOT,
      env: {
        ...env,
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'info',
        SAMPLE_SCALE: '1000',
        DATA_DIR: join(scratch, 'pglite'),
        ANALYTICS_PATH: join(scratch, 'analytics.duckdb'),
        SHUTDOWN_GRACE_MS: String(GRACE_MS),
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    terminal.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    terminal.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    await until('GET /healthz answers 200', READY_WITHIN_MS, async () => {
      if (terminal.exitCode !== null) assert.fail(`npm start exited:\n${screen()}`)
      return fetch(`${base}/healthz`).then(
        (res) => res.ok,
        () => false,
      )
    })
  })
  after(async () => {
    for (const pid of [terminal.pid!, ...tree]) if (isAlive(pid)) process.kill(pid, 'SIGKILL')
    await rm(scratch, { recursive: true, force: true })
  })

  it('prints the demonstration accounts last, as a table with the roles named', async () => {
    await until('the accounts table', 10_000, () => screen().includes('Vai trò / role'))
    const text = screen()
    assert.ok(text.indexOf('Tài khoản minh hoạ') > text.indexOf('/api/docs'), text)
    assert.match(text, /^ {2}\d{12} +Cán bộ xã, phường \/ commune officer \(communeOfficer\)$/m)
    assert.match(text, /^ {2}\d{12} +Thường trực Ban Chỉ đạo \/ .* \(standingOffice\)$/m)
  })

  it('logs readable lines on a terminal, one a request, identity numbers masked', async () => {
    const res = await fetch(`${base}/api/v1/population/units/079190012345?q=Nguyen`)
    await res.arrayBuffer()
    const path = '/api/v1/population/units/************'
    await until('the request logged', 10_000, () => screen().includes(path))
    const lines = screen()
      .split('\n')
      .filter((line) => line.includes('/api/v1/population/units/'))
    assert.equal(lines.length, 1, lines.join('\n'))
    assert.match(
      lines[0]!,
      new RegExp(`INFO.*GET ${path.replaceAll('*', '\\*')} ${res.status} \\d+ ms`),
    )
    assert.doesNotMatch(screen(), /"level":|incoming request|079190012345|Nguyen/)
  })

  it('ends, server and all, on a SIGTERM to npm alone, saying so', async () => {
    const [npm] = descendantsOf(terminal.pid!)
    assert.ok(npm, 'npm runs under the terminal')
    tree = descendantsOf(terminal.pid!)
    assert.ok(tree.length >= 1, 'npm and the server')
    process.kill(npm, 'SIGTERM')
    await until('every process of npm start ended', GONE_WITHIN_MS, () => !tree.some(isAlive))
    await until('the terminal closed', 5_000, () => terminal.exitCode !== null)
    assert.match(screen(), /Máy chủ đã dừng \/ server stopped/)
    const down = await fetch(`${base}/healthz`).then(
      () => 'answered',
      () => 'refused',
    )
    assert.equal(down, 'refused')
  })
})
