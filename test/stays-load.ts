import { randomUUID } from 'node:crypto'
import { buildApp } from '../src/app.js'
import { ensureStaysReference, type TypedGuest } from '../src/modules/stays/index.js'
import type { Database } from '../src/platform/db/database.js'
import { enrol, testConfig, type ServerProcess } from './kit/index.js'

/**
 * Declarations under load, shared by the crash test and the stays benchmarks: approved
 * establishments with a staff member, guests typed by number, name and birth date, and the
 * kill-and-restart check that every acknowledged declaration survived exactly once.
 */

/** An approved establishment and the session of its receptionist. */
export interface FrontDesk {
  establishmentId: string
  cookie: string
}

/** One create request, sent as is again when retried: same key, same bytes. */
export interface DeclarationRequest {
  key: string
  establishmentId: string
  cookie: string
  personalNumber: string
  body: string
}

export type Answer =
  | { kind: 'acknowledged'; ids: string[]; isReplayed: boolean }
  | { kind: 'refused'; status: number; body: string }
  | { kind: 'cut' }

/**
 * Establishments of one owner approved by the commune police, each with a staff member of its
 * own, through the routes an owner and an officer use.
 */
export async function openFrontDesks(
  database: Database,
  options: { establishments: number; capacity: number },
): Promise<FrontDesk[]> {
  await ensureStaysReference(database.db)
  const app = await buildApp({ config: testConfig, database })
  try {
    const owner = await enrol(app, database)
    await database.query('UPDATE eid_accounts SET level = 2 WHERE id = $1', [owner.accountId])
    const here = `commune_code = '${owner.communeCode}'`
    const police = await enrol(app, database, { role: 'communePolice', where: here })
    const call = async (cookie: string, url: string, payload: object): Promise<string> => {
      // Every create takes an Idempotency-Key; the others ignore it.
      const headers = { cookie, 'idempotency-key': randomUUID() }
      const res = await app.inject({ method: 'POST', url, headers, payload })
      if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
      return res.json<{ id?: string }>().id ?? ''
    }
    const desks: FrontDesk[] = []
    for (let i = 1; i <= options.establishments; i++) {
      const id = await call(owner.cookie, '/api/v1/stays/establishments', {
        name: `Khách sạn Thử Tải ${i}`,
        typeCode: 'hotel_3_star',
        address: `${i} đường Thử Tải`,
        communeCode: owner.communeCode,
        capacity: options.capacity,
      })
      await call(police.cookie, `/api/v1/stays/establishments/${id}/decision`, {
        decision: 'approve',
      })
      const staff = await enrol(app, database, { where: here })
      await call(owner.cookie, `/api/v1/stays/establishments/${id}/staff`, {
        personalNumber: staff.personalNumber,
      })
      desks.push({ establishmentId: id, cookie: staff.cookie })
    }
    return desks
  } finally {
    await app.close()
  }
}

/** Living residents without an account (the desk's people have one), as a receptionist types them. */
export async function typedGuests(
  database: Database,
  options: { count: number; skip?: number },
): Promise<TypedGuest[]> {
  const rows = await database.query<{ n: string; name: string; born: string }>(
    `SELECT personal_number AS n, full_name AS name, birth_date AS born FROM residents r
      WHERE status = 'resident'
        AND NOT EXISTS (SELECT 1 FROM eid_accounts a WHERE a.personal_number = r.personal_number)
      ORDER BY personal_number OFFSET $1 LIMIT $2`,
    [options.skip ?? 0, options.count],
  )
  if (rows.length < options.count)
    throw new Error(`${options.count} guests wanted, the registry has ${rows.length}`)
  return rows.map((r) => ({ personalNumber: r.n, fullName: r.name, birthDate: r.born }))
}

/** One request per guest, each with a key of its own, spread over the establishments in turn. */
export function declarationRequests(
  guests: TypedGuest[],
  desks: FrontDesk[],
): DeclarationRequest[] {
  // A minute ago: well inside the arrival tolerance, and still valid when retried later.
  const arrivalAt = new Date(Date.now() - 60_000).toISOString()
  return guests.map((guest, i) => ({
    key: randomUUID(),
    ...desks[i % desks.length]!,
    personalNumber: guest.personalNumber,
    body: JSON.stringify({ arrivalAt, guests: [{ ...guest, room: `P${100 + (i % 300)}` }] }),
  }))
}

export const declarationPath = (establishmentId: string): string =>
  `/api/v1/stays/establishments/${establishmentId}/declarations`

/** Sends one request; an answer that did not arrive whole is `cut`. */
export async function sendDeclaration(base: string, request: DeclarationRequest): Promise<Answer> {
  try {
    const res = await fetch(`${base}${declarationPath(request.establishmentId)}`, {
      method: 'POST',
      headers: {
        cookie: request.cookie,
        'content-type': 'application/json',
        'idempotency-key': request.key,
      },
      body: request.body,
    })
    const body = await res.text()
    if (res.status !== 201) return { kind: 'refused', status: res.status, body }
    const declared = JSON.parse(body) as { declarations: { id: string }[] }
    return {
      kind: 'acknowledged',
      ids: declared.declarations.map((d) => d.id),
      isReplayed: res.headers.get('idempotent-replayed') === 'true',
    }
  } catch {
    return { kind: 'cut' }
  }
}

