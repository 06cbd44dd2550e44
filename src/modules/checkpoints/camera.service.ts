import { Type, type Static } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'
import { compactVerify, decodeProtectedHeader, importJWK } from 'jose'
import type { Principal } from '../../platform/auth/principal.js'
import type { Executor } from '../../platform/db/database.js'
import { auditActor } from '../audit/index.js'
import { checkpointsErrors } from './checkpoints.errors.js'
import { assertGatesOfSite, passageAccess, recordPassages } from './passages.service.js'
import { demographyOf } from './passage-rules.js'
import { siteFor } from './site-access.js'
import { findLiveCameraKeys, type SiteRow } from './sites.queries.js'

export const MAX_BATCH_EVENTS = 1_000

/** One identity match of the site's cameras, with the camera system's own id. */
export const CameraEvent = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 100 }),
    gateId: Type.String({ pattern: '^[0-9a-fA-F-]{36}$' }),
    direction: Type.Union([Type.Literal('entry'), Type.Literal('exit')]),
    personalNumber: Type.String({ pattern: '^[0-9]{12}$' }),
    occurredAt: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})$' }),
  },
  { additionalProperties: false },
)

/** What the camera system signs: the site and its events. */
export const CameraBatch = Type.Object(
  {
    siteId: Type.String(),
    events: Type.Array(CameraEvent, { minItems: 1, maxItems: MAX_BATCH_EVENTS }),
  },
  { additionalProperties: false },
)
export type CameraBatch = Static<typeof CameraBatch>

export interface BatchAnswer {
  received: number
  recorded: number
  duplicates: number
  flagged: number
}

/**
 * The batch's content once its signature checks against a camera key of the site (the header's
 * kid names the key; without one every key in force is tried).
 * @throws CHECKPOINTS_BATCH_UNREADABLE, CHECKPOINTS_BATCH_SIGNATURE, CHECKPOINTS_BATCH_INVALID
 */
export async function openBatch(db: Executor, site: SiteRow, jws: string): Promise<CameraBatch> {
  let kid: string | undefined
  try {
    kid = decodeProtectedHeader(jws).kid
  } catch {
    throw checkpointsErrors.refuse('BATCH_UNREADABLE')
  }
  for (const key of await findLiveCameraKeys(db, site.id, kid)) {
    let payload: Uint8Array
    try {
      const verified = await compactVerify(jws, await importJWK(key.publicJwk, 'ES256'), {
        algorithms: ['ES256'],
      })
      payload = verified.payload
    } catch {
      continue
    }
    return contentOf(site, payload)
  }
  throw checkpointsErrors.refuse('BATCH_SIGNATURE')
}

function contentOf(site: SiteRow, payload: Uint8Array): CameraBatch {
  let content: unknown
  try {
    content = JSON.parse(new TextDecoder().decode(payload))
  } catch {
    throw checkpointsErrors.refuse('BATCH_INVALID', { reason: 'not JSON' })
  }
  const problem = Value.Errors(CameraBatch, content).First()
  if (problem) throw checkpointsErrors.refuse('BATCH_INVALID', { path: problem.path })
  const batch = content as CameraBatch
  if (batch.siteId !== site.id) throw checkpointsErrors.refuse('BATCH_INVALID', { path: '/siteId' })
  const ids = new Set<string>()
  for (const [index, event] of batch.events.entries()) {
    if (ids.has(event.id)) throw checkpointsErrors.refuse('BATCH_DUPLICATE_ID', { id: event.id })
    ids.add(event.id)
    if (!demographyOf(event.personalNumber))
      throw checkpointsErrors.refuse('PERSONAL_NUMBER_INVALID', { index })
    if (Number.isNaN(Date.parse(event.occurredAt)))
      throw checkpointsErrors.refuse('BATCH_INVALID', { path: `/events/${index}/occurredAt` })
  }
  return batch
}

/**
 * Records a camera system's signed batch: a resent batch records nothing twice (the event ids are
 * unique per site), and the answer says how many were new. All of it or nothing.
 * @throws CHECKPOINTS_SITE_NOT_FOUND, CHECKPOINTS_NOT_YOUR_SITE, CHECKPOINTS_GATE_NOT_FOUND and
 *   openBatch's refusals
 */
export async function ingestCameraBatch(
  db: Executor,
  system: { principal: Principal; ip: string },
  request: { siteId: string; batch: string },
): Promise<BatchAnswer> {
  const site = await siteFor(db, system.principal, 'checkpoints.events.post', request.siteId)
  const batch = await openBatch(db, site, request.batch)
  await assertGatesOfSite(db, site, [...new Set(batch.events.map((e) => e.gateId))])
  const actor = auditActor(system.principal, 'checkpoints.events.post', site)
  const answerOf = (rows: { flag: string | null }[]): BatchAnswer => ({
    received: batch.events.length,
    recorded: rows.length,
    duplicates: batch.events.length - rows.length,
    flagged: rows.filter((r) => r.flag).length,
  })
  return db.transaction(async (tx) => {
    const rows = await recordPassages(
      tx,
      site,
      batch.events.map((e) => ({
        gateId: e.gateId,
        direction: e.direction,
        method: 'camera' as const,
        personalNumber: e.personalNumber,
        occurredAt: new Date(e.occurredAt),
        eventId: e.id,
        recordedBy: null,
      })),
      // The batch's own entry and, for each person recorded, theirs: one INSERT.
      (recorded) => [
        {
          actor,
          subjectPersonalNumber: null,
          action: 'checkpoints.camera.batch',
          purpose: null,
          summary: { siteId: site.id, ...answerOf(recorded) },
          sourceIp: system.ip,
        },
        ...recorded.map((r) =>
          passageAccess(actor, 'checkpoints.passage.camera', site, r, system.ip),
        ),
      ],
    )
    return answerOf(rows)
  })
}
