import { defineErrors } from '../../platform/http/errors.js'
import type { FieldError } from '../../platform/forms/form-validator.js'

/** The documents module's error codes: each once, with its HTTP status and message. */
export const documentsErrors = defineErrors('DOCUMENT', {
  // The vault.
  ISSUE_BODY_INVALID: {
    status: 400,
    vi: 'Yêu cầu cấp giấy tờ không hợp lệ, cần: POST { personalNumber, kind, fields, issuedOn, pdf? }',
    en: 'Not a valid issuance; expected: POST { personalNumber, kind, fields, issuedOn, pdf? }',
  },
  KIND_UNKNOWN: { status: 422, vi: 'Không có loại giấy tờ này', en: 'No such kind of document' },
  KIND_NOT_ENTITLED: {
    status: 403,
    vi: 'Cơ quan của hệ thống này không được cấp loại giấy tờ này',
    en: "This system's agency may not issue this kind of document",
  },
  ISSUER_WITHOUT_AGENCY: {
    status: 403,
    vi: 'Hệ thống đối tác chưa được gắn với cơ quan cấp giấy tờ',
    en: 'The partner system is not bound to an issuing agency',
  },
  FIELDS_INVALID: {
    status: 422,
    vi: 'Thông tin giấy tờ chưa hợp lệ: xem từng trường',
    en: "The document's fields have errors: see each field",
  },
  OWNER_UNKNOWN: {
    status: 404,
    vi: 'Không có công dân mang số định danh này',
    en: 'No resident holds this personal number',
  },
  ISSUED_ON_INVALID: {
    status: 422,
    vi: 'Ngày cấp không hợp lệ hoặc ở tương lai',
    en: 'The date of issue is not valid or is in the future',
  },
  KIND_NOT_UPLOADABLE: {
    status: 422,
    vi: 'Loại giấy tờ này không tải lên được (chỉ do cơ quan cấp hoặc chứng thực)',
    en: 'This kind of document cannot be uploaded (it is issued or certified only)',
  },
  FILE_TOO_LARGE: {
    status: 413,
    vi: (p: { limitMegabytes: number }) => `Tệp vượt quá ${p.limitMegabytes} MB`,
    en: (p: { limitMegabytes: number }) => `The file is over ${p.limitMegabytes} MB`,
  },
  FILE_TYPE_REFUSED: {
    status: 415,
    vi: 'Chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp)',
    en: 'Only PDF, JPEG or PNG files are accepted (checked by content)',
  },
  PDF_UNREADABLE: {
    status: 422,
    vi: 'Tệp không phải là PDF đọc được',
    en: 'The file is not a readable PDF',
  },
  PDF_ENCRYPTED: {
    status: 422,
    vi: 'Tệp PDF đang được mã hóa hoặc đặt mật khẩu: hãy tải lên bản không mã hóa',
    en: 'The PDF is encrypted or password-protected: upload an unencrypted copy',
  },
  IMAGE_UNREADABLE: {
    status: 422,
    vi: 'Ảnh bị hỏng hoặc không đọc được',
    en: 'The image is damaged or unreadable',
  },
  IMAGE_TOO_LARGE: {
    status: 422,
    vi: (p: { limitMegapixels: number }) =>
      `Ảnh quá lớn (vượt ${p.limitMegapixels} triệu điểm ảnh)`,
    en: (p: { limitMegapixels: number }) =>
      `The image is too large (over ${p.limitMegapixels} megapixels)`,
  },
  NOT_FOUND: { status: 404, vi: 'Không có giấy tờ này', en: 'No such document' },
  NO_FILE: { status: 404, vi: 'Giấy tờ này không có tệp', en: 'This document has no file' },
  KIND_NOT_ACCEPTED: {
    status: 422,
    vi: 'Giấy tờ trong kho không thuộc loại mà thủ tục này yêu cầu',
    en: 'The vault document is not of a kind this requirement accepts',
  },
  // Sharing.
  SHARE_NOT_FOUND: {
    status: 404,
    vi: 'Không có đường dẫn chia sẻ này',
    en: 'No such share link',
  },
  SHARE_EXPIRED: {
    status: 410,
    vi: 'Đường dẫn chia sẻ đã hết hạn',
    en: 'The share link has expired',
  },
  SHARE_REVOKED: {
    status: 410,
    vi: 'Người chia sẻ đã thu hồi đường dẫn này',
    en: 'The owner has revoked this share link',
  },
})

export const issueBodyInvalid = () => documentsErrors.refuse('ISSUE_BODY_INVALID')
export const kindUnknown = (kind: string) => documentsErrors.refuse('KIND_UNKNOWN', { kind })
export const kindNotEntitled = (kind: string) =>
  documentsErrors.refuse('KIND_NOT_ENTITLED', { kind })
export const issuerWithoutAgency = () => documentsErrors.refuse('ISSUER_WITHOUT_AGENCY')
export const fieldsInvalid = (fields: FieldError[]) =>
  documentsErrors.refuse('FIELDS_INVALID', { fields })
export const ownerUnknown = () => documentsErrors.refuse('OWNER_UNKNOWN')
export const issuedOnInvalid = () => documentsErrors.refuse('ISSUED_ON_INVALID')
export const kindNotUploadable = (kind: string) =>
  documentsErrors.refuse('KIND_NOT_UPLOADABLE', { kind })
export const fileTooLarge = (limitBytes: number) =>
  documentsErrors.refuse(
    'FILE_TOO_LARGE',
    { limitMegabytes: limitBytes / 1024 / 1024 },
    { limitBytes },
  )
export const fileTypeRefused = () => documentsErrors.refuse('FILE_TYPE_REFUSED')
export const pdfUnreadable = () => documentsErrors.refuse('PDF_UNREADABLE')
export const pdfEncrypted = () => documentsErrors.refuse('PDF_ENCRYPTED')
export const imageUnreadable = () => documentsErrors.refuse('IMAGE_UNREADABLE')
export const imageTooLarge = (limitPixels: number) =>
  documentsErrors.refuse(
    'IMAGE_TOO_LARGE',
    { limitMegapixels: limitPixels / 1_000_000 },
    { limitPixels },
  )
export const documentNotFound = () => documentsErrors.refuse('NOT_FOUND')
export const documentHasNoFile = () => documentsErrors.refuse('NO_FILE')
export const kindNotAccepted = (kind: string, accepted: string[]) =>
  documentsErrors.refuse('KIND_NOT_ACCEPTED', { kind, accepted })
export const shareNotFound = () => documentsErrors.refuse('SHARE_NOT_FOUND')
export const shareExpired = () => documentsErrors.refuse('SHARE_EXPIRED')
export const shareRevoked = () => documentsErrors.refuse('SHARE_REVOKED')
