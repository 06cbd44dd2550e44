import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { runCli, killServer, startServer, type ServerProcess } from './kit/index.js'

// Every operator command that opens the database, with arguments it would otherwise run with.
const COMMANDS = [
  ['staff', ['list']],
  ['sso', ['clients:list']],
  ['seed', ['--scale', '1000']],
  ['migrate', []],
  ['analytics-rebuild', []],
  ['audit-verify', []],
] as const

describe('operator commands on the embedded database of a running server', () => {
  let dir: string
  let server: ServerProcess | undefined
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cds-cli-running-'))
    server = await startServer({ DATA_DIR: join(dir, 'pglite'), SAMPLE_SCALE: '0' })
  })
  after(async () => {
    await killServer(server)
    await rm(dir, { recursive: true, force: true })
  })

  for (const [command, args] of COMMANDS) {
    it(`${command} says to stop the server first and exits 2`, async () => {
      const run = await runCli(command, { DATA_DIR: join(dir, 'pglite') }, [...args])
      assert.equal(run.code, 2, run.stderr)
      assert.match(run.stderr, /^Hãy dừng máy chủ trước: .* \/ Stop the server first: /m)
      assert.doesNotMatch(run.stderr, /Aborted|RuntimeError|\n\s+at /)
      assert.equal(run.stdout, '')
    })
  }

  it('runs once the server is gone, even one killed without a chance to clean up', async () => {
    await killServer(server)
    const run = await runCli('staff', { DATA_DIR: join(dir, 'pglite') }, ['list'])
    assert.equal(run.code, 0, run.stderr)
  })
})
