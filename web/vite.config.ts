import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

// `npm run dev:web` serves the app with hot reload and hands every server path to the platform
// (`npm start`, port 3000); `npm run build:web` writes web/dist, which the platform serves itself.
const platform = 'http://localhost:3000'

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/
/** Below this, compression saves less than the headers it costs. */
const MIN_BYTES = 1024

/**
 * Writes `.br` (quality 11) and `.gz` (level 9) beside each text file of the build, once, so that
 * the platform sends them as they are (src/platform/http/web-app.ts) instead of compressing on
 * every request. Fonts are woff2, compressed already.
 */
function precompress(): Plugin {
  const brotli = promisify(brotliCompress)
  const gzipped = promisify(gzip)
  return {
    name: 'cds-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist'
      await Promise.all(
        Object.keys(bundle)
          .filter((file) => COMPRESSIBLE.test(file) && !file.startsWith('.vite/'))
          .map(async (file) => {
            const target = path.join(dir, file)
            const content = await readFile(target)
            if (content.length < MIN_BYTES) return
            const [br, gz] = await Promise.all([
              brotli(content, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: 11,
                  [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
                },
              }),
              gzipped(content, { level: 9 }),
            ])
            await Promise.all([writeFile(`${target}.br`, br), writeFile(`${target}.gz`, gz)])
          }),
      )
    },
  }
}

export default defineConfig({
  plugins: [react(), precompress()],
  // The manifest (dist/.vite/manifest.json, not served) tells the bench which chunks a page loads.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    manifest: true,
    rolldownOptions: {
      // cds-precompress is slow on purpose (brotli at quality 11, once per build instead of per
      // request): the bundler's timing advice about it has nothing to act on.
      checks: { bundlerTimings: false },
      output: {
        codeSplitting: {
          // The charts' libraries, loaded with the dashboards only, each in a chunk of its own
          // that browsers keep across releases of the app: echarts, and zrender, its renderer.
          groups: [
            { name: 'zrender', test: /node_modules[\\/]zrender[\\/]/, priority: 2 },
            { name: 'echarts', test: /node_modules[\\/]echarts[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': platform,
      '/auth': platform,
      '/oidc': platform,
      // The interaction page itself is this app; its JSON calls belong to the platform.
      '^/sso/interaction/[^/]+/.+': platform,
    },
  },
})
