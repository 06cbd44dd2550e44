import { defineErrors, type AppError } from '../../platform/http/errors.js'

/** The population module's error codes: each once, with its HTTP status and message. */
export const populationErrors = defineErrors('POPULATION', {
  UNIT_NOT_FOUND: {
    status: 404,
    vi: (p: { code: string; asOf: string }) =>
      `Không có đơn vị hành chính mã ${p.code} vào ngày ${p.asOf}`,
    en: (p: { code: string; asOf: string }) => `No administrative unit ${p.code} on ${p.asOf}`,
  },
  AS_OF_INVALID: {
    status: 400,
    vi: (p: { asOf: string }) => `Ngày không hợp lệ: ${p.asOf} (YYYY-MM-DD)`,
    en: (p: { asOf: string }) => `Not a calendar date: ${p.asOf} (YYYY-MM-DD)`,
  },
  AS_OF_IN_FUTURE: {
    status: 422,
    vi: (p: { asOf: string; today: string }) => `Ngày ${p.asOf} ở tương lai (hôm nay ${p.today})`,
    en: (p: { asOf: string; today: string }) => `${p.asOf} is in the future (today is ${p.today})`,
  },
  RESIDENT_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy công dân',
    en: 'No resident with this number',
  },
  PERSONAL_NUMBER_INVALID: {
    status: 422,
    vi: 'Số định danh cá nhân không hợp lệ',
    en: 'Invalid personal identification number',
  },
  SEARCH_TOO_BROAD: {
    status: 422,
    vi: 'Cần ít nhất 2 ký tự của họ tên, hoặc ngày sinh, hoặc đơn vị',
    en: 'Give at least 2 letters of the name, a birth date or a unit',
  },
  SUCCESSOR_UNKNOWN: {
    status: 404,
    vi: (p: { code: string }) => `Chưa có dữ liệu đơn vị kế thừa ${p.code}`,
    en: (p: { code: string }) => `No recorded successor of unit ${p.code}`,
  },
  ALREADY_LOADED: {
    status: 409,
    vi: (p: { seed: number; scale: number }) =>
      `Đã nạp dân cư (seed ${p.seed}, ${p.scale} người); dùng --reset để nạp lại`,
    en: (p: { seed: number; scale: number }) =>
      `A population is loaded (seed ${p.seed}, scale ${p.scale}); use --reset to replace it`,
  },
  SCALE_OUT_OF_RANGE: {
    status: 422,
    vi: (p: { min: number; max: number; scale: number }) =>
      `Quy mô phải từ ${p.min} đến ${p.max} người (nhận ${p.scale})`,
    en: (p: { min: number; max: number; scale: number }) =>
      `Scale must be ${p.min}..${p.max} (got ${p.scale})`,
  },
  RESIDENT_DECEASED: {
    status: 409,
    vi: 'Công dân đã được đăng ký khai tử',
    en: 'The resident is registered as deceased',
  },
  RESIDENT_NOT_PRESENT: {
    status: 409,
    vi: 'Công dân không còn thường trú trong sổ đăng ký',
    en: 'The resident no longer has a permanent residence in the register',
  },
  COMMUNE_UNKNOWN: {
    status: 422,
    vi: (p: { code: string }) =>
      `Không có xã, phường mã ${p.code} theo đơn vị hành chính hiện hành`,
    en: (p: { code: string }) => `No current commune with code ${p.code}`,
  },
  DATE_INVALID: {
    status: 422,
    vi: (p: { field: string }) => `Ngày không hợp lệ ở trường ${p.field} (YYYY-MM-DD)`,
    en: (p: { field: string }) => `Not a calendar date in ${p.field} (YYYY-MM-DD)`,
  },
  DATE_IN_FUTURE: {
    status: 422,
    vi: (p: { field: string; today: string }) =>
      `Ngày ở trường ${p.field} nằm sau hôm nay (${p.today})`,
    en: (p: { field: string; today: string }) =>
      `The date in ${p.field} is after today (${p.today})`,
  },
  DATE_OUT_OF_ORDER: {
    status: 422,
    vi: (p: { field: string; after: string }) => `Ngày ở trường ${p.field} phải sau ${p.after}`,
    en: (p: { field: string; after: string }) =>
      `The date in ${p.field} must come after ${p.after}`,
  },
  TEXT_INVALID: {
    status: 422,
    vi: (p: { field: string }) => `Trường ${p.field} không được để trống và tối đa 500 ký tự`,
    en: (p: { field: string }) => `${p.field} must be 1 to 500 characters`,
  },
  BIRTH_PROVINCE_UNKNOWN: {
    status: 422,
    vi: (p: { code: string }) => `Mã tỉnh nơi đăng ký khai sinh ${p.code} không tồn tại`,
    en: (p: { code: string }) => `Unknown birth-registration province code ${p.code}`,
  },
  ETHNICITY_UNKNOWN: {
    status: 422,
    vi: (p: { code: string }) => `Mã dân tộc ${p.code} không tồn tại (01-54)`,
    en: (p: { code: string }) => `Unknown ethnicity code ${p.code} (01-54)`,
  },
  PARENT_INVALID: {
    status: 422,
    vi: 'Cha, mẹ hoặc hộ của trẻ không khớp với sổ đăng ký',
    en: "The child's parents or household do not match the register",
  },
  HOUSEHOLD_NOT_FOUND: {
    status: 422,
    vi: 'Không có hộ gia đình này tại xã, phường đã chọn',
    en: 'No such household in the chosen commune',
  },
  PERSONAL_NUMBERS_EXHAUSTED: {
    status: 503,
    vi: 'Chưa cấp được số định danh mới, vui lòng thử lại',
    en: 'Could not allocate a new personal number; try again',
  },
  CHECK_QUESTION_INVALID: {
    status: 400,
    vi: (p: { expected: string }) => `Câu hỏi đối chiếu không hợp lệ, cần: ${p.expected}`,
    en: (p: { expected: string }) => `Not a valid question; expected: ${p.expected}`,
  },
})

