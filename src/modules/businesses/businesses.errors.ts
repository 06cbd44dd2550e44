import { defineErrors } from '../../platform/http/errors.js'

/** The businesses module's error codes: each once, with its HTTP status and message. */
export const businessesErrors = defineErrors('BUSINESS', {
  NOT_FOUND: { status: 404, vi: 'Không có hộ kinh doanh này', en: 'No such household business' },
  COMMUNE_UNKNOWN: {
    status: 422,
    vi: 'Mã xã, phường không phải đơn vị hành chính cấp xã hiện hành',
    en: 'Not a commune in force today',
  },
  OWNER_UNKNOWN: {
    status: 422,
    vi: 'Không có công dân đang sinh sống mang số định danh này',
    en: 'No living resident holds this personal number',
  },
  REGISTRATION_NUMBER_TAKEN: {
    status: 409,
    vi: 'Số đăng ký hộ kinh doanh đã được dùng',
    en: 'This registration number is already in the register',
  },
  OWNER_HAS_BUSINESS: {
    status: 409,
    vi: 'Chủ hộ đang có một hộ kinh doanh khác còn hoạt động (mỗi người chỉ đăng ký một hộ kinh doanh)',
    en: 'The owner already has an active household business (one per person)',
  },
  ALREADY_ENDED: {
    status: 409,
    vi: 'Hộ kinh doanh đã chấm dứt hoạt động',
    en: 'The household business has already ended',
  },
})

export const businessNotFound = () => businessesErrors.refuse('NOT_FOUND')
export const communeUnknown = (communeCode: string) =>
  businessesErrors.refuse('COMMUNE_UNKNOWN', { communeCode })
// The number is not echoed back: personal data stays out of error messages.
export const ownerUnknown = () => businessesErrors.refuse('OWNER_UNKNOWN')
export const registrationNumberTaken = () => businessesErrors.refuse('REGISTRATION_NUMBER_TAKEN')
export const ownerHasBusiness = () => businessesErrors.refuse('OWNER_HAS_BUSINESS')
export const alreadyEnded = () => businessesErrors.refuse('ALREADY_ENDED')
