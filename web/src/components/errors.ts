import { ApiError } from '../api/client'
import type { I18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import type { ErrorCode } from '../api/types'

// Typed by the server's error catalogues (generated): a code they no longer have fails to compile.
const BY_CODE: Partial<Record<ErrorCode | 'NETWORK', MessageKey>> = {
  NETWORK: 'error.network',
  AUTH_REQUIRED: 'error.signInRequired',
  AUTH_FORBIDDEN: 'error.forbidden',
  AUTH_OUTSIDE_JURISDICTION: 'error.outsideJurisdiction',
  REQUEST_INVALID: 'error.invalid',
  IDENTITY_SMS_UNAVAILABLE: 'error.smsUnavailable',
  IDENTITY_ACCOUNT_LOCKED: 'error.accountLocked',
  IDENTITY_SIGN_IN_FAILED: 'error.signInFailed',
  IDENTITY_REGISTRY_MISMATCH: 'error.registryMismatch',
  IDENTITY_ALREADY_REGISTERED: 'error.alreadyRegistered',
  IDENTITY_CODE_INVALID: 'error.codeInvalid',
  IDENTITY_CODE_EXPIRED: 'error.codeExpired',
  IDENTITY_PASSWORD_WEAK: 'error.passwordWeak',
  IDENTITY_SECOND_FACTOR_INVALID: 'error.secondFactorInvalid',
  IDENTITY_SECOND_FACTOR_REQUIRED: 'error.secondFactorRequired',
  IDENTITY_ACCOUNT_NOT_FOUND: 'error.accountNotFound',
  IDENTITY_ALREADY_LEVEL_2: 'error.alreadyLevel2',
  IDENTITY_RESIDENT_NOT_ELIGIBLE: 'error.notEligible',
  IDENTITY_TOTP_NOT_STARTED: 'error.totpNotStarted',
  IDENTITY_TOKEN_EXPIRED: 'error.tokenExpired',
  IDENTITY_TOKEN_REPLAYED: 'error.tokenReplayed',
  IDENTITY_TOKEN_MALFORMED: 'error.tokenInvalid',
  IDENTITY_TOKEN_TYPE: 'error.tokenInvalid',
  IDENTITY_TOKEN_ALGORITHM: 'error.tokenInvalid',
  IDENTITY_TOKEN_SIGNATURE: 'error.tokenInvalid',
  IDENTITY_TOKEN_CLAIMS: 'error.tokenInvalid',
  IDENTITY_TOKEN_WRONG_ISSUER: 'error.tokenInvalid',
  IDENTITY_TOKEN_NOT_YET_VALID: 'error.tokenInvalid',
  POPULATION_RESIDENT_NOT_FOUND: 'error.residentNotFound',
  POPULATION_SEARCH_TOO_BROAD: 'error.searchTooBroad',
  POPULATION_UNIT_NOT_FOUND: 'error.unitNotFound',
  POPULATION_SUCCESSOR_UNKNOWN: 'error.successorUnknown',
  SSO_INTERACTION_NOT_FOUND: 'error.interactionExpired',
}

/**
 * What to tell a person about a failure, in their language. Unknown codes fall back on the
 * platform's own message, which is written "Vietnamese / English".
 */
export function describeError(
  { t, language }: Pick<I18n, 't' | 'language'>,
  error: unknown,
): string {
  if (!(error instanceof ApiError)) return t('error.unexpected')
  // A lock that tells the person what to do says that rather than only how long to wait.
  if (error.code === 'IDENTITY_ACCOUNT_LOCKED') return t('error.accountLocked')
  if (error.status === 429)
    return error.retryAfterSeconds === null
      ? t('error.tooManyAttempts')
      : t('error.tooManyAttemptsWait', { seconds: error.retryAfterSeconds })
  const key = BY_CODE[error.code as ErrorCode]
  if (key) return t(key)
  if (error.status >= 500) return t('error.server')
  const [vi, en] = error.message.split(' / ')
  const own = language === 'en' ? (en ?? vi) : vi
  return own?.trim() ? own : t('error.unexpected')
}

/** Per-field problems of a REQUEST_INVALID refusal, by field name. */
export function fieldProblems(error: unknown): Set<string> {
  if (!(error instanceof ApiError) || error.code !== 'REQUEST_INVALID') return new Set()
  const details = Array.isArray(error.details) ? (error.details as { field?: unknown }[]) : []
  return new Set(details.map((d) => (typeof d.field === 'string' ? d.field : '')).filter(Boolean))
}
