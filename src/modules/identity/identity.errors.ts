import { AppError } from '../../platform/http/errors.js'

const refuse = (code: string, status: number, message: string, details?: unknown): AppError =>
  new AppError(code, { status, message, details })

export const registryMismatch = (): AppError =>
  // One answer for every mismatch: telling which field differs would let anyone probe the registry.
  refuse(
    'IDENTITY_REGISTRY_MISMATCH',
    422,
    'Thông tin không khớp với Cơ sở dữ liệu quốc gia về dân cư / The details do not match the population registry',
  )
export const alreadyRegistered = (): AppError =>
  refuse(
    'IDENTITY_ALREADY_REGISTERED',
    409,
    'Số định danh này đã có tài khoản: hãy đăng nhập, hoặc đặt lại mật khẩu nếu đã quên / This number already has an account: sign in, or reset the password if you forgot it',
    // Recovery, not a second account: the platform keeps one account per person.
    { recovery: 'password-reset' },
  )
export const codeInvalid = (): AppError =>
  refuse('IDENTITY_CODE_INVALID', 422, 'Mã xác nhận không đúng / The confirmation code is wrong')
export const codeExpired = (): AppError =>
  refuse(
    'IDENTITY_CODE_EXPIRED',
    422,
    'Mã xác nhận đã hết hạn, hãy yêu cầu mã mới / The code has expired, ask for a new one',
  )
export const passwordWeak = (reason: string): AppError =>
  refuse('IDENTITY_PASSWORD_WEAK', 422, `Mật khẩu chưa đủ mạnh: ${reason}`, { reason })
export const smsUnavailable = (): AppError =>
  // The gateway did not take the message; a few minutes is how long an outage usually lasts.
  refuse(
    'IDENTITY_SMS_UNAVAILABLE',
    503,
    'Không gửi được mã lúc này, vui lòng thử lại sau vài phút / Could not send the code now, try again in a few minutes',
    { retryAfterSeconds: 120 },
  )
export const signInFailed = (): AppError =>
  refuse(
    'IDENTITY_SIGN_IN_FAILED',
    401,
    'Số định danh hoặc mật khẩu không đúng / Wrong number or password',
  )
export const tooManyAttempts = (retryAfterSeconds: number): AppError =>
  refuse(
    'IDENTITY_TOO_MANY_ATTEMPTS',
    429,
    `Thử lại sau ${retryAfterSeconds} giây / Try again in ${retryAfterSeconds} s`,
    {
      retryAfterSeconds,
    },
  )
export const accountLocked = (retryAfterSeconds: number): AppError =>
  refuse(
    'IDENTITY_ACCOUNT_LOCKED',
    429,
    'Tài khoản tạm khóa vì có nhiều lần đăng nhập sai. Trên thiết bị đã từng đăng nhập, bạn vẫn đăng nhập được; trên thiết bị mới, hãy nhận mã qua điện thoại / The account is locked after many failed sign-ins. You can still sign in on a device you have used before; on a new one, get a code by phone',
    { retryAfterSeconds, phoneCode: true },
  )
export const secondFactorInvalid = (): AppError =>
  refuse(
    'IDENTITY_SECOND_FACTOR_INVALID',
    401,
    'Mã xác thực hai lớp không đúng / Wrong second-factor code',
  )
export const accountNotFound = (): AppError =>
  refuse('IDENTITY_ACCOUNT_NOT_FOUND', 404, 'Không có tài khoản định danh điện tử / No eID account')
export const alreadyLevel2 = (): AppError =>
  refuse(
    'IDENTITY_ALREADY_LEVEL_2',
    409,
    'Tài khoản đã ở mức độ 2 / The account is already level 2',
  )
export const totpNotStarted = (): AppError =>
  refuse(
    'IDENTITY_TOTP_NOT_STARTED',
    409,
    'Chưa bắt đầu cài đặt xác thực hai lớp / Start the second-factor setup first',
  )
export const granteeWithoutAccount = (): AppError =>
  refuse(
    'IDENTITY_GRANTEE_WITHOUT_ACCOUNT',
    422,
    'Công dân này chưa có tài khoản định danh điện tử đang hoạt động; cần đăng ký trước khi được giao vai trò / This resident has no active eID account; they must register before a role can be granted',
  )
export const grantBindingInvalid = (
  role: string,
  field: string,
  problem: 'required' | 'not-allowed',
): AppError =>
  refuse(
    'IDENTITY_GRANT_BINDING_INVALID',
    422,
    problem === 'required'
      ? `Vai trò ${role} cần ${field} / Role ${role} needs ${field}`
      : `Vai trò ${role} không gắn với ${field} / Role ${role} is not bound to ${field}`,
    { role, field, problem },
  )
export const grantUnitUnknown = (unitCode: string): AppError =>
  refuse(
    'IDENTITY_GRANT_UNIT_UNKNOWN',
    422,
    `Không có tỉnh hoặc xã, phường mã ${unitCode} đang có hiệu lực / No province or commune ${unitCode} is in force`,
    { unitCode },
  )
export const grantToSelf = (): AppError =>
  refuse(
    'IDENTITY_GRANT_TO_SELF',
    403,
    'Không được tự giao vai trò cho chính mình / You may not grant a role to yourself',
  )
export const grantExists = (grantId: number): AppError =>
  refuse(
    'IDENTITY_GRANT_EXISTS',
    409,
    `Vai trò này đã được giao (#${grantId}) / This role is already granted (#${grantId})`,
    { grantId },
  )
export const grantNotFound = (grantId: number): AppError =>
  refuse(
    'IDENTITY_GRANT_NOT_FOUND',
    404,
    `Không có quyền được giao #${grantId} / No grant #${grantId}`,
    { grantId },
  )
export const grantAlreadyRevoked = (grantId: number): AppError =>
  refuse(
    'IDENTITY_GRANT_ALREADY_REVOKED',
    409,
    `Quyền #${grantId} đã bị thu hồi / Grant #${grantId} is already revoked`,
    { grantId },
  )
export const revokeReasonRequired = (): AppError =>
  refuse(
    'IDENTITY_REVOKE_REASON_REQUIRED',
    422,
    'Cần nêu lý do thu hồi / Give the reason for the revocation',
    { field: 'reason' },
  )

export const linkDateInvalid = (date: string): AppError =>
  new AppError('IDENTITY_LINK_DATE_INVALID', {
    status: 422,
    message:
      'Ngày liên kết không hợp lệ hoặc ở tương lai / The link date is invalid or in the future',
    details: { date },
  })

export const partnerWithoutAgency = (): AppError =>
  new AppError('IDENTITY_PARTNER_WITHOUT_AGENCY', {
    status: 403,
    message:
      'Hệ thống đối tác chưa gắn với tổ chức nào / The partner system is bound to no organisation',
  })
