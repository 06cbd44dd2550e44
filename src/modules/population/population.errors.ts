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
