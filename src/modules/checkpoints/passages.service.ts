import type { Principal } from '../../platform/auth/principal.js'
import type { Executor } from '../../platform/db/database.js'
import {
  ACTING_ESTABLISHMENT,
  auditActor,
  recordAudits,
  type AuditActor,
  type AuditEntryInput,
} from '../audit/index.js'
import { readPresentedCode, type IdentityKeys } from '../verification/index.js'
import { checkpointsErrors } from './checkpoints.errors.js'
import { recordPassagesEvent } from './checkpoints.events.js'
import type { Direction, PassageMethod } from './checkpoints.tables.js'
import {
  addHourly,
  addOccupancy,
  countInside,
  insertNewPassages,
  lockPresence,
  setPassageFlags,
  upsertPresence,
  type PassageRow,
} from './passages.queries.js'
import { applyPassages, hourlyOf, occupancyChanges } from './passage-rules.js'
import { siteFor } from './site-access.js'
import { findGatesOf, findWorkersAmong, type SiteRow } from './sites.queries.js'

/** A passage as seen, before it is recorded. */
export interface SeenPassage {
  gateId: string
  direction: Direction
  method: PassageMethod
  personalNumber: string
  occurredAt: Date
  eventId: string | null
  recordedBy: string | null
}

/** @throws CHECKPOINTS_GATE_NOT_FOUND when a gate is not the site's */
export async function assertGatesOfSite(db: Executor, site: SiteRow, gateIds: string[]) {
  const gates = new Set((await findGatesOf(db, [site.id])).map((g) => g.id))
  const stranger = gateIds.find((id) => !gates.has(id))
  if (stranger !== undefined) throw checkpointsErrors.refuse('GATE_NOT_FOUND', { gateId: stranger })
}

/**
 * Records passages in the caller's transaction: the new ones (a camera event id seen before is
 * skipped), flagged where they break the in-out sequence, with the person's place at the site,
 * the access-log entries `accesses` makes of them (one INSERT), and the hourly counts and
 * occupancy kept in step, with the outbox event of the batch's counts. The counters every batch of
 * the site shares are written last, so that their row locks are held for the shortest time
 * before the commit. Returns the rows recorded.
 */
export async function recordPassages(
  tx: Executor,
  site: SiteRow,
  seen: readonly SeenPassage[],
  accesses: (rows: PassageRow[]) => AuditEntryInput[],
): Promise<PassageRow[]> {
  const inserted = await insertNewPassages(
    tx,
    seen.map((p) => ({ ...p, siteId: site.id })),
  )
  const people = [...new Set(inserted.map((r) => r.personalNumber))].sort()
  const before = await lockPresence(tx, site.id, people)
  const { flags, presence } = applyPassages(site.id, inserted, before)
  await setPassageFlags(tx, flags)
  await upsertPresence(tx, presence)
  const flagOf = new Map([...flags].flatMap(([f, ids]) => ids.map((id) => [id, f] as const)))
  const rows = inserted.map((r) => ({ ...r, flag: flagOf.get(r.id) ?? null }))
  await recordAudits(tx, accesses(rows))
  if (rows.length === 0) return rows
  const workers =
    site.kind === 'industrialPark' ? await findWorkersAmong(tx, site.id, people) : new Set()
  const hours = await addHourly(
    tx,
    hourlyOf(site.id, rows, (n) => (workers.has(n) ? 'worker' : 'visitor')),
  )
  const occupancy = await addOccupancy(tx, site.id, occupancyChanges(before, presence))
  await recordPassagesEvent(tx, { siteId: site.id, hours, occupancy, flagged: rows })
  return rows
}

/**
 * The access-log entry of a recorded passage for the person who passed: the site (named to them
 * with its operator) and the acting role, never the staff member; recorded in the passage's
 * transaction, one INSERT for a whole batch (recordAudits).
 */
export const passageAccess = (
  actor: AuditActor,
  action: 'checkpoints.passage.scan' | 'checkpoints.passage.camera',
  site: SiteRow,
  passage: PassageRow,
  sourceIp: string,
): AuditEntryInput => ({
  actor,
  subjectPersonalNumber: passage.personalNumber,
  action,
  purpose: 'identity_verification',
  summary: {
    siteId: site.id,
    gateId: passage.gateId,
    direction: passage.direction,
    passageId: passage.id,
    occurredAt: passage.occurredAt.toISOString(),
    flag: passage.flag,
    [ACTING_ESTABLISHMENT]: site.id,
  },
  sourceIp,
})

export interface GateScan {
  siteId: string
  gateId: string
  direction: Direction
  code: string
}

export interface ScanAnswer {
  passage: PassageRow
  fullName: string
  /** People inside the site after this passage. */
  occupancy: number
}

/**
 * A passage at a gate by the identity QR (used once) or the chip card's QR, confirmed by the
 * registry; the token's use, the passage and the audit entry commit together or not at all.
 * @throws CHECKPOINTS_SITE_NOT_FOUND, CHECKPOINTS_NOT_YOUR_SITE, CHECKPOINTS_GATE_NOT_FOUND,
 *   CHECKPOINTS_IDENTITY_MISMATCH, VERIFICATION_CODE_UNREADABLE, VERIFICATION_TOKEN_REFUSED,
 *   VERIFICATION_TOKEN_REPLAYED
 */
export async function scanAtGate(
  db: Executor,
  staff: { principal: Principal; ip: string; identity: IdentityKeys; now: Date },
  scan: GateScan,
): Promise<ScanAnswer> {
  const site = await siteFor(db, staff.principal, 'checkpoints.gate.scan', scan.siteId)
  await assertGatesOfSite(db, site, [scan.gateId])
  const answer = await db.transaction(async (tx) => {
    const read = await readPresentedCode(tx, staff.identity, scan.code, `checkpoint:${site.id}`)
    if (read.result !== 'match')
      throw checkpointsErrors.refuse('IDENTITY_MISMATCH', { result: read.result })
    const actor = auditActor(staff.principal, 'checkpoints.gate.scan', site)
    const [passage] = await recordPassages(
      tx,
      site,
      [
        {
          gateId: scan.gateId,
          direction: scan.direction,
          method: read.method,
          personalNumber: read.presented.personalNumber,
          occurredAt: staff.now,
          eventId: null,
          recordedBy: staff.principal.accountId,
        },
      ],
      (rows) =>
        rows.map((r) => passageAccess(actor, 'checkpoints.passage.scan', site, r, staff.ip)),
    )
    return { passage: passage!, fullName: read.presented.fullName }
  })
  const inside = await countInside(db, site.id)
  return { ...answer, occupancy: inside.reduce((sum, g) => sum + g.inside, 0) }
}
