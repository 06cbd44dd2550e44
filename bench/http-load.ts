import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface HttpLoad {
  rps: number
  p50: number
  p99: number
  non2xx: number
  errors: number
}

/**
 * HTTP load on `url` from a child process (bench/load-client.ts): round-robin over `paths`,
 * `connections` at a time for `seconds`. On two cores, an in-process client took a quarter of
 * the CPU the server was being measured on.
 */
export async function loadFromChild(
  url: string,
  spec: {
    paths: string[]
    connections: number
    seconds: number
    headers?: Record<string, string>
    method?: 'GET' | 'POST'
    bodies?: string[]
  },
): Promise<HttpLoad> {
  const dir = await mkdtemp(join(tmpdir(), 'cds-load-'))
  try {
    const file = join(dir, 'spec.json')
    await writeFile(file, JSON.stringify(spec))
    const client = new URL('./load-client.ts', import.meta.url).pathname
    const { stdout } = await run(process.execPath, ['--import', 'tsx', client, url, file], {
      maxBuffer: 1 << 20,
    })
    return JSON.parse(stdout) as HttpLoad
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
