import { defineErrors, type AppError } from '../../platform/http/errors.js'

/** The audit module's error codes: each once, with its HTTP status and message. */
export const auditErrors = defineErrors('AUDIT', {
  ENTRY_INVALID: {
    status: 500,
    vi: (p: { field: string; problem: string }) =>
      `Mục nhật ký kiểm toán không hợp lệ (${p.field}: ${p.problem})`,
    en: (p: { field: string; problem: string }) => `Invalid audit entry (${p.field}: ${p.problem})`,
  },
  PURPOSE_UNKNOWN: {
    status: 422,
    vi: (p: { purpose: string }) =>
      `Mục đích khai thác dữ liệu không có trong danh mục: ${p.purpose}`,
    en: (p: { purpose: string }) => `Unknown purpose: ${p.purpose}`,
  },
  SUBJECT_INVALID: {
    status: 422,
    vi: 'Số định danh cá nhân phải gồm 12 chữ số',
    en: 'A personal identification number has 12 digits',
  },
  CURSOR_INVALID: {
    status: 400,
    vi: 'Con trỏ trang không hợp lệ',
    en: 'Invalid page cursor',
  },
  CHAIN_HEAD_MISMATCH: {
    status: 500,
    vi: 'Đầu chuỗi nhật ký kiểm toán không khớp điểm kiểm tra cuối, ngừng niêm phong',
    en: 'The audit chain head does not match the latest checkpoint; sealing stopped',
  },
})

/** A caller built a bad entry: a defect in the calling module, not the client's fault. */
export const entryInvalid = (field: string, problem: string): AppError =>
  auditErrors.refuse('ENTRY_INVALID', { field, problem })
export const purposeUnknown = (purpose: string): AppError =>
  auditErrors.refuse('PURPOSE_UNKNOWN', { purpose }, { field: 'purpose' })
export const subjectInvalid = (): AppError =>
  auditErrors.refuse('SUBJECT_INVALID', { field: 'personalNumber' })
export const cursorInvalid = (): AppError =>
  auditErrors.refuse('CURSOR_INVALID', { field: 'before' })
/**
 * The chain's last entry is not the one the latest checkpoint recorded: someone removed or
 * rewrote sealed entries. Sealing on top would bury the evidence, so the sealer stops.
 */
export const chainHeadMismatch = (details: unknown): AppError =>
  auditErrors.refuse('CHAIN_HEAD_MISMATCH', details)