export interface LoadUntilKilled {
  /** Every request sent, with its answer. */
  answers: Map<DeclarationRequest, Answer>
  /** Milliseconds from the first request to the kill. */
  killedAfterMs: number
}

/**
 * `clients` concurrent callers declare one guest after another until the kill condition holds,
 * then the server gets SIGKILL while the others' requests are still in flight.
 */
export async function declareUntilKilled(
  server: ServerProcess,
  requests: DeclarationRequest[],
  options: { clients: number; killAfter: { acknowledged?: number; ms?: number } },
): Promise<LoadUntilKilled> {
  const answers = new Map<DeclarationRequest, Answer>()
  const started = performance.now()
  let acknowledged = 0
  let next = 0
  let killedAfterMs = -1
  const kill = () => {
    if (killedAfterMs >= 0) return
    killedAfterMs = performance.now() - started
    server.child.kill('SIGKILL')
  }
  const { acknowledged: enough = Infinity, ms = Infinity } = options.killAfter
  const client = async () => {
    while (killedAfterMs < 0) {
      const request = requests[next++]
      if (!request) {
        kill()
        return
      }
      const answer = await sendDeclaration(server.base, request)
      answers.set(request, answer)
      if (answer.kind === 'acknowledged') acknowledged++
      if (acknowledged >= enough || performance.now() - started >= ms) kill()
    }
  }
  await Promise.all(Array.from({ length: options.clients }, client))
  await server.exited
  return { answers, killedAfterMs }
}

export interface CrashCheck {
  sent: number
  acknowledged: number
  /** Sent, and the answer never arrived whole: the kill caught them in flight. */
  cutOff: number
  /** Of those, committed before the kill (found in the database after restart). */
  committedUnanswered: number
  refused: number
  /** Acknowledged declarations the database does not have after restart. */
  lost: number
  /** People holding more than one declaration, after restart and again after the retries. */
  duplicated: number
  /** Retries that did not answer as they should: the original ids replayed, or one new stay. */
  wrongRetries: string[]
}

/** fn over every item, a few at a time, as a client library retrying a batch would. */
async function inParallel<T>(items: T[], fn: (item: T) => Promise<void>, width = 8) {
  let next = 0
  const worker = async () => {
    for (let item = items[next++]; item !== undefined; item = items[next++]) await fn(item)
  }
  await Promise.all(Array.from({ length: width }, worker))
}

const declaredIds = async (database: Database, personalNumbers: string[]) =>
  database.query<{ id: string; n: string }>(
    'SELECT id, personal_number AS n FROM stay_declarations WHERE personal_number = ANY($1)',
    [personalNumbers],
  )

const duplicatedPeople = async (database: Database): Promise<number> =>
  (
    await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT personal_number FROM stay_declarations
        GROUP BY personal_number HAVING count(*) > 1) d`,
    )
  )[0]!.n

/**
 * After restart: every acknowledged declaration is there by id, nobody is declared twice, and
 * every request that got no answer, retried with its key, answers with the declaration committed
 * before the kill (replayed) or makes exactly one; acknowledged ones, retried, replay their ids.
 */
export async function checkAfterRestart(
  database: Database,
  server: ServerProcess,
  run: LoadUntilKilled,
): Promise<CrashCheck> {
  const sent = [...run.answers]
  const acknowledged = sent.flatMap(([request, a]) =>
    a.kind === 'acknowledged' ? [{ request, ids: a.ids }] : [],
  )
  const cutOff = sent.flatMap(([request, a]) => (a.kind === 'cut' ? [request] : []))
  const ackIds = acknowledged.flatMap((a) => a.ids)
  const found = await database.query<{ id: string }>(
    'SELECT id FROM stay_declarations WHERE id = ANY($1::uuid[])',
    [ackIds],
  )
  const duplicatedAtRestart = await duplicatedPeople(database)
  const before = await declaredIds(
    database,
    cutOff.map((r) => r.personalNumber),
  )
  const committed = new Map(before.map((row) => [row.n, row.id]))
  const wrongRetries: string[] = []
  const retry = async (request: DeclarationRequest, original: string | undefined) => {
    const answer = await sendDeclaration(server.base, request)
    const what = original ? 'committed' : 'not committed'
    if (answer.kind !== 'acknowledged')
      wrongRetries.push(`${request.key} (${what}): ${JSON.stringify(answer)}`)
    else if (answer.ids.length !== 1 || (original && answer.ids[0] !== original))
      wrongRetries.push(`${request.key} (${what}): other ids ${answer.ids.join(',')}`)
    else if (answer.isReplayed !== Boolean(original))
      wrongRetries.push(`${request.key} (${what}): replayed=${answer.isReplayed}`)
  }
  await inParallel(cutOff, (request) => retry(request, committed.get(request.personalNumber)))
  await inParallel(acknowledged, ({ request, ids }) => retry(request, ids[0]))
  return {
    sent: sent.length,
    acknowledged: acknowledged.length,
    cutOff: cutOff.length,
    committedUnanswered: committed.size,
    refused: sent.filter(([, a]) => a.kind === 'refused').length,
    lost: ackIds.length - found.length,
    duplicated: Math.max(duplicatedAtRestart, await duplicatedPeople(database)),
    wrongRetries,
  }
}
