import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { access, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Builds the web app only when what it is built from changed: every start used to spend 30-40 s
 * rebuilding an app nobody had touched. The inputs are web/ (sources, index.html, vite and
 * TypeScript configuration) and package-lock.json (the libraries bundled in); their hash is kept
 * beside the output, which vite empties at each build, so an interrupted build leaves no hash.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const OUTPUT = 'web/dist'
const STAMP = '.inputs-sha256'

async function webInputs(root: string): Promise<string[]> {
  const web = path.join(root, 'web')
  const entries = await readdir(web, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(`${OUTPUT}/`) && !file.includes('node_modules/'))
  return [...files, 'package-lock.json'].sort()
}

/** SHA-256 over the inputs' paths and contents. */
export async function webInputsHash(root = ROOT): Promise<string> {
  const hash = createHash('sha256')
  for (const file of await webInputs(root)) {
    hash.update(`${file}\0`)
    hash.update(await readFile(path.join(root, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

/** Runs a tool of node_modules/.bin; SIGTERM and SIGINT reach it while it runs. */
function runTool(root: string, tool: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules/.bin', tool), args, {
      cwd: root,
      stdio: 'inherit',
    })
    const forward = (signal: NodeJS.Signals) => {
      child.kill(signal)
    }
    process.on('SIGTERM', forward).on('SIGINT', forward)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      process.off('SIGTERM', forward).off('SIGINT', forward)
      if (code === 0) resolve()
      else reject(new Error(`${tool} ${args.join(' ')}: ${signal ?? `exit code ${code}`}`))
    })
  })
}

/** The web app's type check, then its production build into web/dist. */
export async function buildWeb(root = ROOT): Promise<void> {
  await runTool(root, 'tsc', ['--noEmit', '-p', 'web'])
  await runTool(root, 'vite', ['build', 'web', '--logLevel', 'warn'])
}

export interface WebBuildOptions {
  root?: string
  build?: (root: string) => Promise<void>
}

/** Builds the web app unless web/dist holds a build of the current inputs. */
export async function ensureWebBuild(options: WebBuildOptions = {}): Promise<'built' | 'current'> {
  const root = options.root ?? ROOT
  const hash = await webInputsHash(root)
  const stampFile = path.join(root, OUTPUT, STAMP)
  const stamp = await readFile(stampFile, 'utf8').catch(() => '')
  const hasApp = await access(path.join(root, OUTPUT, 'index.html')).then(
    () => true,
    () => false,
  )
  if (hasApp && stamp.trim() === hash) return 'current'
  await (options.build ?? buildWeb)(root)
  await writeFile(stampFile, `${hash}\n`)
  return 'built'
}
