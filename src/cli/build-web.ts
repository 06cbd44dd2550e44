import { ensureWebBuild } from './web-build.js'

// `npm run build:web` (and so `npm test` and `npm start`): the build, skipped when web/ and the
// lock file are as they were at the last one.
try {
  if ((await ensureWebBuild()) === 'current')
    process.stderr.write('Ứng dụng web không đổi / web app unchanged: web/dist reused\n')
} catch (error) {
  process.stderr.write(
    `Không build được ứng dụng web / the web app did not build: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exit(1)
}
