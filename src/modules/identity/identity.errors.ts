import { defineErrors, type AppError } from '../../platform/http/errors.js'
import type { IdentityTokenReason } from './qr/identity-token-claims.js'

type TokenRefusal = IdentityTokenReason extends `IDENTITY_${infer K}` ? K : never
const TOKEN_REFUSALS: readonly TokenRefusal[] = [
  'TOKEN_MALFORMED',
  'TOKEN_TYPE',
  'TOKEN_ALGORITHM',
  'TOKEN_SIGNATURE',
  'TOKEN_CLAIMS',
  'TOKEN_WRONG_ISSUER',
  'TOKEN_EXPIRED',
  'TOKEN_NOT_YET_VALID',
]

/** The identity module's error codes: each once, with its HTTP status and message. */
export const identityErrors = defineErrors('IDENTITY', {
  REGISTRY_MISMATCH: {
    status: 422,
    vi: 'Thông tin không khớp với Cơ sở dữ liệu quốc gia về dân cư',
    en: 'The details do not match the population registry',
  },
  ALREADY_REGISTERED: {
    status: 409,
    vi: 'Số định danh này đã có tài khoản: hãy đăng nhập, hoặc đặt lại mật khẩu nếu đã quên',
    en: 'This number already has an account: sign in, or reset the password if you forgot it',
  },
  CODE_INVALID: {
    status: 422,
    vi: 'Mã xác nhận không đúng',
    en: 'The confirmation code is wrong',
  },
  CODE_EXPIRED: {
    status: 422,
    vi: 'Mã xác nhận đã hết hạn, hãy yêu cầu mã mới',
    en: 'The code has expired, ask for a new one',
  },
  PASSWORD_WEAK: {
    status: 422,
    vi: (p: { reason: string }) => `Mật khẩu chưa đủ mạnh: ${p.reason}`,
  },
  SMS_UNAVAILABLE: {
    status: 503,
    vi: 'Không gửi được mã lúc này, vui lòng thử lại sau vài phút',
    en: 'Could not send the code now, try again in a few minutes',
  },
  SIGN_IN_FAILED: {
    status: 401,
    vi: 'Số định danh hoặc mật khẩu không đúng',
    en: 'Wrong number or password',
  },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    vi: (p: { retryAfterSeconds: number }) => `Thử lại sau ${p.retryAfterSeconds} giây`,
    en: (p: { retryAfterSeconds: number }) => `Try again in ${p.retryAfterSeconds} s`,
  },
  ACCOUNT_LOCKED: {
    status: 429,
    vi: 'Tài khoản tạm khóa vì có nhiều lần đăng nhập sai. Trên thiết bị đã từng đăng nhập, bạn vẫn đăng nhập được; trên thiết bị mới, hãy nhận mã qua điện thoại',
    en: 'The account is locked after many failed sign-ins. You can still sign in on a device you have used before; on a new one, get a code by phone',
  },
  SECOND_FACTOR_REQUIRED: {
    status: 401,
    vi: 'Cần mã xác thực hai lớp',
    en: 'Second factor required',
  },
  SECOND_FACTOR_INVALID: {
    status: 401,
    vi: 'Mã xác thực hai lớp không đúng',
    en: 'Wrong second-factor code',
  },
  ACCOUNT_NOT_FOUND: {
    status: 404,
    vi: 'Không có tài khoản định danh điện tử',
    en: 'No eID account',
  },
  ALREADY_LEVEL_2: {
    status: 409,
    vi: 'Tài khoản đã ở mức độ 2',
    en: 'The account is already level 2',
  },
  RESIDENT_NOT_ELIGIBLE: {
    status: 422,
    vi: 'Công dân không đủ điều kiện',
    en: 'The resident is not eligible',
  },
  TOTP_NOT_STARTED: {
    status: 409,
    vi: 'Chưa bắt đầu cài đặt xác thực hai lớp',
    en: 'Start the second-factor setup first',
  },
  GRANTEE_WITHOUT_ACCOUNT: {
    status: 422,
    vi: 'Công dân này chưa có tài khoản định danh điện tử đang hoạt động; cần đăng ký trước khi được giao vai trò',
    en: 'This resident has no active eID account; they must register before a role can be granted',
  },
  GRANT_BINDING_INVALID: {
    status: 422,
    vi: (p: { role: string; problem: 'required' | 'not-allowed'; field: string }) =>
      `Vai trò ${p.role} ${p.problem === 'required' ? 'cần' : 'không gắn với'} ${p.field}`,
    en: (p: { role: string; problem: 'required' | 'not-allowed'; field: string }) =>
      `Role ${p.role} ${p.problem === 'required' ? 'needs' : 'is not bound to'} ${p.field}`,
  },
  GRANT_UNIT_UNKNOWN: {
    status: 422,
    vi: (p: { unitCode: string }) =>
      `Không có tỉnh hoặc xã, phường mã ${p.unitCode} đang có hiệu lực`,
    en: (p: { unitCode: string }) => `No province or commune ${p.unitCode} is in force`,
  },
  GRANT_TO_SELF: {
    status: 403,
    vi: 'Không được tự giao vai trò cho chính mình',
    en: 'You may not grant a role to yourself',
  },
  GRANT_EXISTS: {
    status: 409,
    vi: (p: { grantId: number }) => `Vai trò này đã được giao (#${p.grantId})`,
    en: (p: { grantId: number }) => `This role is already granted (#${p.grantId})`,
  },
  GRANT_NOT_FOUND: {
    status: 404,
    vi: (p: { grantId: number }) => `Không có quyền được giao #${p.grantId}`,
    en: (p: { grantId: number }) => `No grant #${p.grantId}`,
  },
  GRANT_ALREADY_REVOKED: {
    status: 409,
    vi: (p: { grantId: number }) => `Quyền #${p.grantId} đã bị thu hồi`,
    en: (p: { grantId: number }) => `Grant #${p.grantId} is already revoked`,
  },
  REVOKE_REASON_REQUIRED: {
    status: 422,
    vi: 'Cần nêu lý do thu hồi',
    en: 'Give the reason for the revocation',
  },
  LINK_DATE_INVALID: {
    status: 422,
    vi: 'Ngày liên kết không hợp lệ hoặc ở tương lai',
    en: 'The link date is invalid or in the future',
  },
  PARTNER_WITHOUT_AGENCY: {
    status: 403,
    vi: 'Hệ thống đối tác chưa gắn với tổ chức nào',
    en: 'The partner system is bound to no organisation',
  },
  SESSION_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy phiên đăng nhập',
    en: 'No such session',
  },
  KIOSK_NO_ACCOUNT: {
    status: 404,
    vi: 'Bạn chưa có tài khoản định danh điện tử đang hoạt động. Vui lòng đến quầy tiếp nhận để được hướng dẫn đăng ký',
    en: 'You have no active eID account. Please go to the reception counter to register',
  },
  KIOSK_NO_PHONE: {
    status: 422,
    vi: 'Tài khoản của bạn chưa có số điện thoại đã xác minh để nhận mã. Vui lòng đến quầy tiếp nhận để cập nhật',
    en: 'Your account has no verified phone number to receive the code. Please go to the reception counter to update it',
  },
  KIOSK_CHALLENGE_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy yêu cầu đăng nhập ki-ốt này, hãy quét lại mã QR',
    en: 'No such kiosk sign-in, scan the QR code again',
  },
  KIOSK_CHALLENGE_CLOSED: {
    status: 409,
    vi: 'Yêu cầu đăng nhập này đã kết thúc (đã dùng hoặc nhập sai quá nhiều lần), hãy quét lại mã QR',
    en: 'This sign-in is over (already used or too many wrong codes), scan the QR code again',
  },
  TOKEN_REPLAYED: {
    status: 409,
    vi: 'Mã QR này đã được sử dụng',
    en: 'This QR code was already used',
  },
  // A token the verifier refuses: its message is the verifier's (qr/identity-token.verify.ts),
  // which partners run offline too; TOKEN_CLAIMS also when claims to issue are invalid.
  ...(Object.fromEntries(
    TOKEN_REFUSALS.map((key) => [key, { status: 422, vi: (p: { message: string }) => p.message }]),
  ) as Record<TokenRefusal, { status: 422; vi: (p: { message: string }) => string }>),
  CHECK_QUESTION_INVALID: {
    status: 400,
    vi: (p: { expected: string }) => `Yêu cầu kiểm tra không hợp lệ, cần: ${p.expected}`,
    en: (p: { expected: string }) => `Not a valid check request; expected: ${p.expected}`,
  },
})

