import { defineErrors } from '../../platform/http/errors.js'
import type { FieldError } from '../../platform/forms/form-validator.js'

/** The services module's error codes: each once, with its HTTP status and message. */
export const servicesErrors = defineErrors('SERVICE', {
  UNKNOWN: { status: 404, vi: 'Không có dịch vụ công này', en: 'No such public service' },
  EID_LEVEL_TOO_LOW: {
    status: 403,
    vi: (p: { required: number }) =>
      `Dịch vụ này cần tài khoản định danh điện tử mức ${p.required}`,
    en: (p: { required: number }) => `This service needs an eID of level ${p.required}`,
  },
  APPLICANT_NOT_REGISTERED: {
    status: 403,
    vi: 'Chỉ công dân có trong Cơ sở dữ liệu quốc gia về dân cư mới nộp được hồ sơ',
    en: 'Only residents in the population database can file',
  },
  FORM_INVALID: {
    status: 422,
    vi: 'Tờ khai chưa hợp lệ: xem từng trường',
    en: 'The form has errors: see each field',
  },
  COMMUNE_UNKNOWN: {
    status: 422,
    vi: 'Mã xã, phường không phải đơn vị hành chính cấp xã hiện hành',
    en: 'Not a commune in force today',
  },
  DRAFT_TOO_LARGE: { status: 413, vi: 'Bản nháp quá lớn', en: 'The draft is too large' },
  ATTACHMENT_TYPE_REFUSED: {
    status: 415,
    vi: 'Chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp)',
    en: 'Only PDF, JPEG or PNG files are accepted (checked by content)',
  },
  ATTACHMENT_TOO_LARGE: {
    status: 413,
    vi: 'Tệp đính kèm vượt quá 5 MB',
    en: 'The attachment is over 5 MB',
  },
  ATTACHMENT_UNKNOWN: {
    status: 422,
    vi: 'Tệp đính kèm không tồn tại hoặc đã dùng cho hồ sơ khác',
    en: 'The attachment does not exist or belongs to another dossier',
  },
  ATTACHMENT_REQUIRED: {
    status: 422,
    vi: 'Thiếu giấy tờ bắt buộc',
    en: 'A required document is missing',
  },
  DOSSIER_NOT_FOUND: { status: 404, vi: 'Không có hồ sơ này', en: 'No such dossier' },
  NO_FEE: { status: 409, vi: 'Hồ sơ này không phải nộp phí', en: 'This dossier has no fee' },
  IDEMPOTENCY_KEY_REQUIRED: {
    status: 400,
    vi: 'Cần tiêu đề Idempotency-Key để nộp hồ sơ',
    en: 'Filing needs an Idempotency-Key header',
  },
  IDEMPOTENCY_KEY_INVALID: {
    status: 400,
    vi: 'Idempotency-Key phải gồm 1-200 ký tự ASCII in được',
    en: 'An Idempotency-Key is 1-200 printable ASCII characters',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    vi: 'Idempotency-Key này đã dùng cho một yêu cầu khác',
    en: 'This Idempotency-Key was used for another request',
  },
  // The one-stop shop's handling (officer's side).
  DOSSIER_OUTSIDE_UNITS: {
    status: 403,
    vi: 'Hồ sơ không thuộc đơn vị hoặc lĩnh vực cán bộ được giao xử lý',
    en: 'The dossier is outside the units or services you handle',
  },
  DOSSIER_ALREADY_DECIDED: {
    status: 409,
    vi: 'Hồ sơ đã có kết quả giải quyết',
    en: 'The dossier has already been decided',
  },
  DOSSIER_IS_LINKED_FILING: {
    status: 409,
    vi: 'Hồ sơ liên thông được xử lý theo từng hồ sơ thành phần',
    en: 'A linked filing is handled through its parts',
  },
  REFUSAL_REASON_REQUIRED: {
    status: 422,
    vi: 'Cần nêu lý do từ chối',
    en: 'A refusal needs a reason',
  },
  INFO_NOT_REQUESTED: {
    status: 409,
    vi: 'Hồ sơ không ở trạng thái chờ bổ sung',
    en: 'No further information was asked for this dossier',
  },
  INFO_ALREADY_REQUESTED: {
    status: 409,
    vi: 'Hồ sơ đang chờ công dân bổ sung',
    en: 'The dossier is already waiting for the resident',
  },
  ASSIGNEE_NOT_ELIGIBLE: {
    status: 422,
    vi: 'Người được giao không có quyền xử lý hồ sơ này',
    en: 'The assignee may not handle this dossier',
  },
  RESULT_NOT_READY: {
    status: 409,
    vi: 'Hồ sơ chưa được duyệt nên chưa có kết quả',
    en: 'The dossier is not approved: there is no result yet',
  },
  ATTACHMENT_NOT_FOUND: {
    status: 404,
    vi: 'Hồ sơ không có tệp đính kèm này',
    en: 'The dossier has no such attachment',
  },
})

