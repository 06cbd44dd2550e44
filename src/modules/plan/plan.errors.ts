import { AppError } from '../../platform/http/errors.js'

const refuse = (code: string, status: number, message: string, details?: unknown): AppError =>
  new AppError(code, { status, message, details })

export const modelNotFound = (no: number): AppError =>
  refuse('PLAN_MODEL_NOT_FOUND', 404, `Không có mô hình số ${no} / No model ${no}`, { no })
export const agencyNotFound = (code: string): AppError =>
  refuse('PLAN_AGENCY_NOT_FOUND', 404, `Không có cơ quan ${code} / No agency ${code}`, { code })
export const reportNotFound = (id: number): AppError =>
  refuse('PLAN_REPORT_NOT_FOUND', 404, 'Không có báo cáo này / No such report', { id })
export const attachmentNotFound = (id: number): AppError =>
  refuse('PLAN_ATTACHMENT_NOT_FOUND', 404, 'Không có tệp đính kèm này / No such attachment', {
    id,
  })
export const consolidationNotFound = (id: number): AppError =>
  refuse('PLAN_CONSOLIDATION_NOT_FOUND', 404, 'Không có báo cáo tổng hợp này / No such report', {
    id,
  })

export const otherAgencyModel = (no: number, agencyCodes: string[]): AppError =>
  refuse(
    'PLAN_OTHER_AGENCY_MODEL',
    403,
    `Mô hình ${no} không do cơ quan của bạn chủ trì / Model ${no} is led by another agency`,
    { no, agencyCodes },
  )
export const notYourAgency = (agencyCode: string): AppError =>
  refuse(
    'PLAN_NOT_YOUR_AGENCY',
    403,
    `Bạn không báo cáo thay cho ${agencyCode} / You do not report for ${agencyCode}`,
    { agencyCode },
  )
export const agencyRequired = (choices: string[]): AppError =>
  refuse(
    'PLAN_AGENCY_REQUIRED',
    422,
    'Cần chỉ rõ cơ quan báo cáo (agencyCode) / Name the reporting agency (agencyCode)',
    { choices },
  )
export const consolidationRestricted = (): AppError =>
  refuse(
    'PLAN_CONSOLIDATION_RESTRICTED',
    403,
    'Báo cáo tổng hợp chỉ dành cho Ban Chỉ đạo / Consolidated reports are for the committee only',
  )

export const monthClosed = (month: string): AppError =>
  refuse(
    'PLAN_MONTH_CLOSED',
    409,
    `Tháng ${month} đã khóa sổ, không nhận báo cáo / Month ${month} is closed to reports`,
    { month },
  )
export const monthNotOpen = (month: string): AppError =>
  refuse(
    'PLAN_MONTH_NOT_OPEN',
    422,
    `Chưa đến kỳ báo cáo tháng ${month} / Month ${month} is not open yet`,
    { month },
  )
export const reportExists = (reportId: number): AppError =>
  refuse(
    'PLAN_REPORT_EXISTS',
    409,
    'Đã có báo cáo tháng này, hãy tiếp tục bản đó / A report for this month exists: resume it',
    { reportId },
  )
export const reportSubmitted = (reportId: number): AppError =>
  refuse(
    'PLAN_REPORT_SUBMITTED',
    409,
    'Báo cáo đã gửi, không sửa được / The report was submitted and cannot change',
    { reportId },
  )
export const reportIncomplete = (fields: string[]): AppError =>
  refuse(
    'PLAN_REPORT_INCOMPLETE',
    422,
    'Báo cáo còn thiếu nội dung bắt buộc / The report lacks required content',
    { fields },
  )

export const attachmentTooLarge = (maxBytes: number): AppError =>
  refuse(
    'PLAN_ATTACHMENT_TOO_LARGE',
    413,
    `Tệp vượt quá ${maxBytes / 1_048_576} MiB / The file exceeds ${maxBytes / 1_048_576} MiB`,
    { maxBytes },
  )
export const attachmentTypeRefused = (allowed: string[]): AppError =>
  refuse(
    'PLAN_ATTACHMENT_TYPE',
    415,
    'Loại tệp không được nhận, hoặc nội dung không đúng loại / File type refused or content not of that type',
    { allowed },
  )
export const attachmentLimit = (max: number): AppError =>
  refuse(
    'PLAN_ATTACHMENT_LIMIT',
    409,
    `Mỗi báo cáo tối đa ${max} tệp / At most ${max} files per report`,
    { max },
  )

export const reasonRequired = (): AppError =>
  refuse('PLAN_REASON_REQUIRED', 422, 'Cần nêu lý do / A reason is required')
export const statusUnchanged = (status: string): AppError =>
  refuse(
    'PLAN_STATUS_UNCHANGED',
    409,
    `Mô hình đã ở trạng thái này / The model already has this status`,
    { status },
  )
