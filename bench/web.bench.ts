import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { openTestDatabase } from '../test/kit/index.js'
import { CHROMIUM, launchBrowser, newContext, serveApp } from '../test/browser/browser.js'
import type { BenchResult } from './report.js'

const WEB_ROOT = path.resolve(import.meta.dirname, '../web')
/** The chunk of the citizen's first page (/), loaded by the router after the entry. */
const HOME_PAGE = 'src/features/home/HomePage.tsx'
const GOAL_KB = 250
const RUNS = 5

interface ManifestChunk {
  file: string
  imports?: string[]
  css?: string[]
}
type Manifest = Record<string, ManifestChunk>

/** The entry, the home page's chunk, and every chunk they import statically. */
function firstPageChunks(manifest: Manifest): ManifestChunk[] {
  const seen = new Set<string>()
  const visit = (key: string): void => {
    if (seen.has(key)) return
    const chunk = manifest[key]
    if (!chunk) throw new Error(`the build has no chunk ${key}`)
    seen.add(key)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  visit('index.html')
  visit(HOME_PAGE)
  return [...seen].map((key) => manifest[key]!)
}

const kilobytes = (bytes: number): number => bytes / 1024

/**
 * `web.citizen.first_load_js_gzip`: kilobytes of gzipped JavaScript the citizen's first page
 * loads, from a fresh production build (goal ≤ 250 KB). CSS is reported beside it.
 */
export async function benchWebFirstLoad(): Promise<BenchResult> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'cds-web-bench-'))
  try {
    await build({ root: WEB_ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true } })
    const manifest = JSON.parse(
      await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8'),
    ) as Manifest
    const chunks = firstPageChunks(manifest)
    let js = 0
    let jsRaw = 0
    for (const chunk of chunks) {
      const bytes = await readFile(path.join(outDir, chunk.file))
      jsRaw += bytes.length
      js += gzipSync(bytes).length
    }
    let css = 0
    for (const file of new Set(chunks.flatMap((c) => c.css ?? []))) {
      css += gzipSync(await readFile(path.join(outDir, file))).length
    }
    return {
      name: 'web.citizen.first_load_js_gzip',
      value: kilobytes(js),
      unit: 'KB',
      baseline: GOAL_KB,
      ratio: kilobytes(js) / GOAL_KB,
      extra: { files: chunks.length, raw_kb: kilobytes(jsRaw), css_gzip_kb: kilobytes(css) },
    }
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}

/**
 * `web.citizen.time_to_interactive`: milliseconds from navigation to the first page's sign-up
 * link in chromium (rendered, so its handler is attached), served by the platform on localhost
 * with a cold cache each time; median of five.
 */
export async function benchWebInteractive(): Promise<BenchResult | string> {
  if (!existsSync(CHROMIUM)) return `web.citizen.time_to_interactive: skipped, no ${CHROMIUM}`
  if (!existsSync(path.join(WEB_ROOT, 'dist/index.html')))
    return 'web.citizen.time_to_interactive: skipped, web/dist is not built (npm run build:web)'
  const test = await openTestDatabase('pglite')
  const served = await serveApp(test.database)
  const browser = await launchBrowser()
  try {
    const times: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const context = await newContext(browser, served.url)
      // Noted by the page itself the moment React renders the link: times from navigation start.
      // A string, not a function: tsx would wrap inner functions in helpers the page lacks.
      await context.addInitScript({
        content: `new MutationObserver((changes, observer) => {
          if (!document.querySelector('a[href="/sign-up"]')) return
          window.cdsReady = performance.now()
          observer.disconnect()
        }).observe(document, { childList: true, subtree: true })`,
      })
      const page = await context.newPage()
      await page.goto('/')
      await page.waitForFunction(() => 'cdsReady' in window)
      times.push(await page.evaluate(() => (window as unknown as { cdsReady: number }).cdsReady))
      await context.close()
    }
    times.sort((a, b) => a - b)
    return {
      name: 'web.citizen.time_to_interactive',
      value: times[Math.floor(RUNS / 2)]!,
      unit: 'ms',
      extra: { min: times[0]!, max: times.at(-1)!, runs: RUNS },
    }
  } finally {
    await browser.close()
    await served.close()
    await test.drop()
  }
}
