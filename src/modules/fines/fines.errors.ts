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
    vi: 'Không tìm thấy vi phạm này trong các vi phạm của bạn',
    en: 'No such violation among yours',
  },
  ALREADY_PAID: {
    status: 409,
    vi: 'Khoản phạt này đã được nộp',
    en: 'This fine has already been paid',
  },
  VIOLATION_CANCELLED: {
    status: 409,
    vi: 'Vi phạm này đã bị hủy, không phải nộp phạt',
    en: 'This violation was cancelled: there is nothing to pay',
  },
  APPEAL_PENDING: {
    status: 409,
    vi: 'Vi phạm đang được xem xét khiếu nại: chờ quyết định rồi mới nộp phạt',
    en: 'An appeal against this violation is pending: pay once it is decided',
  },
  PAYMENT_NOT_REQUESTED: {
    status: 404,
    vi: 'Chưa yêu cầu nộp phạt vi phạm này',
    en: 'No payment was asked for this violation yet',
  },
})
