import type { Language } from '../../i18n/messages'
import type { ServicesI18n, ServicesKey } from './messages'
import type { Named } from './types'

/** A catalogue text in the page's language. */
export const inLanguage = (text: Named, language: Language): string =>
  language === 'en' ? text.en : text.vi

/** A sum of đồng as the page's language writes it; "free" for nothing. */
export function feeText({ t, number }: ServicesI18n, amount: number): string {
  return amount === 0 ? t('services.free') : t('services.feeAmount', { amount: number(amount) })
}

/** A legal time limit in working days. */
export const timeLimitText = ({ t }: ServicesI18n, days: number): string =>
  days === 0 ? t('services.sameDay') : t('services.days', { count: days })

const STATUSES = ['received', 'in_review', 'needs_info', 'approved', 'refused', 'linked'] as const
const EVENTS = [
  'received',
  'assigned',
  'info_requested',
  'info_provided',
  'approved',
  'refused',
  'fee_paid',
  'result_issued',
] as const

/** A dossier's status in words; an unknown one as it came, so that a new status still shows. */
export function statusText({ t }: ServicesI18n, status: string): string {
  return (STATUSES as readonly string[]).includes(status)
    ? t(`status.${status}` as ServicesKey)
    : status
}

export function eventText({ t }: ServicesI18n, kind: string): string {
  return (EVENTS as readonly string[]).includes(kind) ? t(`event.${kind}` as ServicesKey) : kind
}

/** The colour of a status badge: green done, red refused, orange waiting on the resident. */
export function statusColor(status: string): string {
  switch (status) {
    case 'approved':
      return 'green'
    case 'refused':
      return 'red'
    case 'needs_info':
      return 'orange'
    default:
      return 'blue'
  }
}
