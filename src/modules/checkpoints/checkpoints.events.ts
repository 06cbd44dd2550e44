import { type Static, Type } from '@sinclair/typebox'
import type { Executor } from '../../platform/db/database.js'
import { recordEvents, type NewEvent } from '../../platform/events/outbox.js'
import type { HourlyRow } from './passages.queries.js'
import type { PassageFlag } from './checkpoints.tables.js'

/**
 * The payloads of the outbox events the checkpoints module writes, for readers (the analytics
 * copy) through index.ts. Counts, sites and times only: no personal numbers. A passages event
 * carries the current state of everything its batch changed (hourly cells, people inside per
 * gate, the flagged passages), so applying it twice or late sets the same values.
 */
export const SITE_OPENED = 'checkpoints.site_opened'

/** 'checkpoints.site_opened': a site registered (what it is and where). */
export const SiteOpenedPayload = Type.Object({
  siteId: Type.String(),
  kind: Type.String(),
  name: Type.String(),
  communeCode: Type.String(),
})
export type SiteOpenedPayload = Static<typeof SiteOpenedPayload>

export const PASSAGES_RECORDED = 'checkpoints.passages_recorded'

/** 'checkpoints.passages_recorded': one batch of passages at a site, as counts. */
export const PassagesRecordedPayload = Type.Object({
  siteId: Type.String(),
  /** The hourly cells the batch added to, each with its count after the batch. */
  hours: Type.Array(
    Type.Object({
      hour: Type.String(),
      gateId: Type.String(),
      direction: Type.String(),
      provinceCode: Type.String(),
      ageGroup: Type.String(),
      sex: Type.String(),
      visitorKind: Type.String(),
      passages: Type.Integer(),
    }),
  ),
  /** People inside per gate of entry after the batch. */
  occupancy: Type.Array(Type.Object({ gateId: Type.String(), inside: Type.Integer() })),
  flagged: Type.Array(
    Type.Object({ passageId: Type.Integer(), flag: Type.String(), occurredAt: Type.String() }),
  ),
})
export type PassagesRecordedPayload = Static<typeof PassagesRecordedPayload>

const iso = (at: Date | string): string => new Date(at).toISOString()

export async function recordSiteOpened(tx: Executor, site: SiteOpenedPayload): Promise<void> {
  await recordEvents(tx, [
    {
      aggregateType: 'checkpoint_site',
      aggregateId: site.siteId,
      eventType: SITE_OPENED,
      payload: site,
    },
  ])
}

export async function recordPassagesEvent(
  tx: Executor,
  batch: {
    siteId: string
    hours: HourlyRow[]
    occupancy: { gateId: string; inside: number }[]
    flagged: { id: number; flag: PassageFlag | null; occurredAt: Date }[]
  },
): Promise<void> {
  const payload: PassagesRecordedPayload = {
    siteId: batch.siteId,
    hours: batch.hours.map((h) => ({
      hour: iso(h.hour),
      gateId: h.gateId,
      direction: h.direction,
      provinceCode: h.provinceCode,
      ageGroup: h.ageGroup,
      sex: h.sex,
      visitorKind: h.visitorKind,
      passages: h.passages,
    })),
    occupancy: batch.occupancy.map((o) => ({ gateId: o.gateId, inside: o.inside })),
    flagged: batch.flagged.flatMap((p) =>
      p.flag ? [{ passageId: p.id, flag: p.flag, occurredAt: iso(p.occurredAt) }] : [],
    ),
  }
  const event: NewEvent = {
    aggregateType: 'checkpoint_site',
    aggregateId: batch.siteId,
    eventType: PASSAGES_RECORDED,
    payload,
  }
  await recordEvents(tx, [event])
}
