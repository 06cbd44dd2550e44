import { assertJurisdiction } from '../../../platform/auth/access.js'
import type { Principal } from '../../../platform/auth/principal.js'
import type { Permission } from '../../../platform/auth/roles.js'
import type { Database, Executor } from '../../../platform/db/database.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { auditActor, recordAudit } from '../../audit/index.js'
import { getResident, getResidentsByNumbers, placeOfCommune } from '../../population/index.js'
import { programmeOf, unmetConditions } from '../programmes/programmes.js'
import { welfareErrors } from '../welfare.errors.js'
import type { BeneficiaryStatus } from '../welfare.tables.js'
import {
  findBeneficiary,
  findCurrent,
  findHistory,
  findList,
  insertBeneficiary,
  insertHistory,
  updateBeneficiary,
  type BeneficiaryRecord,
} from './beneficiaries.queries.js'

export interface Actor {
  principal: Principal
  ip: string
}

/** The month (YYYY-MM) in Vietnam at an instant. */
export const monthOf = (at: Date = new Date()): string => vietnamDate(at).slice(0, 7)

/** @throws WELFARE_COMMUNE_UNKNOWN, AUTH_OUTSIDE_JURISDICTION */
export async function assertCommune(
  db: Executor,
  principal: Principal,
  permission: Permission,
  communeCode: string,
): Promise<void> {
  const place = await placeOfCommune(db, communeCode)
  if (!place) throw welfareErrors.refuse('COMMUNE_UNKNOWN')
  assertJurisdiction(principal, permission, place)
}

/**
 * A status change and its line of history, in the caller's transaction. `actorAccountId` is null
 * for what the registry's events and jobs change.
 */
export async function changeBeneficiary(
  tx: Executor,
  beneficiary: BeneficiaryRecord,
  change: {
    what: string
    note?: string | null
    actorAccountId: string | null
    set: Parameters<typeof updateBeneficiary>[2]
  },
): Promise<BeneficiaryRecord> {
  const updated = await updateBeneficiary(tx, beneficiary.id, change.set)
  await historyOf(tx, updated, change)
  return updated
}

/** The line of history of an entry as it now stands. */
const historyOf = (
  tx: Executor,
  row: BeneficiaryRecord,
  change: { what: string; note?: string | null; actorAccountId: string | null },
) =>
  insertHistory(tx, {
    beneficiaryId: row.id,
    status: row.status,
    communeCode: row.communeCode,
    change: change.what,
    note: change.note ?? null,
    actorAccountId: change.actorAccountId,
  })

/** A new entry with its first line of history, in the caller's transaction. */
export async function listBeneficiary(
  tx: Executor,
  entry: {
    programmeCode: string
    personalNumber: string
    communeCode: string
    status: BeneficiaryStatus
    what: string
    note?: string | null
    actorAccountId: string | null
  },
): Promise<BeneficiaryRecord> {
  const row = await insertBeneficiary(tx, {
    programmeCode: entry.programmeCode,
    personalNumber: entry.personalNumber,
    communeCode: entry.communeCode,
    status: entry.status,
    fromPeriod: monthOf(),
  })
  await historyOf(tx, row, entry)
  return row
}

/**
 * Adds a person to a programme's list in a commune, by personal number, after checking them
 * against the registry (alive, residence, age, other lists): active from this month.
 * @throws WELFARE_PROGRAMME_UNKNOWN, _PROGRAMME_NOT_PAID, _COMMUNE_UNKNOWN, AUTH_OUTSIDE_JURISDICTION,
 *   POPULATION_PERSONAL_NUMBER_INVALID, _RESIDENT_NOT_FOUND, WELFARE_NOT_ELIGIBLE, _ALREADY_LISTED
 */
