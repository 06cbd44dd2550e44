import { ApiError } from '../../api/client'
import type { ErrorCode } from '../../api/types'
import { describeError } from '../../components/errors'
import type { I18n } from '../../i18n/i18n'
import type { KioskKey } from './messages'

// The kiosk's own refusals, said to someone standing at the screen: what to do next.
const KIOSK_ERRORS: Partial<Record<ErrorCode, KioskKey>> = {
  IDENTITY_KIOSK_NO_ACCOUNT: 'kiosk.noAccount',
  IDENTITY_KIOSK_NO_PHONE: 'kiosk.noPhone',
  IDENTITY_KIOSK_CHALLENGE_CLOSED: 'kiosk.challengeClosed',
  IDENTITY_KIOSK_CHALLENGE_NOT_FOUND: 'kiosk.challengeClosed',
  IDENTITY_CODE_EXPIRED: 'kiosk.codeExpired',
}

const attemptsLeftOf = (error: ApiError): number | undefined => {
  const left = (error.details as { attemptsLeft?: unknown } | null)?.attemptsLeft
  return typeof left === 'number' ? left : undefined
}

/** A refusal of the kiosk's sign-in in the person's language; others as everywhere else. */
export function describeKioskError(i18n: I18n<KioskKey>, error: unknown): string {
  if (error instanceof ApiError) {
    const left = error.code === 'IDENTITY_CODE_INVALID' ? attemptsLeftOf(error) : undefined
    if (left !== undefined)
      return left > 0 ? i18n.t('kiosk.codeWrong', { left }) : i18n.t('kiosk.challengeClosed')
    const key = KIOSK_ERRORS[error.code as ErrorCode]
    if (key) return i18n.t(key)
  }
  return describeError(i18n, error)
}
