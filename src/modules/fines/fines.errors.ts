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
})
