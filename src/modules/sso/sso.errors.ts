import { AppError } from '../../platform/http/errors.js'

export const clientInvalid = (reason: string, details: Record<string, unknown> = {}): AppError =>
  new AppError('SSO_CLIENT_INVALID', {
    status: 422,
    message: `Đăng ký ứng dụng không hợp lệ / Invalid client registration: ${reason}`,
    details,
  })

export const clientNotFound = (): AppError =>
  new AppError('SSO_CLIENT_NOT_FOUND', {
    status: 404,
    message: 'Không tìm thấy ứng dụng / No such client',
  })

export const clientExists = (): AppError =>
  new AppError('SSO_CLIENT_EXISTS', {
    status: 409,
    message: 'Mã ứng dụng đã tồn tại / The client id is taken',
  })

export const interactionNotFound = (): AppError =>
  new AppError('SSO_INTERACTION_NOT_FOUND', {
    status: 404,
    message:
      'Phiên đăng nhập đã hết hạn, hãy quay lại ứng dụng và thử lại / The sign-in expired: go back to the application and start again',
  })

export const interactionStepInvalid = (expected: string): AppError =>
  new AppError('SSO_INTERACTION_STEP_INVALID', {
    status: 409,
    message: 'Bước đăng nhập không đúng thứ tự / This sign-in step is out of order',
    details: { expected },
  })

export const consentNotFound = (): AppError =>
  new AppError('SSO_CONSENT_NOT_FOUND', {
    status: 404,
    message: 'Không có sự đồng ý nào với ứng dụng này / No consent given to this client',
  })
