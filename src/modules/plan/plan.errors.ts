import { defineErrors, type AppError } from '../../platform/http/errors.js'

/** The plan module's error codes: each once, with its HTTP status and message. */
export const planErrors = defineErrors('PLAN', {
  MODEL_NOT_FOUND: {
    status: 404,
    vi: (p: { no: number }) => `Không có mô hình số ${p.no}`,
    en: (p: { no: number }) => `No model ${p.no}`,
  },
  AGENCY_NOT_FOUND: {
    status: 404,
    vi: (p: { code: string }) => `Không có cơ quan ${p.code}`,
    en: (p: { code: string }) => `No agency ${p.code}`,
  },
  REPORT_NOT_FOUND: {
    status: 404,
    vi: 'Không có báo cáo này',
    en: 'No such report',
  },
  ATTACHMENT_NOT_FOUND: {
    status: 404,
    vi: 'Không có tệp đính kèm này',
    en: 'No such attachment',
  },
  CONSOLIDATION_NOT_FOUND: {
    status: 404,
    vi: 'Không có báo cáo tổng hợp này',
    en: 'No such report',
  },
  OTHER_AGENCY_MODEL: {
    status: 403,
    vi: (p: { no: number }) => `Mô hình ${p.no} không do cơ quan của bạn chủ trì`,
    en: (p: { no: number }) => `Model ${p.no} is led by another agency`,
  },
  NOT_YOUR_AGENCY: {
    status: 403,
    vi: (p: { agencyCode: string }) => `Bạn không báo cáo thay cho ${p.agencyCode}`,
    en: (p: { agencyCode: string }) => `You do not report for ${p.agencyCode}`,
  },
  AGENCY_REQUIRED: {
    status: 422,
    vi: 'Cần chỉ rõ cơ quan báo cáo (agencyCode)',
    en: 'Name the reporting agency (agencyCode)',
  },
  CONSOLIDATION_RESTRICTED: {
    status: 403,
    vi: 'Báo cáo tổng hợp chỉ dành cho Ban Chỉ đạo',
    en: 'Consolidated reports are for the committee only',
  },
  MONTH_CLOSED: {
    status: 409,
    vi: (p: { month: string }) => `Tháng ${p.month} đã khóa sổ, không nhận báo cáo`,
    en: (p: { month: string }) => `Month ${p.month} is closed to reports`,
  },
  MONTH_NOT_OPEN: {
    status: 422,
    vi: (p: { month: string }) => `Chưa đến kỳ báo cáo tháng ${p.month}`,
    en: (p: { month: string }) => `Month ${p.month} is not open yet`,
  },
  REPORT_EXISTS: {
    status: 409,
    vi: 'Đã có báo cáo tháng này, hãy tiếp tục bản đó',
    en: 'A report for this month exists: resume it',
  },
  REPORT_SUBMITTED: {
    status: 409,
    vi: 'Báo cáo đã gửi, không sửa được',
    en: 'The report was submitted and cannot change',
  },
  REPORT_INCOMPLETE: {
    status: 422,
    vi: 'Báo cáo còn thiếu nội dung bắt buộc',
    en: 'The report lacks required content',
  },
  ATTACHMENT_TOO_LARGE: {
    status: 413,
    vi: (p: { maxBytes: number }) => `Tệp vượt quá ${p.maxBytes / 1_048_576} MiB`,
    en: (p: { maxBytes: number }) => `The file exceeds ${p.maxBytes / 1_048_576} MiB`,
  },
  ATTACHMENT_TYPE: {
    status: 415,
    vi: 'Loại tệp không được nhận, hoặc nội dung không đúng loại',
    en: 'File type refused or content not of that type',
  },
  ATTACHMENT_LIMIT: {
    status: 409,
    vi: (p: { max: number }) => `Mỗi báo cáo tối đa ${p.max} tệp`,
    en: (p: { max: number }) => `At most ${p.max} files per report`,
  },
  REASON_REQUIRED: {
    status: 422,
    vi: 'Cần nêu lý do',
    en: 'A reason is required',
  },
  STATUS_UNCHANGED: {
    status: 409,
    vi: 'Mô hình đã ở trạng thái này',
    en: 'The model already has this status',
  },
})

export const modelNotFound = (no: number): AppError => planErrors.refuse('MODEL_NOT_FOUND', { no })
export const agencyNotFound = (code: string): AppError =>
  planErrors.refuse('AGENCY_NOT_FOUND', { code })
export const reportNotFound = (id: number): AppError =>
  planErrors.refuse('REPORT_NOT_FOUND', { id })
export const attachmentNotFound = (id: number): AppError =>
  planErrors.refuse('ATTACHMENT_NOT_FOUND', { id })
export const consolidationNotFound = (id: number): AppError =>
  planErrors.refuse('CONSOLIDATION_NOT_FOUND', { id })
export const otherAgencyModel = (no: number, agencyCodes: string[]): AppError =>
  planErrors.refuse('OTHER_AGENCY_MODEL', { no }, { no, agencyCodes })
export const notYourAgency = (agencyCode: string): AppError =>
  planErrors.refuse('NOT_YOUR_AGENCY', { agencyCode })
export const agencyRequired = (choices: string[]): AppError =>
  planErrors.refuse('AGENCY_REQUIRED', { choices })
export const consolidationRestricted = (): AppError => planErrors.refuse('CONSOLIDATION_RESTRICTED')
export const monthClosed = (month: string): AppError => planErrors.refuse('MONTH_CLOSED', { month })
export const monthNotOpen = (month: string): AppError =>
  planErrors.refuse('MONTH_NOT_OPEN', { month })
export const reportExists = (reportId: number): AppError =>
  planErrors.refuse('REPORT_EXISTS', { reportId })
export const reportSubmitted = (reportId: number): AppError =>
  planErrors.refuse('REPORT_SUBMITTED', { reportId })
export const reportIncomplete = (fields: string[]): AppError =>
  planErrors.refuse('REPORT_INCOMPLETE', { fields })
export const attachmentTooLarge = (maxBytes: number): AppError =>
  planErrors.refuse('ATTACHMENT_TOO_LARGE', { maxBytes })
export const attachmentTypeRefused = (allowed: string[]): AppError =>
  planErrors.refuse('ATTACHMENT_TYPE', { allowed })
export const attachmentLimit = (max: number): AppError =>
  planErrors.refuse('ATTACHMENT_LIMIT', { max })
export const reasonRequired = (): AppError => planErrors.refuse('REASON_REQUIRED')
export const statusUnchanged = (status: string): AppError =>
  planErrors.refuse('STATUS_UNCHANGED', { status })
