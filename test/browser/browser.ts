import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { createServer } from 'node:net'
import { createRequire } from 'node:module'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { buildApp, type AppConfig } from '../../src/app.js'
import { loadConfig } from '../../src/platform/config/config.js'
import type { Database } from '../../src/platform/db/database.js'
import type { App } from '../../src/platform/http/server.js'
import { WEB_APP_DIST } from '../../src/platform/http/web-app.js'

const require = createRequire(import.meta.url)

/** Debian's chromium: a browser download of the test tool's own does not work on these machines. */
export const CHROMIUM = '/usr/bin/chromium'

/** The reason browser suites are skipped here, or false where they run. */
export const browserSkip: string | false = existsSync(CHROMIUM)
  ? false
  : `no ${CHROMIUM}: install it with apt-get install chromium fonts-noto-core (.ci/run does)`

export const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts/browser')

/** A phone: the narrowest screen the app promises to work on. */
export const PHONE = { width: 360, height: 780 }

/** Chromium headless; `extraArgs` for what one suite needs (a fake camera). */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  })
}

/** A port free now, so that the app can know its own address (the SSO issuer) before it listens. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port)
        else reject(new Error('no port'))
      })
    })
  })
}

export interface ServedApp {
  app: App
  /** http://localhost:PORT, the app's PUBLIC_URL too. */
  url: string
  close(): Promise<void>
}

/**
 * The real platform over a test database, listening on localhost for the browser, with the app
 * that `npm run build:web` built (npm test builds it first).
 */
export async function serveApp(
  database: Database,
  env: Record<string, string> = {},
): Promise<ServedApp> {
  assert.ok(
    existsSync(path.join(WEB_APP_DIST, 'index.html')),
    'web/dist/index.html is missing: run npm run build:web first',
  )
  const port = await freePort()
  const url = `http://localhost:${port}`
  const config: AppConfig = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: url,
    ...env,
  })
  const app = await buildApp({ config, database })
  await app.listen({ host: '127.0.0.1', port })
  return { app, url, close: () => app.close() }
}

/**
 * A browsing context as a phone in Vietnam. CSP is bypassed only so that axe-core can be
 * injected; the app itself runs under its policy in every other respect.
 */
export function newContext(
  browser: Browser,
  baseURL: string,
  options: { cookie?: string; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  return browser
    .newContext({
      baseURL,
      viewport: options.viewport ?? PHONE,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      bypassCSP: true,
    })
    .then(async (context) => {
      if (options.cookie) {
        const [name, value] = options.cookie.split('=') as [string, string]
        await context.addCookies([{ name, value, url: baseURL, httpOnly: true }])
      }
      return context
    })
}

/** Fails on any serious or critical axe-core finding (WCAG 2.1 A/AA and best practice). */
export async function assertAccessible(page: Page, where: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<AxeResults> } })
      .axe
    interface AxeResults {
      violations: {
        id: string
        impact: string | null
        help: string
        nodes: { target: unknown }[]
      }[]
    }
    const results = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    })
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }))
  })
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  assert.deepEqual(grave, [], `${where}: accessibility violations`)
}

/** Nothing wider than the screen: a 360-px phone never scrolls sideways (tables scroll inside). */
export async function assertFitsWidth(page: Page, where: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }))
  assert.ok(scroll <= width, `${where}: page is ${scroll}px wide on a ${width}px screen`)
}

/**
 * Fits the screen it is shown on and, shown wider (a desktop, the kiosk), a 360-px phone too: the
 * viewport is narrowed for the check and restored.
 */
export async function assertFitsPhone(page: Page, where: string): Promise<void> {
  await assertFitsWidth(page, where)
  const viewport = page.viewportSize()
  if (!viewport || viewport.width <= PHONE.width) return
  await page.setViewportSize(PHONE)
  try {
    await assertFitsWidth(page, `${where} at ${PHONE.width}px`)
  } finally {
    await page.setViewportSize(viewport)
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true })
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })
}

/** The page's language, from `<html lang>`, which the app keeps in step with the switch. */
const pageLanguage = async (page: Page): Promise<'vi' | 'en'> =>
  (await page.getAttribute('html', 'lang')) === 'en' ? 'en' : 'vi'

/**
 * Switches the app's language with its own visible switch (the header's, or the kiosk's buttons),
 * each carrying the `lang` of the language it selects, and waits until the page speaks it.
 */
export async function switchLanguage(page: Page, to: 'vi' | 'en'): Promise<void> {
  await page.locator(`button[lang="${to}"]:visible`).first().click()
  await page.locator(`html[lang="${to}"]`).waitFor({ state: 'attached' })
}

/**
 * Checks a page as every page is checked: accessible and fitting a 360-px phone in both languages
 * (the one shown, then the other through the switch, then back), with a screenshot of each.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  const shown = await pageLanguage(page)
  const other = shown === 'vi' ? 'en' : 'vi'
  await assertAccessible(page, name)
  await assertFitsPhone(page, name)
  await screenshot(page, name)
  await switchLanguage(page, other)
  await assertAccessible(page, `${name} (${other})`)
  await assertFitsPhone(page, `${name} (${other})`)
  await screenshot(page, `${name}.${other}`)
  await switchLanguage(page, shown)
}

/** Reads the QR code drawn on the page (the first `svg[data-qr]`) with jsQR, in the page itself. */
export async function readQrOnPage(page: Page): Promise<string> {
  await page.addScriptTag({ path: require.resolve('jsqr/dist/jsQR.js') })
  return page.evaluate(async () => {
    const svg = document.querySelector('svg[data-qr]')
    if (!svg) throw new Error('no QR code on the page')
    const size = 600
    const copy = svg.cloneNode(true) as SVGElement
    copy.setAttribute('width', String(size))
    copy.setAttribute('height', String(size))
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
    const image = new Image()
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = size
    canvas.height = size
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0, size, size)
    const pixels = context.getImageData(0, 0, size, size)
    const decode = (
      window as unknown as {
        jsQR: (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null
      }
    ).jsQR
    const found = decode(pixels.data, size, size)
    if (!found) throw new Error('the QR code on the page does not decode')
    return found.data
  })
}

/** What a suite opened, closed in reverse order afterwards, however far its set-up got. */
export class Cleanup {
  readonly #steps: (() => Promise<void>)[] = []

  defer(step: () => Promise<void>): void {
    this.#steps.push(step)
  }

  async run(): Promise<void> {
    for (const step of this.#steps.splice(0).reverse()) await step()
  }
}