export async function addBeneficiary(
  database: Database,
  actor: Actor,
  input: { programmeCode: string; personalNumber: string; communeCode: string; note?: string },
): Promise<BeneficiaryRecord> {
  const programme = programmeOf(input.programmeCode)
  if (programme.kind === 'loan') throw welfareErrors.refuse('PROGRAMME_NOT_PAID')
  const db = database.db
  await assertCommune(db, actor.principal, 'welfare.manage', input.communeCode)
  const resident = await getResident(db, input.personalNumber)
  const unmet = await unmetConditions(db, programme, resident, input.communeCode)
  if (unmet.length > 0) throw welfareErrors.refuse('NOT_ELIGIBLE', { unmet })
  return db.transaction(async (tx) => {
    if (await findCurrent(tx, programme.code, resident.personalNumber))
      throw welfareErrors.refuse('ALREADY_LISTED')
    const row = await listBeneficiary(tx, {
      ...input,
      status: 'active',
      what: 'added',
      actorAccountId: actor.principal.accountId,
    })
    await recordAudit(tx, {
      actor: auditActor(actor.principal, 'welfare.manage'),
      subjectPersonalNumber: resident.personalNumber,
      action: 'welfare.beneficiary.add',
      purpose: null,
      summary: { programme: programme.code, commune: input.communeCode },
      sourceIp: actor.ip,
    })
    return row
  })
}

export const DECISIONS = {
  approve: { from: ['proposed'], to: 'active' },
  refuse: { from: ['proposed'], to: 'ended' },
  stop: { from: ['active'], to: 'stopped' },
} as const satisfies Record<string, { from: BeneficiaryStatus[]; to: BeneficiaryStatus }>
export type Decision = keyof typeof DECISIONS

/**
 * The commune's decision on an entry: approve or refuse a proposal, stop an active entry (paid
 * through this month).
 * @throws WELFARE_BENEFICIARY_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION, WELFARE_DECISION_NOT_ALLOWED
 */
export async function decideBeneficiary(
  database: Database,
  actor: Actor,
  id: string,
  input: { action: Decision; note: string },
): Promise<BeneficiaryRecord> {
  return database.db.transaction(async (tx) => {
    const row = await findBeneficiary(tx, id, true)
    if (!row) throw welfareErrors.refuse('BENEFICIARY_NOT_FOUND')
    await assertCommune(tx, actor.principal, 'welfare.manage', row.communeCode)
    const rule = DECISIONS[input.action]
    if (!(rule.from as readonly string[]).includes(row.status))
      throw welfareErrors.refuse('DECISION_NOT_ALLOWED', {
        status: row.status,
        action: input.action,
      })
    const month = monthOf()
    return changeBeneficiary(tx, row, {
      what: input.action,
      note: input.note,
      actorAccountId: actor.principal.accountId,
      set:
        input.action === 'approve'
          ? { status: rule.to, fromPeriod: month }
          : { status: rule.to, untilPeriod: month },
    })
  })
}

/** Entries with the registry's name, for the lists officers read. */
export async function withNames<T extends { personalNumber: string }>(
  db: Executor,
  rows: T[],
): Promise<(T & { fullName: string })[]> {
  const people = await getResidentsByNumbers(
    db,
    rows.map((r) => r.personalNumber),
  )
  return rows.map((r) => ({ ...r, fullName: people.get(r.personalNumber)?.fullName ?? '' }))
}

/** @throws WELFARE_PROGRAMME_UNKNOWN, _COMMUNE_UNKNOWN, AUTH_OUTSIDE_JURISDICTION */
export async function listBeneficiaries(
  db: Executor,
  principal: Principal,
  filter: { programmeCode: string; communeCode: string; status?: BeneficiaryStatus },
) {
  programmeOf(filter.programmeCode)
  await assertCommune(db, principal, 'welfare.read', filter.communeCode)
  return withNames(db, await findList(db, filter))
}

/** @throws WELFARE_BENEFICIARY_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION */
export async function beneficiaryDetail(db: Executor, principal: Principal, id: string) {
  const row = await findBeneficiary(db, id)
  if (!row) throw welfareErrors.refuse('BENEFICIARY_NOT_FOUND')
  await assertCommune(db, principal, 'welfare.read', row.communeCode)
  const [named] = await withNames(db, [row])
  return { ...named!, history: await findHistory(db, id) }
}
