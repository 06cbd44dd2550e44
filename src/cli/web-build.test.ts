import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { ensureWebBuild } from './web-build.js'

describe('the web app is built only when its inputs changed', () => {
  let root: string
  let builds = 0
  // Stands in for tsc and vite: empties the output, as vite does, and writes the app.
  const build = async (at: string) => {
    builds++
    await rm(path.join(at, 'web/dist'), { recursive: true, force: true })
    await mkdir(path.join(at, 'web/dist'), { recursive: true })
    await writeFile(path.join(at, 'web/dist/index.html'), `<!-- build ${builds} -->`)
  }
  const ensure = () => ensureWebBuild({ root, build })
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), text)
  }

  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cds-web-build-'))
    await write('web/src/main.tsx', 'export {}')
    await write('web/vite.config.ts', 'export default {}')
    await write('package-lock.json', '{}')
  })
  after(() => rm(root, { recursive: true, force: true }))

  it('builds when there is no build, then reuses it', async () => {
    assert.equal(await ensure(), 'built')
    assert.equal(await ensure(), 'current')
    assert.equal(builds, 1)
  })

  for (const [what, file] of [
    ['a source', 'web/src/main.tsx'],
    ['a new source', 'web/src/features/new/Page.tsx'],
    ['the vite configuration', 'web/vite.config.ts'],
    ['the lock file', 'package-lock.json'],
  ] as const) {
    it(`rebuilds after a change to ${what}`, async () => {
      const before = builds
      await write(file, `// changed ${before}`)
      assert.equal(await ensure(), 'built')
      assert.equal(await ensure(), 'current')
      assert.equal(builds, before + 1)
    })
  }

  it('rebuilds when the output is gone, and not for a change inside it', async () => {
    await write('web/dist/assets/extra.js', 'x')
    assert.equal(await ensure(), 'current')
    await rm(path.join(root, 'web/dist'), { recursive: true })
    const before = builds
    assert.equal(await ensure(), 'built')
    assert.equal(builds, before + 1)
  })

  it('rebuilds after a build that failed part-way', async () => {
    await write('web/src/main.tsx', 'export const broken = true')
    const failing = async (at: string) => {
      await build(at)
      throw new Error('vite failed')
    }
    await assert.rejects(ensureWebBuild({ root, build: failing }), /vite failed/)
    assert.equal(await ensure(), 'built')
  })
})
