import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { ConfigSchema } from '../../src/platform/config/config.js'
import type { Engine } from '../../src/platform/db/database.js'
import { openTestDatabase, type TestDatabase } from './database.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** `npm run <command> -- <args>` as an operator runs it, configured only by the given variables. */
export function runCli(
  command: 'staff' | 'sso' | 'seed' | 'migrate' | 'analytics-rebuild' | 'audit-verify',
  config: Record<string, string>,
  args: string[],
): Promise<Run> {
  const known = new Set(Object.keys(ConfigSchema.properties))
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !known.has(key)))
  const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${command}.ts`, ...args], {
    cwd: ROOT,
    env: { ...env, NODE_ENV: 'test', ...config },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      resolve({ code, stdout, stderr })
    })
  })
}

/**
 * The test's own connection to the CLI's database. The embedded database admits one process at a
 * time, so on PGlite it is open only between CLI runs.
 */
export function sharedDatabase(engine: Engine, dir: string | undefined) {
  let test: TestDatabase | undefined
  return {
    async open(): Promise<TestDatabase> {
      test ??= await openTestDatabase(engine, dir ? { dataDir: dir } : {})
      return test
    },
    async release(): Promise<void> {
      if (!dir) return
      await test?.drop()
      test = undefined
    },
    async drop(): Promise<void> {
      await test?.drop()
    },
  }
}
