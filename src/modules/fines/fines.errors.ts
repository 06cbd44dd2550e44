import { defineErrors } from '../../platform/http/errors.js'

/** The fines module's error codes: each once, with its HTTP status and message. */
export const finesErrors = defineErrors('FINES', {
  PLATE_INVALID: {
    status: 422,
    vi: (p: { plate: string }) =>
      `Biển số "${p.plate}" sai định dạng: ô tô viết như 60A-123.45, mô tô, xe máy viết như 60-B1 123.45`,
    en: (p: { plate: string }) =>
      `The plate "${p.plate}" is not well formed: a car's reads like 60A-123.45, a motorbike's like 60-B1 123.45`,
  },
  ARTICLE_UNKNOWN: {
    status: 422,
    vi: (p: { article: string }) =>
      `Hành vi "${p.article}" không có trong bảng mức phạt theo Nghị định 168/2024/NĐ-CP`,
    en: (p: { article: string }) =>
      `The violation "${p.article}" is not in the fine table of Decree 168/2024/NĐ-CP`,
  },
  FINE_OUT_OF_RANGE: {
    status: 422,
    vi: (p: { article: string; minFine: number; maxFine: number; fine: number }) =>
      `Mức phạt ${p.fine} đồng nằm ngoài khung của hành vi ${p.article}: từ ${p.minFine} đến ${p.maxFine} đồng`,
    en: (p: { article: string; minFine: number; maxFine: number; fine: number }) =>
      `The fine of ${p.fine} VND is outside the range of ${p.article}: ${p.minFine} to ${p.maxFine} VND`,
  },
  VEHICLE_CLASS_MISMATCH: {
    status: 422,
    vi: (p: { article: string; articleClass: string; plateClass: string }) =>
      `Hành vi ${p.article} áp dụng cho ${p.articleClass === 'car' ? 'ô tô' : 'mô tô, xe máy'}, còn biển số là của ${p.plateClass === 'car' ? 'ô tô' : 'mô tô, xe máy'}`,
    en: (p: { article: string; articleClass: string; plateClass: string }) =>
      `The violation ${p.article} applies to a ${p.articleClass}, the plate is a ${p.plateClass}'s`,
  },
  COMMUNE_UNKNOWN: {
    status: 422,
    vi: 'Mã xã, phường không phải đơn vị hành chính cấp xã hiện hành',
    en: 'Not a commune in force today',
  },
  OCCURRED_IN_FUTURE: {
    status: 422,
    vi: 'Thời điểm vi phạm ở tương lai',
    en: 'The violation is dated in the future',
  },
  VIOLATION_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy vi phạm',
    en: 'No such violation',
  },
  EVIDENCE_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy ảnh bằng chứng',
    en: 'No such evidence image',
  },
  FILE_TYPE_REFUSED: {
    status: 415,
    vi: 'Tệp không phải ảnh JPEG, PNG hoặc WebP (xét theo nội dung tệp, không theo tên hay kiểu khai báo)',
    en: 'The file is not a JPEG, PNG or WebP image (judged by its content, not its name or declared type)',
  },
  FILE_TOO_LARGE: {
    status: 413,
    vi: (p: { limitBytes: number }) => `Tệp vượt quá ${p.limitBytes} byte`,
    en: (p: { limitBytes: number }) => `The file exceeds ${p.limitBytes} bytes`,
  },
  FILE_NOT_BASE64: {
    status: 422,
    vi: 'Nội dung tệp không phải chuỗi base64 hợp lệ',
    en: 'The file content is not valid base64',
  },
  TOO_MANY_FILES: {
    status: 422,
    vi: (p: { limit: number }) => `Mỗi vi phạm có tối đa ${p.limit} ảnh bằng chứng`,
    en: (p: { limit: number }) => `A violation holds at most ${p.limit} evidence images`,
  },
  CAMERA_EVENT_DUPLICATE: {
    status: 409,
    vi: (p: { eventId: string }) => `Sự kiện "${p.eventId}" của camera đã được ghi nhận`,
    en: (p: { eventId: string }) => `The camera event "${p.eventId}" was already recorded`,
  },
  CAMERA_BATCH_REPEATS_ID: {
    status: 422,
    vi: (p: { eventId: string }) => `Mã sự kiện "${p.eventId}" xuất hiện hai lần trong cùng một lô`,
    en: (p: { eventId: string }) => `The event id "${p.eventId}" appears twice in one batch`,
  },
  ALREADY_PAID: {
    status: 409,
    vi: 'Vi phạm này đã được nộp phạt',
    en: 'This fine is already paid',
  },
  VIOLATION_CANCELLED: {
    status: 409,
    vi: 'Vi phạm này đã bị hủy',
    en: 'This violation was cancelled',
  },
  APPEAL_PENDING: {
    status: 409,
    vi: 'Vi phạm đang được khiếu nại, chờ quyết định',
    en: 'An appeal against this violation awaits its decision',
  },
  APPEAL_EXISTS: {
    status: 409,
    vi: 'Vi phạm này đã được khiếu nại một lần',
    en: 'This violation was already appealed once',
  },
  APPEAL_AFTER_DEADLINE: {
    status: 422,
    vi: (p: { dueOn: string }) => `Đã quá hạn khiếu nại (hết ngày ${p.dueOn})`,
    en: (p: { dueOn: string }) => `The time to appeal is over (it ended with ${p.dueOn})`,
  },
  ATTACHMENT_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy tệp đính kèm của đơn khiếu nại',
    en: 'No such attachment of the appeal',
  },
  APPEAL_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy đơn khiếu nại',
    en: 'No such appeal',
  },
  APPEAL_DECIDED: {
    status: 409,
    vi: 'Đơn khiếu nại đã có quyết định',
    en: 'The appeal was already decided',
  },
  CURSOR_INVALID: {
    status: 400,
    vi: 'Con trỏ trang không hợp lệ: dùng giá trị "next" của trang trước',
    en: 'Invalid page cursor: use the "next" of the previous page',
  },
  NOT_OWNER: {
    status: 403,
    vi: 'Chỉ chủ phương tiện mới xác nhận hoặc khiếu nại được vi phạm này',
    en: 'Only the vehicle owner may confirm or appeal this violation',
  },
  PAYMENT_NOT_REQUESTED: {
    status: 404,
    vi: 'Chưa yêu cầu nộp phạt vi phạm này',
    en: 'No payment was asked for this violation yet',
  },
  PERIOD_INVALID: {
    status: 422,
    vi: 'Khoảng thời gian không hợp lệ: ngày đầu phải không sau ngày cuối, tối đa 366 ngày',
    en: 'Invalid period: the first day must not be after the last, 366 days at most',
  },
})
