import { defineErrors } from '../../platform/http/errors.js'

/** The exchange module's error codes: each once, with its HTTP status and message. */
export const exchangeErrors = defineErrors('EXCHANGE', {
  MEMBER_EXISTS: {
    status: 409,
    vi: 'Đã có thành viên mang mã này',
    en: 'A member with this code already exists',
  },
  MEMBER_NOT_FOUND: { status: 404, vi: 'Không có thành viên này', en: 'No such member' },
  SERVICE_EXISTS: {
    status: 409,
    vi: 'Thành viên đã công bố dịch vụ mang mã này',
    en: 'The member already publishes a service with this code',
  },
  SERVICE_NOT_FOUND: { status: 404, vi: 'Không có dịch vụ này', en: 'No such service' },
  SERVICE_INVALID: {
    status: 422,
    vi: 'Mô tả dịch vụ chưa hợp lệ',
    en: 'The service description is not valid',
  },
  GRANT_NOT_FOUND: { status: 404, vi: 'Không có yêu cầu cấp quyền này', en: 'No such grant' },
  GRANT_INVALID: {
    status: 422,
    vi: 'Yêu cầu cấp quyền chưa hợp lệ',
    en: 'The grant is not valid',
  },
  GRANT_DECIDED: {
    status: 409,
    vi: 'Yêu cầu cấp quyền không còn ở trạng thái này',
    en: 'The grant is no longer in a state that allows this',
  },
  NOT_YOUR_MEMBER: {
    status: 403,
    vi: 'Tài khoản không quản trị thành viên này',
    en: 'This account does not administer this member',
  },
  // The gateway.
  CALLER_NOT_MEMBER: {
    status: 403,
    vi: 'Hệ thống gọi chưa được gắn với thành viên nào của trục liên thông',
    en: 'The calling system is bound to no member of the exchange',
  },
  NO_GRANT: {
    status: 403,
    vi: 'Thành viên chưa được cấp quyền còn hiệu lực với dịch vụ này',
    en: 'The member holds no approved, unexpired grant for this service',
  },
  PURPOSE_MISSING: {
    status: 400,
    vi: 'Thiếu mục đích sử dụng (tiêu đề X-Purpose)',
    en: 'The purpose is missing (X-Purpose header)',
  },
  PURPOSE_NOT_GRANTED: {
    status: 403,
    vi: 'Quyền được cấp không cho phép mục đích này',
    en: 'The grant does not allow this purpose',
  },
  RATE_LIMITED: {
    status: 429,
    vi: 'Vượt giới hạn số lần gọi mỗi phút của dịch vụ',
    en: "Over the service's limit of calls per minute",
  },
  PROVIDER_TIMEOUT: {
    status: 504,
    vi: 'Hệ thống cung cấp dữ liệu không trả lời kịp',
    en: 'The provider did not answer in time',
  },
  PROVIDER_FAILED: {
    status: 502,
    vi: 'Hệ thống cung cấp dữ liệu gặp lỗi hoặc không kết nối được',
    en: 'The provider failed or could not be reached',
  },
  BUILTIN_UNKNOWN: {
    status: 502,
    vi: 'Dịch vụ dựng sẵn của nền tảng không có',
    en: 'The platform has no such built-in service',
  },
})