export const unitNotFound = (code: string, asOf: string, details: unknown = null): AppError =>
  populationErrors.refuse('UNIT_NOT_FOUND', { code, asOf }, details)
export const asOfInvalid = (asOf: string): AppError =>
  populationErrors.refuse('AS_OF_INVALID', { asOf }, { field: 'asOf' })
export const asOfInFuture = (asOf: string, today: string): AppError =>
  populationErrors.refuse('AS_OF_IN_FUTURE', { asOf, today }, { field: 'asOf', today })
export const residentNotFound = (): AppError => populationErrors.refuse('RESIDENT_NOT_FOUND')
export const personalNumberInvalid = (problems: unknown): AppError =>
  populationErrors.refuse('PERSONAL_NUMBER_INVALID', problems)
export const searchTooBroad = (): AppError => populationErrors.refuse('SEARCH_TOO_BROAD')
export const successorUnknown = (code: string, details: unknown): AppError =>
  populationErrors.refuse('SUCCESSOR_UNKNOWN', { code }, details)

export const alreadyLoaded = (run: { seed: number; scale: number }): AppError =>
  populationErrors.refuse('ALREADY_LOADED', { seed: run.seed, scale: run.scale })
export const scaleOutOfRange = (min: number, max: number, scale: number): AppError =>
  populationErrors.refuse('SCALE_OUT_OF_RANGE', { min, max, scale })

export const residentDeceased = (): AppError => populationErrors.refuse('RESIDENT_DECEASED')
export const residentNotPresent = (): AppError => populationErrors.refuse('RESIDENT_NOT_PRESENT')
export const communeUnknown = (code: string, field: string): AppError =>
  populationErrors.refuse('COMMUNE_UNKNOWN', { code }, { field })
export const dateInvalid = (field: string): AppError =>
  populationErrors.refuse('DATE_INVALID', { field }, { field })
export const dateInFuture = (field: string, today: string): AppError =>
  populationErrors.refuse('DATE_IN_FUTURE', { field, today }, { field, today })
export const dateOutOfOrder = (field: string, after: string): AppError =>
  populationErrors.refuse('DATE_OUT_OF_ORDER', { field, after }, { field, after })
export const textInvalid = (field: string): AppError =>
  populationErrors.refuse('TEXT_INVALID', { field }, { field })
export const birthProvinceUnknown = (code: string): AppError =>
  populationErrors.refuse('BIRTH_PROVINCE_UNKNOWN', { code }, { field: 'birthProvinceCode' })
export const ethnicityUnknown = (code: string): AppError =>
  populationErrors.refuse('ETHNICITY_UNKNOWN', { code }, { field: 'ethnicityCode' })
/** `reason` names the rule broken, never the people (no personal data in errors). */
export const parentInvalid = (field: string, reason: string): AppError =>
  populationErrors.refuse('PARENT_INVALID', { field, reason })
export const householdNotFound = (): AppError =>
  populationErrors.refuse('HOUSEHOLD_NOT_FOUND', { field: 'householdId' })
export const personalNumbersExhausted = (): AppError =>
  populationErrors.refuse('PERSONAL_NUMBERS_EXHAUSTED')
export const checkQuestionInvalid = (expected: string): AppError =>
  populationErrors.refuse('CHECK_QUESTION_INVALID', { expected })
