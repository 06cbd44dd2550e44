import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'
import { format, resolveConfig } from 'prettier'
import { buildApp } from '../app.js'
import { loadConfig } from '../platform/config/config.js'
import { openDatabase } from '../platform/db/database.js'
import { migrateDatabase } from '../platform/db/migrate.js'

/** The web app's view of the API, generated: it cannot drift from the server's schemas. */
export const API_TYPES_FILE = fileURLToPath(
  new URL('../../web/src/api/schema.d.ts', import.meta.url),
)

const HEADER = `/* eslint-disable */
// Generated from the platform's OpenAPI document by \`npm run api:types\`; do not edit.
// npm test fails when this file and the server's schemas disagree.

`

/** The OpenAPI document the server publishes at /api/docs/json, from an app on a scratch database. */
export async function apiDocument(): Promise<object> {
  const database = await openDatabase({ dataDir: 'memory://' })
  try {
    await migrateDatabase(database)
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' })
    const app = await buildApp({ config, database })
    try {
      await app.ready()
      return app.swagger()
    } finally {
      await app.close()
    }
  } finally {
    await database.close()
  }
}

/** The TypeScript the web app compiles against: `paths` and `components` of the document. */
export async function generateApiTypes(): Promise<string> {
  const nodes = await openapiTS((await apiDocument()) as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
  })
  // Formatted as the rest of the code, so that `prettier --check` passes on it.
  const options = await resolveConfig(API_TYPES_FILE)
  return format(HEADER + astToString(nodes), { ...options, parser: 'typescript' })
}

/** Where the checked-in file differs from what the server's schemas generate, or null. */
export async function apiTypesDrift(): Promise<string | null> {
  const written = (await readFile(API_TYPES_FILE, 'utf8').catch(() => '')).split('\n')
  const wanted = (await generateApiTypes()).split('\n')
  const line = wanted.findIndex((text, i) => written[i] !== text)
  if (line === -1 && written.length === wanted.length) return null
  const at = line === -1 ? wanted.length : line
  return `line ${at + 1}: expected ${JSON.stringify(wanted[at])}, found ${JSON.stringify(written[at])}`
}

// `npm run api:types`: writes the file.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(API_TYPES_FILE, await generateApiTypes())
  process.stderr.write(`Đã sinh / written: ${API_TYPES_FILE}\n`)
}
