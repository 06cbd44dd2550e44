import { CompactSign, exportJWK, generateKeyPair } from 'jose'
import { buildApp } from '../src/app.js'
import { liveOccupancy, visitStatistics } from '../src/modules/checkpoints/index.js'
import { deriveSsoSecrets, registerClient } from '../src/modules/sso/index.js'
import type { Principal } from '../src/platform/auth/principal.js'
import { loadConfig } from '../src/platform/config/config.js'
import type { Database } from '../src/platform/db/database.js'
import { percentile, type BenchResult } from './report.js'

const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' })
const BATCH = 500
const COMMUNE = '26041'

interface Site {
  operatorId: string
  siteId: string
  gates: [string, string]
}

/** An operator, a site and two gates, written directly: the bench measures passages, not setup. */
async function openSite(database: Database, name: string): Promise<Site> {
  const [op] = await database.query<{ id: string }>(
    `INSERT INTO checkpoint_operators (name, commune_code, created_by)
     VALUES ($1, $2, gen_random_uuid()) RETURNING id`,
    [name, COMMUNE],
  )
  const [site] = await database.query<{ id: string }>(
    `INSERT INTO checkpoint_sites (operator_id, kind, name, commune_code, province_code)
     VALUES ($1, 'industrialPark', $2, $3, '75') RETURNING id`,
    [op!.id, name, COMMUNE],
  )
  const gates = await database.query<{ id: string }>(
    `INSERT INTO checkpoint_gates (site_id, name) VALUES ($1, 'A'), ($1, 'B') RETURNING id`,
    [site!.id],
  )
  return { operatorId: op!.id, siteId: site!.id, gates: [gates[0]!.id, gates[1]!.id] }
}

/** A valid personal number: born in Đồng Nai (075), 1980-1999, a serial from i. */
const numberOf = (i: number) =>
  `0750${String(80 + (i % 20)).padStart(2, '0')}${String(Math.floor(i / 2) % 1_000_000).padStart(6, '0')}`

function eventsOf(site: Site, batch: number) {
  const start = Date.now() - 3_600_000
  return Array.from({ length: BATCH }, (_, k) => {
    const i = batch * BATCH + k
    return {
      id: `ev-${i}`,
      gateId: site.gates[i % 2]!,
      direction: i % 2 === 0 ? 'entry' : 'exit',
      personalNumber: numberOf(i),
      occurredAt: new Date(start + i).toISOString(),
    }
  })
}

/** A bare multi-row insert of the same rows, ON CONFLICT DO NOTHING: the floor of any ingest. */
async function bareInsert(database: Database, site: Site, events: ReturnType<typeof eventsOf>) {
  await database.query(
    `INSERT INTO checkpoint_passages
       (site_id, gate_id, direction, method, personal_number, event_id, occurred_at)
     SELECT $1, g, d, 'camera', n, e, t
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[]) AS x(g, d, n, e, t)
     ON CONFLICT (site_id, event_id) DO NOTHING`,
    [
      site.siteId,
      events.map((e) => e.gateId),
      events.map((e) => e.direction),
      events.map((e) => e.personalNumber),
      events.map((e) => e.id),
      events.map((e) => e.occurredAt),
    ],
  )
}

async function run<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>) {
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await fn(items[next++]!)
    }),
  )
  return (performance.now() - started) / 1000
}

/**
 * Camera events ingested per second through the signed batch API (JWS checked, passages, flags,
 * presence and hourly counts in one transaction), against a bare insert of the same rows.
 */
