import type { PlanAgencyRef, PlanModelSummary, PlanReportState, PlanStatus } from '../../api/types'
import type { I18n } from '../../i18n/i18n'
import type { Language } from '../../i18n/messages'
import type { PlanKey } from './messages'

export const GROUPS = ['I', 'II', 'III', 'IV', 'V'] as const
export type Group = (typeof GROUPS)[number]
export const isGroup = (value: string | null): value is Group =>
  (GROUPS as readonly (string | null)[]).includes(value)

const GROUP_NAMES: Record<Group, PlanKey> = {
  I: 'plan.group.I',
  II: 'plan.group.II',
  III: 'plan.group.III',
  IV: 'plan.group.IV',
  V: 'plan.group.V',
}

export const STATUSES: PlanStatus[] = ['not_started', 'in_progress', 'done', 'overdue']

const STATUS_NAMES: Record<PlanStatus, PlanKey> = {
  not_started: 'plan.status.not_started',
  in_progress: 'plan.status.in_progress',
  done: 'plan.status.done',
  overdue: 'plan.status.overdue',
}

const REPORT_STATES: Record<PlanReportState, PlanKey> = {
  submitted: 'plan.reportState.submitted',
  late: 'plan.reportState.late',
  draft: 'plan.reportState.draft',
  due: 'plan.reportState.due',
  missing: 'plan.reportState.missing',
}

export const groupName = (t: I18n<PlanKey>['t'], group: string): string =>
  isGroup(group) ? t(GROUP_NAMES[group]) : group

/** A status as shown; anything the app does not know (a newer server) as the server wrote it. */
export const statusName = (t: I18n<PlanKey>['t'], status: string): string =>
  status in STATUS_NAMES ? t(STATUS_NAMES[status as PlanStatus]) : status

export const reportStateName = (t: I18n<PlanKey>['t'], state: PlanReportState): string =>
  t(REPORT_STATES[state])

/**
 * The platform writes reference texts "Tiếng Việt / English": the half of the language shown. The
 * Vietnamese half never holds " / "; the English one may ("services live online / 53").
 */
export function inLanguage(text: string, language: Language): string {
  const cut = text.indexOf(' / ')
  if (cut < 0) return text
  return language === 'en' ? text.slice(cut + 3) : text.slice(0, cut)
}

export const agencyName = (agency: PlanAgencyRef, language: Language): string =>
  language === 'en' ? agency.nameEn : agency.nameVi

/** The name after "Mô hình N:", which the plan writes into every Vietnamese name and pages show. */
export const modelName = (
  model: Pick<PlanModelSummary, 'nameVi' | 'nameEn'>,
  language: Language,
) => (language === 'en' ? model.nameEn : model.nameVi.replace(/^Mô hình \d+:\s*/, ''))

/** '2026-11' as '11/2026'. */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month)
  return match ? `${match[2]!}/${match[1]!}` : month
}

/** The month `count` months before the given one ('YYYY-MM'). */
export function monthBefore(month: string, count: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) - count
  return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}`
}

export const isMonth = (value: string | null): value is string =>
  value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)