export const registryMismatch = (): AppError =>
  // One answer for every mismatch: telling which field differs would let anyone probe the registry.
  identityErrors.refuse('REGISTRY_MISMATCH')
export const alreadyRegistered = (): AppError =>
  identityErrors.refuse('ALREADY_REGISTERED', { recovery: 'password-reset' })
export const codeInvalid = (details: unknown = null): AppError =>
  identityErrors.refuse('CODE_INVALID', details)
export const codeExpired = (): AppError => identityErrors.refuse('CODE_EXPIRED')
export const passwordWeak = (reason: string): AppError =>
  identityErrors.refuse('PASSWORD_WEAK', { reason })
export const smsUnavailable = (): AppError =>
  // The gateway did not take the message; a few minutes is how long an outage usually lasts.
  identityErrors.refuse('SMS_UNAVAILABLE', { retryAfterSeconds: 120 })
export const signInFailed = (): AppError => identityErrors.refuse('SIGN_IN_FAILED')
export const tooManyAttempts = (retryAfterSeconds: number): AppError =>
  identityErrors.refuse('TOO_MANY_ATTEMPTS', { retryAfterSeconds }, { retryAfterSeconds })
export const accountLocked = (retryAfterSeconds: number): AppError =>
  identityErrors.refuse('ACCOUNT_LOCKED', { retryAfterSeconds, phoneCode: true })
