import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { principalOfAccount } from '../../identity/index.js'
import { serviceNamed } from '../catalogue/catalogue.js'
import type { DossierRow } from '../filing/filing.queries.js'
import {
  assigneeNotEligible,
  dossierAlreadyDecided,
  dossierNotFound,
  infoAlreadyRequested,
  refusalReasonRequired,
} from '../services.errors.js'
import { applyEffect } from './effect.js'
import { assertHandles, mayHandle } from './handling-access.js'
import type { HandlingDeps } from './handling.types.js'
import { insertEvent, lockDossier, updateDossier, type DossierChange } from './handling.queries.js'
import { lockParent, syncParent } from './linked.js'
import { notifyApplicant, type NoticeKind } from './notices.js'
import { recordDecision } from './outbox.js'

/** Where a dossier stands after an officer's action. */
export interface HandlingOutcome {
  code: string
  status: string
  dueAt: string
  pausedAt: string | null
  assigneeId: string | null
  decidedAt: string | null
  decisionReason: string | null
  outcome: Record<string, unknown> | null
}

export const outcomeOf = (row: DossierRow): HandlingOutcome => ({
  code: row.code,
  status: row.status,
  dueAt: row.dueAt.toISOString(),
  pausedAt: row.pausedAt?.toISOString() ?? null,
  assigneeId: row.assigneeId,
  decidedAt: row.decidedAt?.toISOString() ?? null,
  decisionReason: row.decisionReason,
  outcome: row.outcome,
})

const DECIDED = new Set(['approved', 'refused'])

interface Step {
  tx: Executor
  dossier: DossierRow
  /** The linked filing the dossier is a part of, locked with it. */
  parent: DossierRow | undefined
  now: Date
}

/**
 * Runs one action on a dossier the officer handles, in one transaction with the dossier (and
 * its linked filing) locked: all of it is written, or none. A decided dossier is refused.
 * @throws SERVICE_DOSSIER_NOT_FOUND, _OUTSIDE_UNITS, _IS_LINKED_FILING, _ALREADY_DECIDED
 */
async function act(
  deps: HandlingDeps,
  principal: Principal,
  code: string,
  action: (step: Step) => Promise<DossierChange & { event: NoticeEvent }>,
): Promise<DossierRow> {
  const now = deps.now()
  const changed = await deps.database.db.transaction(async (tx) => {
    const dossier = await lockDossier(tx, code)
    if (!dossier) throw dossierNotFound()
    assertHandles(principal, dossier)
    // Part first, then its filing: every action locks in this order, so none waits in a cycle.
    const parent = await lockParent(tx, dossier)
    if (DECIDED.has(dossier.status)) throw dossierAlreadyDecided(dossier.status)
    const { event, ...change } = await action({ tx, dossier, parent, now })
    const row = await updateDossier(tx, dossier.id, change)
    await insertEvent(tx, {
      dossierId: row.id,
      kind: event.kind,
      actorId: principal.accountId,
      at: now,
      ...(event.note ? { note: event.note } : {}),
    })
    if (DECIDED.has(row.status)) await recordDecision(tx, row)
    await syncParent(tx, parent, now)
    return { row, notice: event.notice }
  })
  if (changed.notice) await tellApplicant(deps, changed.row, changed.notice)
  return changed.row
}

interface NoticeEvent {
  kind: 'assigned' | 'info_requested' | 'approved' | 'refused'
  note?: string | null | undefined
  notice?: NoticeKind
}

/** After the commit: a failed message does not undo the decision; it is logged. */
async function tellApplicant(deps: HandlingDeps, row: DossierRow, kind: NoticeKind) {
  try {
    await notifyApplicant(deps.database.db, deps.sender, row, kind)
  } catch (error) {
    deps.noticeFailed(error, row.code)
  }
}

/**
 * Assigns the dossier to the officer, or to a colleague who may handle it too; a received
 * dossier goes into review. @throws as act, and SERVICE_ASSIGNEE_NOT_ELIGIBLE
 */
export async function assignDossier(
  deps: HandlingDeps,
  principal: Principal,
  code: string,
  assigneeId: string | undefined,
): Promise<DossierRow> {
  return act(deps, principal, code, async ({ tx, dossier }) => {
    const assignee = assigneeId ?? principal.accountId
    if (assignee !== principal.accountId) {
      const colleague = await principalOfAccount(tx, assignee)
      if (!colleague || !mayHandle(colleague, dossier)) throw assigneeNotEligible()
    }
    return {
      assigneeId: assignee,
      status: dossier.status === 'received' ? 'in_review' : dossier.status,
      event: { kind: 'assigned' },
    }
  })
}

/**
 * Asks the resident for more: the clock pauses until they answer, and they are told.
 * @throws as act, and SERVICE_INFO_ALREADY_REQUESTED
 */
export async function requestInfo(
  deps: HandlingDeps,
  principal: Principal,
  code: string,
  message: string,
): Promise<DossierRow> {
  return act(deps, principal, code, async ({ dossier, now }) => {
    if (dossier.status === 'needs_info') throw infoAlreadyRequested()
    return {
      status: 'needs_info',
      pausedAt: now,
      assigneeId: dossier.assigneeId ?? principal.accountId,
      event: { kind: 'info_requested', note: message, notice: 'info_requested' },
    }
  })
}

/**
 * Approves the dossier: the service's registry change is made in the same transaction and what
 * it returns is kept as the outcome; should it fail, nothing is approved. @throws as act, and
 * the population module's refusals of the change
 */
export async function approveDossier(
  deps: HandlingDeps,
  principal: Principal,
  code: string,
  reason: string | undefined,
): Promise<DossierRow> {
  return act(deps, principal, code, async ({ tx, dossier, parent, now }) => ({
    status: 'approved',
    decidedAt: now,
    pausedAt: null,
    decisionReason: reason?.trim() || null,
    outcome: await applyEffect(tx, serviceNamed(dossier.serviceCode).definition, dossier, parent),
    assigneeId: dossier.assigneeId ?? principal.accountId,
    event: { kind: 'approved', note: reason?.trim() || null, notice: 'approved' },
  }))
}

/** Refuses the dossier with its reason. @throws as act, and SERVICE_REFUSAL_REASON_REQUIRED */
export async function refuseDossier(
  deps: HandlingDeps,
  principal: Principal,
  code: string,
  reason: string | undefined,
): Promise<DossierRow> {
  return act(deps, principal, code, async ({ dossier, now }) => {
    const given = reason?.trim()
    if (!given) throw refusalReasonRequired()
    return {
      status: 'refused',
      decidedAt: now,
      pausedAt: null,
      decisionReason: given,
      assigneeId: dossier.assigneeId ?? principal.accountId,
      event: { kind: 'refused', note: given, notice: 'refused' },
    }
  })
}
