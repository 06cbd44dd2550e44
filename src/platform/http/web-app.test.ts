import assert from 'node:assert/strict'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { createServer, type App } from './server.js'
import { registerWebApp } from './web-app.js'

const FEATURES = new URL('../../../web/src/features/', import.meta.url)

/** Every path the browser app's router draws, its parameters filled in. */
async function pagesOfTheApp(): Promise<string[]> {
  const paths = new Set<string>()
  for (const feature of await readdir(FEATURES)) {
    const routes = await readFile(new URL(`${feature}/routes.tsx`, FEATURES), 'utf8').catch(
      () => '',
    )
    for (const [, path = ''] of routes.matchAll(/path: '([^']+)'/g))
      paths.add(path.replace(/\$\w+/g, 'x1'))
  }
  return [...paths]
}

// A page opened from a link, a bookmark or a QR code must answer 200: with a 404 the app still
// draws, but crawlers, link checkers and some QR readers take the page for missing.
describe('the browser app’s pages', () => {
  let app: App
  let root: string
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'cds-web-'))
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Công Dân Số</title>')
    app = await createServer({ logLevel: 'silent', version: 'test' })
    await registerWebApp(app, { root })
  })
  after(async () => {
    await app.close()
    await rm(root, { recursive: true, force: true })
  })

  it('answers 200 for every page the app draws, opened directly', async () => {
    const pages = await pagesOfTheApp()
    assert.ok(pages.length > 20, `found ${String(pages.length)} pages`)
    const missing: string[] = []
    for (const url of pages) {
      const res = await app.inject({ method: 'GET', url, headers: { accept: 'text/html' } })
      if (res.statusCode !== 200) missing.push(`${url}: ${String(res.statusCode)}`)
    }
    assert.deepEqual(missing, [])
  })

  it('keeps the 404 for a page the app does not have', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/no-such-page',
      headers: { accept: 'text/html' },
    })
    assert.equal(res.statusCode, 404)
  })
})