export const serviceUnknown = () => servicesErrors.refuse('UNKNOWN')
export const eidLevelTooLow = (required: number, held: number) =>
  servicesErrors.refuse('EID_LEVEL_TOO_LOW', { required }, { required, held })
export const applicantNotRegistered = () => servicesErrors.refuse('APPLICANT_NOT_REGISTERED')
export const formInvalid = (fields: FieldError[]) =>
  servicesErrors.refuse('FORM_INVALID', { fields })
export const communeUnknown = (field: string) => servicesErrors.refuse('COMMUNE_UNKNOWN', { field })
export const draftTooLarge = (limitBytes: number) =>
  servicesErrors.refuse('DRAFT_TOO_LARGE', { limitBytes })
export const attachmentTypeRefused = () => servicesErrors.refuse('ATTACHMENT_TYPE_REFUSED')
export const attachmentTooLarge = (limitBytes: number) =>
  servicesErrors.refuse('ATTACHMENT_TOO_LARGE', { limitBytes })
export const attachmentUnknown = (id: string) => servicesErrors.refuse('ATTACHMENT_UNKNOWN', { id })
export const attachmentRequired = (requirements: string[]) =>
  servicesErrors.refuse('ATTACHMENT_REQUIRED', { requirements })
export const noFee = () => servicesErrors.refuse('NO_FEE')
export const dossierNotFound = () => servicesErrors.refuse('DOSSIER_NOT_FOUND')
export const idempotencyKeyRequired = () => servicesErrors.refuse('IDEMPOTENCY_KEY_REQUIRED')
export const idempotencyKeyInvalid = () => servicesErrors.refuse('IDEMPOTENCY_KEY_INVALID')
export const idempotencyKeyReused = () => servicesErrors.refuse('IDEMPOTENCY_KEY_REUSED')

// The one-stop shop's handling (officer's side).
export const dossierOutsideUnits = () => servicesErrors.refuse('DOSSIER_OUTSIDE_UNITS')
export const dossierAlreadyDecided = (status: string) =>
  servicesErrors.refuse('DOSSIER_ALREADY_DECIDED', { status })
export const dossierIsLinkedFiling = () => servicesErrors.refuse('DOSSIER_IS_LINKED_FILING')
export const refusalReasonRequired = () => servicesErrors.refuse('REFUSAL_REASON_REQUIRED')
export const infoNotRequested = () => servicesErrors.refuse('INFO_NOT_REQUESTED')
export const infoAlreadyRequested = () => servicesErrors.refuse('INFO_ALREADY_REQUESTED')
export const assigneeNotEligible = () => servicesErrors.refuse('ASSIGNEE_NOT_ELIGIBLE')
export const resultNotReady = () => servicesErrors.refuse('RESULT_NOT_READY')
export const dossierAttachmentNotFound = () => servicesErrors.refuse('ATTACHMENT_NOT_FOUND')
