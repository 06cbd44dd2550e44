import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chown, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { freePort } from './app.js'

const run = promisify(execFile)
const BIN = '/usr/lib/postgresql/15/bin'

/** Why a test needing a server of its own cannot run here, or undefined when it can. */
export const throwawayPostgresMissing: string | undefined = existsSync(join(BIN, 'pg_ctl'))
  ? undefined
  : `the PostgreSQL 15 binaries are absent (${BIN})`

export interface ThrowawayPostgres {
  /** The `postgres` database of this server, trust authentication. */
  url: string
  /** pg_ctl's commands: `restart -m fast`, `stop -m fast`, `start`; each waits until done. */
  ctl(...args: string[]): Promise<void>
  destroy(): Promise<void>
}

/**
 * A PostgreSQL server of a test's own, for faults the machine's shared server must not suffer
 * (restarts, shutdowns): a data directory in a temporary folder, a free loopback port, no
 * durability (fsync off). PostgreSQL refuses to run as root, so it runs as `postgres`.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const dir = await mkdtemp(join(tmpdir(), 'cds-postgres-'))
  const { stdout } = await run('id', ['-u', 'postgres'])
  const uid = Number(stdout.trim())
  const { stdout: gidOut } = await run('id', ['-g', 'postgres'])
  await chown(dir, uid, Number(gidOut.trim()))
  const data = join(dir, 'data')
  const asPostgres = async (program: string, args: string[]): Promise<void> => {
    await run('runuser', ['-u', 'postgres', '--', join(BIN, program), ...args])
  }
  await asPostgres('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--locale=C.UTF-8'])
  const port = await freePort()
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`
  const ctl = (...args: string[]) =>
    asPostgres('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-o', options, ...args])
  await ctl('start')
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    ctl,
    async destroy() {
      await ctl('stop', '-m', 'immediate').catch(() => undefined)
      await rm(dir, { recursive: true, force: true })
    },
  }
}
