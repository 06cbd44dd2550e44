import type { Static, TObject } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'
import type { DuckDBConnection, DuckDBPreparedStatement } from '@duckdb/node-api'
import type { Database } from '../../platform/db/database.js'
import {
  readCommittedEvents,
  type EventPosition,
  type OutboxEvent,
} from '../../platform/events/outbox.js'
import {
  ESTABLISHMENT_DECIDED,
  EstablishmentDecidedPayload,
  STAY_EVENT_TYPES,
  StayEventPayload,
  WATCH_ALERT,
  WatchAlertPayload,
} from '../stays/index.js'
import {
  hourCellKey,
  PASSAGES_RECORDED,
  PassagesRecordedPayload,
  SITE_OPENED,
  SiteOpenedPayload,
} from '../checkpoints/index.js'
import { VIOLATION_CHANGED, ViolationChangedPayload } from '../fines/index.js'
import { REGISTRY_CHANGE_EVENT_TYPES, RegistryChangePayload } from '../population/index.js'
import { applyRegistryChange } from './copy-registry.js'
import { seenByExport, type ServedCopy } from './copy-store.js'
import { LIVE_TABLES, type LiveTable } from './copy.tables.js'

/**
 * The outbox events that change the analytical copy (the stays contract: each carries the whole
 * current state of its declaration, establishment or alert; the checkpoints' and fines' events
 * likewise of the counts, sites and violations they changed), applied idempotently: a row keeps
 * the outbox position of the event that last set it, and an event at or before that position
 * changes nothing, so redelivery and replay are harmless.
 */
/** A UTC instant as DuckDB's TIMESTAMP reads it. */
const timestamp = (iso: string | null): string | null =>
  iso === null ? null : new Date(iso).toISOString().replace('T', ' ').slice(0, 23)

type LiveRow = Record<string, string | number | boolean | null>

interface Mapping<S extends TObject> {
  payload: S
  /** The live tables' rows the event sets: column → value (without the event position). */
  rows(payload: Static<S>, event: OutboxEvent): { table: LiveTable; row: LiveRow }[]
}

const stay: Mapping<typeof StayEventPayload> = {
  payload: StayEventPayload,
  rows: (p) => [
    {
      table: 'stays',
      row: {
        declaration_id: p.declarationId,
        establishment_id: p.establishmentId,
        establishment_type_code: p.establishmentTypeCode,
        commune_code: p.communeCode,
        province_code: p.provinceCode,
        guest_kind: p.guestKind,
        nationality: p.nationality,
        birth_year: p.birthYear,
        sex: p.sex,
        arrival_at: timestamp(p.arrivalAt),
        expected_departure_at: timestamp(p.expectedDepartureAt),
        departed_at: timestamp(p.departedAt),
        late: p.late,
        trip_id: p.tripId,
      },
    },
  ],
}

const establishment: Mapping<typeof EstablishmentDecidedPayload> = {
  payload: EstablishmentDecidedPayload,
  rows: (p) => [
    {
      table: 'establishments',
      row: {
        establishment_id: p.establishmentId,
        type_code: p.typeCode,
        commune_code: p.communeCode,
        status: p.status,
        capacity: p.capacity,
      },
    },
  ],
}

const alert: Mapping<typeof WatchAlertPayload> = {
  payload: WatchAlertPayload,
  rows: (p, event) => [
    {
      table: 'alerts',
      row: {
        alert_id: p.alertId,
        commune_code: p.communeCode,
        raised_at: timestamp(event.occurredAt),
      },
    },
  ],
}

const site: Mapping<typeof SiteOpenedPayload> = {
  payload: SiteOpenedPayload,
  rows: (p) => [
    {
      table: 'checkpoint_sites',
      row: { site_id: p.siteId, kind: p.kind, name: p.name, commune_code: p.communeCode },
    },
  ],
}

const passages: Mapping<typeof PassagesRecordedPayload> = {
  payload: PassagesRecordedPayload,
  rows: (p) => [
    ...p.hours.map((h) => ({
      table: 'passage_hours' as const,
      row: {
        cell_key: hourCellKey({ siteId: p.siteId, ...h }),
        site_id: p.siteId,
        hour: timestamp(h.hour),
        gate_id: h.gateId,
        direction: h.direction,
        province_code: h.provinceCode,
        age_group: h.ageGroup,
        sex: h.sex,
        visitor_kind: h.visitorKind,
        passages: h.passages,
      },
    })),
    ...p.occupancy.map((o) => ({
      table: 'site_occupancy' as const,
      row: { gate_id: o.gateId, site_id: p.siteId, inside: o.inside },
    })),
    ...p.flagged.map((f) => ({
      table: 'flagged_passages' as const,
      row: {
        passage_id: f.passageId,
        site_id: p.siteId,
        flag: f.flag,
        occurred_at: timestamp(f.occurredAt),
      },
    })),
  ],
}

