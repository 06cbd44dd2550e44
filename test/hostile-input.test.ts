import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { seedPopulation } from '../src/modules/population/index.js'
import { ROLE_PERMISSIONS, RESIDENT_PERMISSIONS, ROLES } from '../src/platform/auth/roles.js'
import { enrol, useApp, describeOnEngines, TODAY } from './kit/index.js'
import { leavesOf, sampleOf, withValueAt, type JsonSchema } from './openapi-samples.js'

interface Parameter {
  name: string
  in: string
  required?: boolean
  schema?: JsonSchema
}
interface Operation {
  parameters?: Parameter[]
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> }
}
interface Caller {
  name: string
  cookie?: string
  may: (access: string) => boolean
}
interface Attempt {
  label: string
  url: string
  body?: string
}

// The two values behind the 500s of the outside test: a NUL byte, which PostgreSQL refuses in
// text, and a number JSON and the query parser read as Infinity.
const NUL = 'a\u0000b'
const HUGE = '1e309'
const HUGE_MARK = '§huge§'

const queryString = (entries: [string, string][]): string =>
  entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`

/** Path and query with every parameter at a sample value except the one under test. */
function requestsOf(path: string, operation: Operation): Attempt[] {
  const parameters = (operation.parameters ?? []).filter((p) => ['path', 'query'].includes(p.in))
  const sample = (p: Parameter) => String(sampleOf(p.schema ?? {}))
  const build = (bad?: { name: string; value: string }): string => {
    const valueOf = (p: Parameter) => (p.name === bad?.name ? bad.value : sample(p))
    const url = path.replace(/\{([^}]+)\}/g, (_, name: string) =>
      encodeURIComponent(valueOf({ name, in: 'path', ...parameters.find((p) => p.name === name) })),
    )
    const query = parameters
      .filter((p) => p.in === 'query' && (p.required || p.name === bad?.name))
      .map((p): [string, string] => [p.name, valueOf(p)])
    return url + queryString(query)
  }
  const content = operation.requestBody?.content?.['application/json']?.schema
  const baseline = content ? sampleOf(content) : undefined
  const body = (value: unknown) =>
    value === undefined ? undefined : JSON.stringify(value).replaceAll(`"${HUGE_MARK}"`, HUGE)
  const attempts: Attempt[] = []
  for (const p of parameters)
    for (const value of [NUL, HUGE])
      attempts.push({
        label: `${p.in} ${p.name}=${JSON.stringify(value)}`,
        url: build({ name: p.name, value }),
        body: body(baseline),
      })
  for (const leaf of content ? leavesOf(content) : [])
    for (const value of [NUL, HUGE_MARK])
      attempts.push({
        label: `body ${leaf.join('.')}=${value === NUL ? JSON.stringify(NUL) : HUGE}`,
        url: build(),
        body: body(withValueAt(baseline, leaf, value)),
      })
  return attempts
}

describeOnEngines('a NUL byte or 1e309 anywhere in any route', (db) => {
  const app = useApp(db)
  const callers: Caller[] = [{ name: 'anonymous', may: (access) => access === 'public' }]

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 16, today: TODAY })
    const resident = await enrol(app(), db())
    callers.push({
      name: 'resident',
      cookie: resident.cookie,
      may: (access) => (RESIDENT_PERMISSIONS as readonly string[]).includes(access),
    })
    for (const role of ROLES) {
      const staff = await enrol(app(), db(), { role, unitCodes: ['75'] })
      callers.push({
        name: role,
        cookie: staff.cookie,
        may: (access) => (ROLE_PERMISSIONS[role] as readonly string[]).includes(access),
      })
    }
  })

  it('answers every one with a 4xx, never a 5xx, whoever asks', async () => {
    const document = (await app().inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, Record<string, Operation>>
    }>()
    const accessOf = new Map(app().routeContracts.map((r) => [`${r.method} ${r.url}`, r.access]))
    const failures: string[] = []
    let sent = 0
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const route = `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`
        const access = accessOf.get(route) ?? 'public'
        // Anonymous callers, and the first of each kind the route lets in.
        const who = [
          callers[0],
          ...callers
            .slice(1)
            .filter((c) => c.may(access))
            .slice(0, 2),
        ].filter((c): c is Caller => c !== undefined)
        for (const attempt of requestsOf(path, operation)) {
          for (const caller of who) {
            sent += 1
            const response = await app().inject({
              method: method.toUpperCase() as 'GET',
              url: attempt.url,
              headers: {
                ...(caller.cookie ? { cookie: caller.cookie } : {}),
                ...(attempt.body === undefined ? {} : { 'content-type': 'application/json' }),
              },
              ...(attempt.body === undefined ? {} : { payload: attempt.body }),
              payloadAsStream: path.endsWith('/live'),
            })
            if (path.endsWith('/live')) response.stream().destroy()
            // The analytical copy is built in the background: until then its routes say so.
            const building =
              response.statusCode === 503 && response.body.includes('ANALYTICS_NOT_READY')
            if (response.statusCode >= 500 && !building)
              failures.push(`${caller.name} ${route} ${attempt.label} → ${response.statusCode}`)
          }
        }
      }
    }
    assert.ok(sent > 500, `only ${sent} requests: the walk missed routes`)
    assert.deepEqual(failures, [])
  })
})
