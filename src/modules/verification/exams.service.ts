import type { Principal } from '../../platform/auth/principal.js'
import type { Executor } from '../../platform/db/database.js'
import { foldName } from '../population/index.js'
import { candidatesOf, type CandidateSheet, type RejectedRow } from './candidate-list.js'
import { hasMatchedCheckIn, findChecksOfSession, type CheckRow } from './checks.queries.js'
import { saveCheck, staffChecker, type RecordedCheck } from './checks.service.js'
import {
  findCandidate,
  findCandidates,
  findSessionOfPartner,
  findSessionsOfPartner,
  insertCandidates,
  insertSession,
  type CandidateRow,
  type SessionRow,
} from './exams.queries.js'
import { partnerOfStaff } from './partners.service.js'
import type { PartnerRow } from './partners.queries.js'
import { readPresentedCode, type IdentityKeys } from './presented-identity.js'
import { notExamPartner, sessionNotFound } from './verification.errors.js'
import type { CheckFlag, CheckResult } from './verification.tables.js'

/**
 * Exam sessions (models 17, 21): an exam board or school imports its candidate list, checks each
 * candidate at the door against the list and the registry, and prints who attended. Impostor
 * attempts (a name or birth date that is not the listed one's) and a second check-in of the same
 * person are flagged.
 */

/** @throws VERIFICATION_NO_PARTNER, VERIFICATION_NOT_EXAM_PARTNER */
async function examPartner(db: Executor, principal: Principal): Promise<PartnerRow> {
  const partner = await partnerOfStaff(db, principal)
  if (partner.kind !== 'examBoard' && partner.kind !== 'school') throw notExamPartner()
  return partner
}

/** @throws as examPartner, VERIFICATION_SESSION_NOT_FOUND (another partner's too) */
async function ownSession(db: Executor, principal: Principal, id: string) {
  const partner = await examPartner(db, principal)
  const session = await findSessionOfPartner(db, partner.id, id)
  if (!session) throw sessionNotFound()
  return { partner, session }
}

export async function createSession(
  db: Executor,
  principal: Principal,
  session: { title: string; startsAt: Date },
): Promise<SessionRow> {
  const partner = await examPartner(db, principal)
  return insertSession(db, {
    partnerId: partner.id,
    title: session.title.trim(),
    startsAt: session.startsAt,
  })
}

export async function listSessions(db: Executor, principal: Principal): Promise<SessionRow[]> {
  return findSessionsOfPartner(db, (await examPartner(db, principal)).id)
}

/**
 * Imports a candidate list: good rows are added, bad rows reported by line; a candidate already
 * on the list is reported, not changed.
 */
export async function importCandidates(
  db: Executor,
  principal: Principal,
  request: { sessionId: string; sheet: CandidateSheet },
): Promise<{ imported: number; rejected: RejectedRow[] }> {
  const { session } = await ownSession(db, principal, request.sessionId)
  const { candidates, rejected } = candidatesOf(request.sheet)
  const added = await insertCandidates(db, session.id, candidates)
  const listed = candidates
    .filter((c) => !added.has(c.personalNumber))
    .map((c) => ({
      line: c.line,
      message: `Dòng ${c.line}: thí sinh đã có trong danh sách / Line ${c.line}: candidate already listed`,
    }))
  return {
    imported: added.size,
    rejected: [...rejected, ...listed].sort((a, b) => a.line - b.line),
  }
}

/** The list's own identity disagrees with the presented one (someone sitting for another). */
const differsFromList = (
  listed: CandidateRow,
  presented: { fullName: string; birthDate: string },
) =>
  foldName(listed.fullName) !== foldName(presented.fullName) ||
  listed.birthDate !== presented.birthDate

/**
 * Checks a candidate at the door: the code is read and compared with the registry and the list,
 * then recorded as an exam attendance, flagged when not on the list or already checked in.
 */
export async function checkCandidate(
  db: Executor,
  identity: IdentityKeys,
  request: { principal: Principal; ip: string; sessionId: string; code: string },
): Promise<RecordedCheck & { candidate: CandidateRow | null }> {
  const { partner, session } = await ownSession(db, request.principal, request.sessionId)
  const read = await readPresentedCode(db, identity, request.code, `partner:${partner.id}`)
  const number = read.presented.personalNumber
  const candidate = (await findCandidate(db, session.id, number)) ?? null
  const flag: CheckFlag | null = !candidate
    ? 'notOnList'
    : (await hasMatchedCheckIn(db, session.id, number))
      ? 'secondCheckIn'
      : null
  const result: CheckResult =
    read.result === 'match' && candidate && differsFromList(candidate, read.presented)
      ? 'mismatch'
      : read.result
  const check = await saveCheck(db, staffChecker(partner, request.principal, request.ip), {
    sessionId: session.id,
    purpose: 'examAttendance',
    method: read.method,
    personalNumber: number,
    result,
    eidLevel: read.eidLevel,
    flag,
  })
  return { check, presented: read.presented, candidate }
}

export type Attendance = 'present' | 'mismatch' | 'absent'

/** The attendance report: each listed candidate's standing, and every flagged check. */
export interface SessionReport {
  session: SessionRow
  partner: PartnerRow
  candidates: (CandidateRow & { attendance: Attendance; checkedAt: Date | null })[]
  flagged: CheckRow[]
  totals: { listed: number; present: number; absent: number; flagged: number }
}

function attendanceOf(checks: CheckRow[]): { attendance: Attendance; checkedAt: Date | null } {
  const matched = checks.find((c) => c.result === 'match')
  if (matched) return { attendance: 'present', checkedAt: matched.checkedAt }
  const other = checks[0]
  return other
    ? { attendance: 'mismatch', checkedAt: other.checkedAt }
    : { attendance: 'absent', checkedAt: null }
}

/** @throws as ownSession */
export async function sessionReport(
  db: Executor,
  principal: Principal,
  id: string,
): Promise<SessionReport> {
  const { partner, session } = await ownSession(db, principal, id)
  const [candidates, checks] = await Promise.all([
    findCandidates(db, session.id),
    findChecksOfSession(db, session.id),
  ])
  const rows = candidates.map((c) => ({
    ...c,
    ...attendanceOf(checks.filter((k) => k.personalNumber === c.personalNumber)),
  }))
  const flagged = checks.filter((c) => c.flag !== null || c.result !== 'match')
  const present = rows.filter((r) => r.attendance === 'present').length
  return {
    session,
    partner,
    candidates: rows,
    flagged,
    totals: {
      listed: rows.length,
      present,
      absent: rows.length - present,
      flagged: flagged.length,
    },
  }
}
