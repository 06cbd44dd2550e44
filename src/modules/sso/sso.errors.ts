import { defineErrors, type AppError } from '../../platform/http/errors.js'

/** The sso module's error codes: each once, with its HTTP status and message. */
export const ssoErrors = defineErrors('SSO', {
  CLIENT_INVALID: {
    status: 422,
    vi: 'Đăng ký ứng dụng không hợp lệ',
    en: (p: { reason: string }) => `Invalid client registration: ${p.reason}`,
  },
  CLIENT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy ứng dụng', en: 'No such client' },
  CLIENT_EXISTS: { status: 409, vi: 'Mã ứng dụng đã tồn tại', en: 'The client id is taken' },
  INTERACTION_NOT_FOUND: {
    status: 404,
    vi: 'Phiên đăng nhập đã hết hạn, hãy quay lại ứng dụng và thử lại',
    en: 'The sign-in expired: go back to the application and start again',
  },
  INTERACTION_STEP_INVALID: {
    status: 409,
    vi: 'Bước đăng nhập không đúng thứ tự',
    en: 'This sign-in step is out of order',
  },
  CONSENT_NOT_FOUND: {
    status: 404,
    vi: 'Không có sự đồng ý nào với ứng dụng này',
    en: 'No consent given to this client',
  },
})

export const clientInvalid = (reason: string, details: Record<string, unknown> = {}): AppError =>
  ssoErrors.refuse('CLIENT_INVALID', { reason }, details)

export const clientNotFound = (): AppError => ssoErrors.refuse('CLIENT_NOT_FOUND')

export const clientExists = (): AppError => ssoErrors.refuse('CLIENT_EXISTS')

export const interactionNotFound = (): AppError => ssoErrors.refuse('INTERACTION_NOT_FOUND')

export const interactionStepInvalid = (expected: string): AppError =>
  ssoErrors.refuse('INTERACTION_STEP_INVALID', { expected })

export const consentNotFound = (): AppError => ssoErrors.refuse('CONSENT_NOT_FOUND')