export const secondFactorInvalid = (): AppError => identityErrors.refuse('SECOND_FACTOR_INVALID')
export const accountNotFound = (): AppError => identityErrors.refuse('ACCOUNT_NOT_FOUND')
export const alreadyLevel2 = (): AppError => identityErrors.refuse('ALREADY_LEVEL_2')
export const totpNotStarted = (): AppError => identityErrors.refuse('TOTP_NOT_STARTED')
export const granteeWithoutAccount = (): AppError =>
  identityErrors.refuse('GRANTEE_WITHOUT_ACCOUNT')
export const grantBindingInvalid = (
  role: string,
  field: string,
  problem: 'required' | 'not-allowed',
): AppError =>
  identityErrors.refuse('GRANT_BINDING_INVALID', { role, problem, field }, { role, field, problem })
export const grantUnitUnknown = (unitCode: string): AppError =>
  identityErrors.refuse('GRANT_UNIT_UNKNOWN', { unitCode })
export const grantToSelf = (): AppError => identityErrors.refuse('GRANT_TO_SELF')
export const grantExists = (grantId: number): AppError =>
  identityErrors.refuse('GRANT_EXISTS', { grantId })
export const grantNotFound = (grantId: number): AppError =>
  identityErrors.refuse('GRANT_NOT_FOUND', { grantId })
export const grantAlreadyRevoked = (grantId: number): AppError =>
  identityErrors.refuse('GRANT_ALREADY_REVOKED', { grantId })
export const revokeReasonRequired = (): AppError =>
  identityErrors.refuse('REVOKE_REASON_REQUIRED', { field: 'reason' })
export const linkDateInvalid = (date: string): AppError =>
  identityErrors.refuse('LINK_DATE_INVALID', { date })
export const partnerWithoutAgency = (): AppError => identityErrors.refuse('PARTNER_WITHOUT_AGENCY')

export const kioskNoAccount = (): AppError => identityErrors.refuse('KIOSK_NO_ACCOUNT')
export const kioskNoPhone = (): AppError => identityErrors.refuse('KIOSK_NO_PHONE')
export const kioskChallengeNotFound = (): AppError =>
  identityErrors.refuse('KIOSK_CHALLENGE_NOT_FOUND')
export const kioskChallengeClosed = (): AppError => identityErrors.refuse('KIOSK_CHALLENGE_CLOSED')

export const sessionNotFound = (): AppError => identityErrors.refuse('SESSION_NOT_FOUND')
export const tokenReplayed = (): AppError => identityErrors.refuse('TOKEN_REPLAYED')
/** A token refused, with the verifier's reason and message. */
export const tokenRefused = (
  reason: IdentityTokenReason,
  message: string,
  details: unknown = null,
): AppError =>
  identityErrors.refuse(reason.slice('IDENTITY_'.length) as TokenRefusal, { message }, details)
export const checkQuestionInvalid = (expected: string): AppError =>
  identityErrors.refuse('CHECK_QUESTION_INVALID', { expected })
