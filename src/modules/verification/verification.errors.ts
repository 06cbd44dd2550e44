import { defineErrors } from '../../platform/http/errors.js'

/** Identity checks at partners: each code once, with its HTTP status and message. */
export const verificationErrors = defineErrors('VERIFICATION', {
  PARTNER_NOT_FOUND: { status: 404, vi: 'Không có đơn vị đối tác này', en: 'No such partner' },
  STAFF_NOT_FOUND: {
    status: 404,
    vi: 'Người này không phải nhân viên đang làm việc tại đơn vị',
    en: 'No such current staff member of this partner',
  },
  // 404: the partner the grant names is not there (a grant made outside the partner's page).
  NO_PARTNER: {
    status: 404,
    vi: 'Tài khoản chưa được gắn với đơn vị đối tác nào',
    en: 'The account is bound to no partner',
  },
  UNIT_UNKNOWN: {
    status: 422,
    vi: 'Mã xã, phường không có hoặc không còn hiệu lực',
    en: 'Unknown or abolished commune code',
  },
  CODE_UNREADABLE: {
    status: 422,
    vi: 'Không đọc được mã: cần mã QR trên thẻ căn cước hoặc mã QR định danh',
    en: 'Unreadable code: scan the chip card QR or the identity QR',
  },
  TOKEN_REFUSED: {
    status: 422,
    vi: 'Mã QR định danh không hợp lệ hoặc đã hết hạn',
    en: 'The identity QR is invalid or expired',
  },
  TOKEN_REPLAYED: {
    status: 409,
    vi: 'Mã QR định danh này đã được dùng: đề nghị người dân tạo mã mới',
    en: 'This identity QR was already used: ask for a new one',
  },
  PURPOSE_NOT_FOR_KIND: {
    status: 422,
    vi: 'Mục đích kiểm tra không phù hợp với loại đơn vị',
    en: 'The purpose does not fit the kind of partner',
  },
  CHECK_NOT_FOUND: { status: 404, vi: 'Không có lượt kiểm tra này', en: 'No such check' },
  SESSION_NOT_FOUND: { status: 404, vi: 'Không có kỳ thi này', en: 'No such exam session' },
  NOT_EXAM_PARTNER: {
    status: 403,
    vi: 'Chỉ hội đồng thi và trường học mới tổ chức kỳ thi',
    en: 'Only exam boards and schools hold exam sessions',
  },
  LIST_FORMAT: {
    status: 415,
    vi: 'Danh sách thí sinh phải là tệp CSV hoặc XLSX',
    en: 'The candidate list must be a CSV or XLSX file',
  },
  LIST_EMPTY: {
    status: 422,
    vi: 'Danh sách thí sinh trống',
    en: 'The candidate list is empty',
  },
  LIST_UNREADABLE: {
    status: 422,
    vi: 'Không đọc được tệp danh sách',
    en: 'The list file cannot be read',
  },
  LIST_COLUMNS: {
    status: 422,
    vi: 'Danh sách thiếu cột: Số định danh, Họ và tên, Ngày sinh',
    en: 'The list lacks columns: personal number, full name, birth date',
  },
  LIST_TOO_LONG: {
    status: 413,
    vi: 'Danh sách quá dài (tối đa 2.000 thí sinh)',
    en: 'The list is too long (2,000 candidates at most)',
  },
  KIOSK_NOT_HOSPITAL: {
    status: 403,
    vi: 'Chỉ cơ sở khám chữa bệnh đăng ký ki-ốt tự phục vụ',
    en: 'Only hospitals register self-service kiosks',
  },
  DEVICE_KEY_INVALID: {
    status: 422,
    vi: 'Khoá công khai phải là JWK EC P-256 (ES256), không có phần bí mật',
    en: 'The public key must be an EC P-256 (ES256) JWK without its private part',
  },
  DEVICE_NOT_FOUND: { status: 404, vi: 'Không có thiết bị này', en: 'No such device' },
  ATTESTATION_MALFORMED: {
    status: 400,
    vi: 'Xác nhận sinh trắc học không đúng định dạng',
    en: 'The biometric attestation is malformed',
  },
  ATTESTATION_KEY_UNKNOWN: {
    status: 401,
    vi: 'Thiết bị ký xác nhận không được đăng ký hoặc đã bị thu hồi',
    en: 'The attesting device is unknown or revoked',
  },
  ATTESTATION_SIGNATURE: {
    status: 401,
    vi: 'Chữ ký của xác nhận không đúng',
    en: 'The attestation signature is invalid',
  },
  ATTESTATION_STALE: {
    status: 422,
    vi: 'Xác nhận đã quá hạn hoặc thời điểm không hợp lệ',
    en: 'The attestation is stale or dated in the future',
  },
  ATTESTATION_REPLAYED: {
    status: 409,
    vi: 'Xác nhận này đã được gửi trước đó',
    en: 'This attestation was already received',
  },
})

export const partnerNotFound = () => verificationErrors.refuse('PARTNER_NOT_FOUND')
export const staffNotFound = () => verificationErrors.refuse('STAFF_NOT_FOUND')
export const noPartner = () => verificationErrors.refuse('NO_PARTNER')
export const unitUnknown = (code: string) => verificationErrors.refuse('UNIT_UNKNOWN', { code })
export const codeUnreadable = () => verificationErrors.refuse('CODE_UNREADABLE')
export const tokenRefused = (reason: string) =>
  verificationErrors.refuse('TOKEN_REFUSED', { reason })
export const tokenReplayed = () => verificationErrors.refuse('TOKEN_REPLAYED')
export const purposeNotForKind = (purpose: string, kind: string) =>
  verificationErrors.refuse('PURPOSE_NOT_FOR_KIND', { purpose, kind })
export const checkNotFound = () => verificationErrors.refuse('CHECK_NOT_FOUND')
export const sessionNotFound = () => verificationErrors.refuse('SESSION_NOT_FOUND')
export const notExamPartner = () => verificationErrors.refuse('NOT_EXAM_PARTNER')
export const listFormat = () => verificationErrors.refuse('LIST_FORMAT')
export const listEmpty = () => verificationErrors.refuse('LIST_EMPTY')
export const listUnreadable = () => verificationErrors.refuse('LIST_UNREADABLE')
export const listColumns = (missing: string[]) =>
  verificationErrors.refuse('LIST_COLUMNS', { missing })
export const listTooLong = (max: number) => verificationErrors.refuse('LIST_TOO_LONG', { max })
export const kioskNotHospital = () => verificationErrors.refuse('KIOSK_NOT_HOSPITAL')
export const deviceKeyInvalid = () => verificationErrors.refuse('DEVICE_KEY_INVALID')
export const deviceNotFound = () => verificationErrors.refuse('DEVICE_NOT_FOUND')
export const attestationMalformed = (problem: string) =>
  verificationErrors.refuse('ATTESTATION_MALFORMED', { problem })
export const attestationKeyUnknown = () => verificationErrors.refuse('ATTESTATION_KEY_UNKNOWN')
export const attestationSignature = () => verificationErrors.refuse('ATTESTATION_SIGNATURE')
export const attestationStale = () => verificationErrors.refuse('ATTESTATION_STALE')
export const attestationReplayed = () => verificationErrors.refuse('ATTESTATION_REPLAYED')
