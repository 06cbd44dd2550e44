import { defineErrors } from '../../../platform/http/errors.js'

/** Webhook subscriptions' error codes (EXCHANGE_SUBSCRIPTION_*). */
export const subscriptionsErrors = defineErrors('EXCHANGE_SUBSCRIPTION', {
  NOT_FOUND: {
    status: 404,
    vi: 'Không có đăng ký nhận sự kiện này',
    en: 'No such subscription',
  },
  EVENT_UNKNOWN: {
    status: 422,
    vi: 'Loại sự kiện này không thể đăng ký nhận',
    en: 'This type of event cannot be subscribed to',
  },
  URL_INVALID: {
    status: 422,
    vi: 'Địa chỉ nhận phải là một URL https đầy đủ',
    en: 'The endpoint must be a full https URL',
  },
  NOT_GRANTED: {
    status: 403,
    vi: 'Thành viên chưa được cấp quyền (còn hiệu lực) đối với dịch vụ dữ liệu của loại sự kiện này',
    en: 'The member holds no approved, unexpired grant on the data service of this event type',
  },
  MEMBER_REQUIRED: {
    status: 422,
    vi: 'Hãy chọn thành viên mà bạn quản trị',
    en: 'Name the member you administer',
  },
  NOT_YOUR_MEMBER: {
    status: 403,
    vi: 'Bạn không quản trị thành viên này',
    en: 'You do not administer this member',
  },
})
