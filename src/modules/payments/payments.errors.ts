import { defineErrors } from '../../platform/http/errors.js'

/** The payments module's error codes: each once, with its HTTP status and message. */
export const paymentsErrors = defineErrors('PAYMENT', {
  REFERENCE_INVALID: {
    status: 422,
    vi: 'Mã thanh toán phải là ký tự ASCII in được, tối đa 25 ký tự, không có khoảng trắng ở đầu hay cuối',
    en: 'A payment reference is printable ASCII, 25 characters at most, with no blank at either end',
  },
  AMOUNT_INVALID: {
    status: 422,
    vi: 'Số tiền phải là số nguyên đồng dương, tối đa 13 chữ số',
    en: 'The amount is a positive whole number of đồng, 13 digits at most',
  },
  PURPOSE_INVALID: {
    status: 422,
    vi: 'Loại khoản thu phải có dạng <phân hệ>.<loại>, ví dụ services.fee',
    en: 'The purpose is written <module>.<kind>, e.g. services.fee',
  },
  DESCRIPTION_INVALID: {
    status: 422,
    vi: 'Nội dung khoản thu phải có từ 1 đến 200 ký tự',
    en: 'The description has 1 to 200 characters',
  },
  REQUEST_CONFLICT: {
    status: 409,
    vi: 'Mã thanh toán này đã được dùng cho một khoản khác (số tiền hoặc loại khoản thu khác)',
    en: 'This reference is already used for another payment (a different amount or purpose)',
  },
  NOT_FOUND: {
    status: 404,
    vi: 'Không có yêu cầu thanh toán này',
    en: 'No such payment request',
  },
  BANK_UNKNOWN: {
    status: 404,
    vi: 'Ngân hàng này không được kết nối để báo thanh toán',
    en: 'This bank is not connected for payment callbacks',
  },
  SIGNATURE_INVALID: {
    status: 401,
    vi: 'Chữ ký của ngân hàng thiếu hoặc không đúng',
    en: "The bank's signature is missing or wrong",
  },
  CALLBACK_STALE: {
    status: 401,
    vi: 'Thời điểm ký lệch quá 5 phút so với máy chủ: thông báo cũ hoặc bị phát lại',
    en: 'The signing time is more than 5 minutes off: an old or replayed callback',
  },
  CALLBACK_INVALID: {
    status: 422,
    vi: 'Nội dung thông báo thanh toán không đúng định dạng',
    en: 'The payment callback does not match its schema',
  },
  REFERENCE_UNKNOWN: {
    status: 422,
    vi: 'Không có khoản thu nào mang mã thanh toán này: giao dịch được ghi nhận để đối soát',
    en: 'No payment has this reference: the transfer is recorded for reconciliation',
  },
  AMOUNT_MISMATCH: {
    status: 422,
    vi: 'Số tiền chuyển khác số tiền phải nộp: giao dịch được ghi nhận để đối soát, khoản thu vẫn chưa nộp',
    en: 'The amount differs from what is owed: the transfer is recorded for reconciliation, the payment stays unpaid',
  },
  ALREADY_PAID: {
    status: 409,
    vi: 'Khoản thu này đã được nộp bằng giao dịch khác: giao dịch được ghi nhận để đối soát',
    en: 'This payment was already made by another transfer: this one is recorded for reconciliation',
  },
  TRANSACTION_REUSED: {
    status: 409,
    vi: 'Mã giao dịch này đã được báo với nội dung khác',
    en: 'This transaction id was already reported with different content',
  },
  DAY_INVALID: {
    status: 422,
    vi: 'Ngày không hợp lệ (YYYY-MM-DD)',
    en: 'Not a calendar date (YYYY-MM-DD)',
  },
})