export async function benchCheckpointsIngest(
  database: Database,
  options: { batches: number },
): Promise<BenchResult> {
  const site = await openSite(database, 'Khu công nghiệp (bench)')
  const bare = await openSite(database, 'Bare insert (bench)')
  const { publicKey, privateKey } = await generateKeyPair('ES256')
  const [key] = await database.query<{ id: string }>(
    `INSERT INTO checkpoint_camera_keys (site_id, name, public_jwk) VALUES ($1, 'bench', $2) RETURNING id`,
    [site.siteId, JSON.stringify(await exportJWK(publicKey))],
  )
  const { clientId, clientSecret } = await registerClient(
    { db: database.db, secrets: deriveSsoSecrets(config.SSO_SECRET), allowHttp: true },
    {
      name: 'Camera system (bench)',
      kind: 'machine',
      authMethod: 'client_secret_basic',
      role: 'operatorSystem',
      unitCodes: [COMMUNE],
      establishmentId: site.operatorId,
      scopes: ['checkpoints.events.post'],
    },
  )
  const batches = Array.from({ length: options.batches }, (_, b) => b)
  const signed = await Promise.all(
    batches.map((b) =>
      new CompactSign(
        new TextEncoder().encode(
          JSON.stringify({ siteId: site.siteId, events: eventsOf(site, b) }),
        ),
      )
        .setProtectedHeader({ alg: 'ES256', kid: key!.id })
        .sign(privateKey),
    ),
  )
  const app = await buildApp({ config, database })
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  try {
    const token = await fetch(`${url}/oidc/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret!}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials&scope=checkpoints.events.post',
    }).then((r) => r.json() as Promise<{ access_token: string }>)
    let failed = 0
    const baseSeconds = await run(batches, 4, (b) => bareInsert(database, bare, eventsOf(bare, b)))
    const seconds = await run(batches, 4, async (b) => {
      const response = await fetch(`${url}/api/v1/checkpoints/sites/${site.siteId}/camera-events`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token.access_token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ batch: signed[b] }),
      })
      if (response.status !== 200) failed++
      await response.arrayBuffer()
    })
    const events = options.batches * BATCH
    return {
      name: 'checkpoints.ingest',
      value: events / seconds,
      unit: 'events/s',
      baseline: events / baseSeconds,
      ratio: baseSeconds / seconds,
      extra: { events, batch: BATCH, failed_batches: failed, goal: '>= 5000 events/s' },
    }
  } finally {
    await app.close()
  }
}

/**
 * Live occupancy and a day's hourly counts of a site with `passages` stored (generated in SQL,
 * with the presence, occupancy and hourly tables derived from them as ingest keeps them).
 */
export async function benchCheckpointsOccupancy(
  database: Database,
  options: { passages: number; rounds: number },
): Promise<BenchResult> {
  const site = await openSite(database, 'Khu du lịch (bench)')
  const n = options.passages
  await database.query(
    `INSERT INTO checkpoint_passages
       (site_id, gate_id, direction, method, personal_number, event_id, occurred_at)
     SELECT $1, CASE WHEN i % 2 = 0 THEN $2::uuid ELSE $3::uuid END,
            CASE WHEN i % 2 = 0 THEN 'entry' ELSE 'exit' END, 'camera',
            '0750' || lpad((80 + i % 20)::text, 2, '0') || lpad(((i / 2) % 1000000)::text, 6, '0'),
            'g-' || i, now() - make_interval(secs => ($4::bigint - i) * (90 * 86400.0 / $4::bigint))
       FROM generate_series(1, $4::bigint) AS i`,
    [site.siteId, site.gates[0], site.gates[1], n],
  )
  await database.query(
    `INSERT INTO checkpoint_hourly
     SELECT site_id, date_trunc('hour', occurred_at), gate_id, direction,
            substr(personal_number, 2, 2), '25-39',
            CASE WHEN substr(personal_number, 4, 1) IN ('1', '3') THEN 'F' ELSE 'M' END,
            'visitor', count(*)
       FROM checkpoint_passages WHERE site_id = $1 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
    [site.siteId],
  )
  await database.query(
    `INSERT INTO checkpoint_presence
     SELECT DISTINCT ON (personal_number) site_id, personal_number, gate_id,
            direction = 'entry', occurred_at
       FROM checkpoint_passages WHERE site_id = $1
      ORDER BY personal_number, occurred_at DESC`,
    [site.siteId],
  )
  await database.query(
    `INSERT INTO checkpoint_occupancy
     SELECT site_id, gate_id, count(*)::int FROM checkpoint_presence
      WHERE site_id = $1 AND inside GROUP BY 1, 2`,
    [site.siteId],
  )
  await database.query('ANALYZE checkpoint_presence; ANALYZE checkpoint_hourly')
  const staff: Principal = {
    kind: 'staff',
    accountId: '00000000-0000-0000-0000-000000000000',
    personalNumber: null,
    clientId: null,
    grants: [{ role: 'operatorStaff', unitCodes: [COMMUNE], establishmentId: site.operatorId }],
  }
  const latencies: number[] = []
  for (let r = 0; r < options.rounds; r++) {
    const t = performance.now()
    const now = new Date()
    await liveOccupancy(database.db, staff, site.siteId, now)
    await visitStatistics(database.db, staff, { siteId: site.siteId }, now)
    latencies.push(performance.now() - t)
  }
  latencies.sort((a, b) => a - b)
  const [inside] = await database.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM checkpoint_presence WHERE site_id = $1 AND inside',
    [site.siteId],
  )
  return {
    name: 'checkpoints.occupancy.p95',
    value: percentile(latencies, 95),
    unit: 'ms',
    extra: {
      passages: n,
      inside: inside?.n ?? 0,
      p50_ms: percentile(latencies, 50),
      rounds: options.rounds,
      goal: 'p95 < 50 ms at 10,000,000 passages',
    },
  }
}
