import { buildApp } from '../src/app.js'
import { catalogue } from '../src/modules/services/index.js'
import type { Role } from '../src/platform/auth/roles.js'
import type { Database } from '../src/platform/db/database.js'
import {
  enrol,
  killServer,
  startServer,
  testConfig,
  waitForAnalyticsCopy,
} from '../test/kit/index.js'
import { percentile, type BenchResult } from './report.js'
import { loadDossiers } from './services-dossiers-load.js'

export const QUEUE_DOSSIERS = 1_000_000
const PROVINCE = '75'
const REQUESTS_PER_OFFICER = 280
const WARM_UP_REQUESTS = 20
const OPEN = `status IN ('received', 'in_review', 'needs_info')`
const GOAL_MS = 50

interface Officer {
  label: string
  role: Role
  unit: string
  /** The services this role handles: what its queue shows. */
  services: string[]
  cookie: string
}

const servicesOf = (role: Role): string[] =>
  [...catalogue().values()]
    .map((s) => s.definition)
    .filter((d) => !d.parts && d.handledBy.includes(role))
    .map((d) => d.code)

/** The province's role that handles the most services (province-level ones are queued there). */
function provincialRole(): Role {
  const roles: Role[] = ['provincialPolice', 'departmentOfficer']
  return roles.reduce((best, r) => (servicesOf(r).length > servicesOf(best).length ? r : best))
}

/** The commune with the most open dossiers: the busiest one-stop shop. */
async function busiestCommune(database: Database): Promise<string> {
  const [row] = await database.query<{ code: string }>(
    `SELECT commune_code AS code FROM service_dossiers WHERE ${OPEN}
      GROUP BY commune_code ORDER BY count(*) DESC LIMIT 1`,
  )
  return row!.code
}

/** Commune police and a commune officer of one commune, and a provincial officer. */
async function signInOfficers(database: Database, commune: string): Promise<Officer[]> {
  const app = await buildApp({ config: testConfig, database })
  const officer = async (label: string, role: Role, unit: string): Promise<Officer> => ({
    label,
    role,
    unit,
    services: servicesOf(role),
    cookie: (await enrol(app, database, { role, unitCodes: [unit] })).cookie,
  })
  try {
    return [
      await officer('communePolice', 'communePolice', commune),
      await officer('communeOfficer', 'communeOfficer', commune),
      await officer('province', provincialRole(), PROVINCE),
    ]
  } finally {
    await app.close()
  }
}

/** Dossiers of the officer's queue, as SQL (the codes are the bench's own, no input). */
const scopeOf = (o: Officer): string =>
  `${o.unit.length === 2 ? 'province_code' : 'commune_code'} = '${o.unit}'
   AND service_code = ANY('{${o.services.join(',')}}'::text[])`

/** What an officer searches for: codes and applicants of their own dossiers, picked at random. */
async function searchTerms(database: Database, o: Officer) {
  const pick = async (where: string, column: string): Promise<string[]> =>
    (
      await database.query<{ v: string }>(
        `SELECT ${column} AS v FROM service_dossiers TABLESAMPLE SYSTEM (5) REPEATABLE (19)
          WHERE ${scopeOf(o)} AND ${where} LIMIT 100`,
      )
    ).map((r) => r.v)
  const orNone = (values: string[]) => (values.length > 0 ? values : ['00000-000000-000000'])
  return {
    openCodes: orNone(await pick(OPEN, 'code')),
    decidedCodes: orNone(await pick(`status = 'approved'`, 'code')),
    applicants: orNone(await pick('true', 'applicant_number')),
  }
}

type Case = (i: number) => string

/** The queries of the queue screen: its filters, its search box, its next pages. */
async function casesOf(
  database: Database,
  o: Officer,
  cursors: string[],
): Promise<Record<string, Case>> {
  const terms = await searchTerms(database, o)
  const at = <T>(list: T[], i: number): T => list[i % list.length]!
  const sla = ['overdue', 'due_soon', 'on_time']
  return {
    queue: () => '',
    service: (i) => `service=${at(o.services, i)}`,
    sla: (i) => `sla=${at(sla, i)}`,
    // A commune officer's own commune. (A provincial officer's filter by one of the province's
    // communes is refused for now: the route takes a commune's first two digits for its
    // province, and Đồng Nai's 2025 communes, 25xxx and 26xxx, belong to province 75.)
    ...(o.unit.length === 2 ? {} : { commune: () => `unit=${o.unit}` }),
    code: (i) => `q=${at(terms.openCodes, i)}`,
    // A commune's day: what an officer types to find the dossiers received that day.
    codePrefix: (i) => `q=${at(terms.openCodes, i).slice(0, 12)}`,
    personalNumber: (i) => `q=${at(terms.applicants, i)}`,
    decidedByCode: (i) => `status=approved&q=${at(terms.decidedCodes, i).slice(0, 12)}`,
    nextPage: (i) => (cursors.length > 0 ? `cursor=${at(cursors, i)}` : ''),
  }
}