const violation: Mapping<typeof ViolationChangedPayload> = {
  payload: ViolationChangedPayload,
  rows: (p) => [
    {
      table: 'violations',
      row: {
        violation_id: p.violationId,
        article_code: p.articleCode,
        commune_code: p.communeCode,
        occurred_at: timestamp(p.occurredAt),
        status: p.status,
        due_on: p.dueOn,
        owner_kind: p.ownerKind,
        seen_in_app: p.seenInApp,
        paid_online: p.paidOnline,
      },
    },
  ],
}

const MAPPINGS: Record<string, Mapping<TObject>> = {
  ...Object.fromEntries(STAY_EVENT_TYPES.map((type) => [type, stay])),
  [ESTABLISHMENT_DECIDED]: establishment,
  [WATCH_ALERT]: alert,
  [SITE_OPENED]: site,
  [PASSAGES_RECORDED]: passages,
  [VIOLATION_CHANGED]: violation,
}

const REGISTRY_CHANGES: ReadonlySet<string> = new Set(REGISTRY_CHANGE_EVENT_TYPES)

export const APPLIED_EVENT_TYPES = [...Object.keys(MAPPINGS), ...REGISTRY_CHANGES]

function upsertSql(table: LiveTable, columns: string[]): string {
  const live = LIVE_TABLES[table]
  const grows = 'grows' in live ? live.grows : null
  const updates = [...columns, 'event_tx', 'event_id']
    .filter((c) => c !== live.key)
    .map((c) =>
      c === grows ? `${c} = greatest(${table}.${c}, excluded.${c})` : `${c} = excluded.${c}`,
    )
  // A count that only grows takes the larger value; other rows the later event's.
  const newer = grows
    ? ''
    : `WHERE (excluded.event_tx, excluded.event_id) > (${table}.event_tx, ${table}.event_id)`
  return `INSERT INTO ${table} (${columns.join(', ')}, event_tx, event_id)
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')},
             CAST($${columns.length + 1} AS BIGINT), CAST($${columns.length + 2} AS BIGINT))
     ON CONFLICT (${live.key}) DO UPDATE SET ${updates.join(', ')} ${newer}`
}

// Each copy's writer prepares each upsert once: events arrive one by one.
const prepared = new WeakMap<DuckDBConnection, Map<string, DuckDBPreparedStatement>>()

async function upsert(
  connection: DuckDBConnection,
  table: LiveTable,
  row: LiveRow,
  event: OutboxEvent,
): Promise<void> {
  const sql = upsertSql(table, Object.keys(row))
  const statements = prepared.get(connection) ?? new Map<string, DuckDBPreparedStatement>()
  prepared.set(connection, statements)
  let statement = statements.get(sql)
  if (!statement) {
    statement = await connection.prepare(sql)
    statements.set(sql, statement)
  }
  statement.bind([...Object.values(row), String(event.txId), String(event.id)])
  await statement.run()
}

/**
 * Applies one event to the copy's live tables.
 * @returns 'applied', 'ignored' (not an event the copy follows) or 'malformed' (its payload breaks
 *   the contract: skipped, since retrying cannot mend it).
 */
export async function applyEvent(
  copy: ServedCopy,
  event: OutboxEvent,
): Promise<'applied' | 'ignored' | 'malformed'> {
  if (REGISTRY_CHANGES.has(event.eventType)) {
    if (!Value.Check(RegistryChangePayload, event.payload)) return 'malformed'
    const payload = event.payload
    const seen = seenByExport(copy.meta, event.txId)
    await copy.write((connection) => applyRegistryChange(connection, payload, event, seen))
    return 'applied'
  }
  const mapping = MAPPINGS[event.eventType]
  if (!mapping) return 'ignored'
  if (!Value.Check(mapping.payload, event.payload)) return 'malformed'
  const rows = mapping.rows(event.payload, event)
  await copy.write(async (connection) => {
    for (const { table, row } of rows) await upsert(connection, table, row, event)
  })
  return 'applied'
}

const PAGE = 1_000

/**
 * Replays the followed events from the copy's snapshot transaction on: what the export may not
 * have seen. Final transactions only; later ones come from the dispatcher.
 * @returns the number of events applied.
 */
export async function catchUp(database: Database, copy: ServedCopy): Promise<number> {
  let after: EventPosition = { txId: copy.meta.snapshotTx, id: 0 }
  let applied = 0
  for (;;) {
    const events = await readCommittedEvents(database, after, {
      limit: PAGE,
      eventTypes: APPLIED_EVENT_TYPES,
    })
    for (const event of events) {
      if ((await applyEvent(copy, event)) === 'applied') applied++
      after = { txId: event.txId, id: event.id }
    }
    if (events.length < PAGE) return applied
  }
}
