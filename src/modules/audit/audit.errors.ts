import { AppError } from '../../platform/http/errors.js'

/** A caller built a bad entry: a defect in the calling module, not the client's fault. */
export const entryInvalid = (field: string, problem: string): AppError =>
  new AppError('AUDIT_ENTRY_INVALID', {
    status: 500,
    message: `Mục nhật ký kiểm toán không hợp lệ (${field}: ${problem}) / Invalid audit entry (${field}: ${problem})`,
    details: { field, problem },
  })

export const purposeUnknown = (purpose: string): AppError =>
  new AppError('AUDIT_PURPOSE_UNKNOWN', {
    status: 422,
    message: `Mục đích khai thác dữ liệu không có trong danh mục: ${purpose} / Unknown purpose: ${purpose}`,
    details: { field: 'purpose' },
  })

export const subjectInvalid = (): AppError =>
  new AppError('AUDIT_SUBJECT_INVALID', {
    status: 422,
    message:
      'Số định danh cá nhân phải gồm 12 chữ số / A personal identification number has 12 digits',
    details: { field: 'personalNumber' },
  })

export const cursorInvalid = (): AppError =>
  new AppError('AUDIT_CURSOR_INVALID', {
    status: 400,
    message: 'Con trỏ trang không hợp lệ / Invalid page cursor',
    details: { field: 'before' },
  })

/**
 * The chain's last entry is not the one the latest checkpoint recorded: someone removed or
 * rewrote sealed entries. Sealing on top would bury the evidence, so the sealer stops.
 */
export const chainHeadMismatch = (details: unknown): AppError =>
  new AppError('AUDIT_CHAIN_HEAD_MISMATCH', {
    status: 500,
    message:
      'Đầu chuỗi nhật ký kiểm toán không khớp điểm kiểm tra cuối, ngừng niêm phong / The audit chain head does not match the latest checkpoint; sealing stopped',
    details,
  })