async function get(base: string, o: Officer, query: string) {
  const response = await fetch(`${base}/api/v1/services/queue?${query}`, {
    headers: { cookie: o.cookie },
  })
  const body = await response.text()
  if (response.status !== 200) throw new Error(`queue ${query}: ${response.status} ${body}`)
  return JSON.parse(body) as { items: unknown[]; next: string | null }
}

/** The `next` cursors of the officer's first pages of the open queue. */
async function cursorsOf(base: string, o: Officer, pages: number): Promise<string[]> {
  const cursors: string[] = []
  for (let page = 0; page < pages; page++) {
    const { next } = await get(base, o, cursors.length ? `cursor=${cursors.at(-1)}` : '')
    if (!next) break
    cursors.push(next)
  }
  return cursors
}

/** One request at a time, the cases in turn; latencies by case, in ms. */
async function timeOfficer(base: string, o: Officer, cases: Record<string, Case>) {
  const kinds = Object.entries(cases)
  for (let i = 0; i < WARM_UP_REQUESTS; i++) await get(base, o, kinds[i % kinds.length]![1](i))
  const byCase = new Map<string, number[]>(kinds.map(([k]) => [k, []]))
  let items = 0
  for (let i = 0; i < REQUESTS_PER_OFFICER; i++) {
    const [kind, query] = kinds[i % kinds.length]!
    const started = performance.now()
    items += (await get(base, o, query(Math.floor(i / kinds.length)))).items.length
    byCase.get(kind)!.push(performance.now() - started)
  }
  return { byCase, items }
}

const p95 = (values: number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    95,
  )

/**
 * services.queue.p95: a million dossiers of the province (loaded by INSERT … SELECT, then
 * analysed), and the officer's queue over HTTP (GET /api/v1/services/queue) for the commune
 * police and a commune officer of the busiest commune and for a provincial officer: the open
 * queue, by service, SLA and commune, the search by code, by a commune's day and by personal
 * number, decided dossiers by code, and next pages; one request at a time, p95 per officer (the
 * value is the worst officer's).
 */
export async function benchQueue(database: Database, url: string): Promise<BenchResult> {
  const load = await loadDossiers(database, { count: QUEUE_DOSSIERS, province: PROVINCE })
  const commune = await busiestCommune(database)
  const officers = await signInOfficers(database, commune)
  const server = await startServer({ DATABASE_URL: url, DATABASE_POOL_SIZE: '10' })
  const all: number[] = []
  const byOfficer: Record<string, number> = {}
  const byCase = new Map<string, number[]>()
  let answered = 0
  try {
    await waitForAnalyticsCopy(server)
    for (const o of officers) {
      const cases = await casesOf(database, o, await cursorsOf(server.base, o, 5))
      const { byCase: timed, items } = await timeOfficer(server.base, o, cases)
      answered += items
      for (const [kind, latencies] of timed)
        byCase.set(kind, [...(byCase.get(kind) ?? []), ...latencies])
      const mine = [...timed.values()].flat()
      byOfficer[`${o.label}P95ms`] = p95(mine)
      all.push(...mine)
    }
  } finally {
    await killServer(server)
  }
  const open = await database.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM service_dossiers WHERE ${OPEN}`,
  )
  return {
    name: 'services.queue.p95',
    value: Math.max(...Object.values(byOfficer)),
    unit: 'ms',
    extra: {
      ...byOfficer,
      ...Object.fromEntries([...byCase].map(([kind, l]) => [`${kind}P95ms`, p95(l)])),
      p50ms: percentile(
        all.sort((a, b) => a - b),
        50,
      ),
      requests: all.length,
      // Dossiers per answer (up to a page of 50): the searches find what they look for.
      itemsPerAnswer: answered / all.length,
      dossiers: load.dossiers,
      open: open[0]!.n,
      loadSeconds: load.seconds,
      indexSeconds: load.indexSeconds,
      provincialRole: officers[2]!.role,
      goalMs: GOAL_MS,
    },
  }
}
