import { defineErrors } from '../../../platform/http/errors.js'

/** Certified copies' error codes: each once, with its HTTP status and message. */
export const certificationErrors = defineErrors('CERTIFICATION', {
  NOT_FOUND: { status: 404, vi: 'Không có yêu cầu chứng thực này', en: 'No such certification' },
  OUTSIDE_COMMUNE: {
    status: 403,
    vi: 'Yêu cầu chứng thực thuộc xã, phường khác',
    en: 'The certification belongs to another commune',
  },
  ALREADY_DECIDED: {
    status: 409,
    vi: 'Yêu cầu chứng thực đã được giải quyết',
    en: 'The certification has already been decided',
  },
  NOT_CERTIFIED: {
    status: 409,
    vi: 'Bản sao chưa được chứng thực hoặc đã bị thu hồi',
    en: 'The copy is not certified, or its certification was revoked',
  },
  REASON_REQUIRED: { status: 422, vi: 'Cần nêu lý do', en: 'A reason is needed' },
  ORIGINAL_HAS_NO_FILE: {
    status: 422,
    vi: 'Giấy tờ này không có tệp để sao',
    en: 'This document has no file to copy',
  },
  ORIGINAL_UNREADABLE: {
    status: 422,
    vi: 'Không đọc được bản chính (tệp hỏng hoặc có mật khẩu)',
    en: 'The original cannot be read (damaged or encrypted)',
  },
  SIGNING_KEY_MISSING: {
    status: 503,
    vi: 'Cơ quan chứng thực chưa có chứng thư số để ký',
    en: 'The certifying agency has no signing certificate configured',
  },
  CODE_UNKNOWN: {
    status: 404,
    vi: 'Mã kiểm tra không đúng: không có bản sao chứng thực nào mang mã này',
    en: 'Unknown verification code: no certified copy carries it',
  },
  NOT_A_PDF: {
    status: 415,
    vi: 'Tệp cần kiểm tra phải là PDF',
    en: 'The file to check must be a PDF',
  },
  VERIFY_THROTTLED: {
    status: 429,
    vi: 'Quá nhiều mã kiểm tra sai: thử lại sau',
    en: 'Too many unknown codes: try again later',
  },
})

export const certificationNotFound = () => certificationErrors.refuse('NOT_FOUND')
export const outsideCommune = () => certificationErrors.refuse('OUTSIDE_COMMUNE')
export const alreadyDecided = (status: string) =>
  certificationErrors.refuse('ALREADY_DECIDED', { status })
export const notCertified = (status: string) =>
  certificationErrors.refuse('NOT_CERTIFIED', { status })
export const reasonRequired = () => certificationErrors.refuse('REASON_REQUIRED')
export const originalHasNoFile = () => certificationErrors.refuse('ORIGINAL_HAS_NO_FILE')
export const originalUnreadable = () => certificationErrors.refuse('ORIGINAL_UNREADABLE')
export const signingKeyMissing = () => certificationErrors.refuse('SIGNING_KEY_MISSING')
export const codeUnknown = () => certificationErrors.refuse('CODE_UNKNOWN')
export const notAPdf = () => certificationErrors.refuse('NOT_A_PDF')
export const verifyThrottled = (retryAfterSeconds: number) =>
  certificationErrors.refuse('VERIFY_THROTTLED', { retryAfterSeconds })
