import { AppError } from '../../platform/http/errors.js'

export const unitNotFound = (code: string, asOf: string, details: unknown = null): AppError =>
  new AppError('POPULATION_UNIT_NOT_FOUND', {
    status: 404,
    message: `Không có đơn vị hành chính mã ${code} vào ngày ${asOf} / No administrative unit ${code} on ${asOf}`,
    details,
  })

export const asOfInvalid = (asOf: string): AppError =>
  new AppError('POPULATION_AS_OF_INVALID', {
    status: 400,
    message: `Ngày không hợp lệ: ${asOf} (YYYY-MM-DD) / Not a calendar date: ${asOf} (YYYY-MM-DD)`,
    details: { field: 'asOf' },
  })

export const asOfInFuture = (asOf: string, today: string): AppError =>
  new AppError('POPULATION_AS_OF_IN_FUTURE', {
    status: 422,
    message: `Ngày ${asOf} ở tương lai (hôm nay ${today}) / ${asOf} is in the future (today is ${today})`,
    details: { field: 'asOf', today },
  })

export const residentNotFound = (): AppError =>
  new AppError('POPULATION_RESIDENT_NOT_FOUND', {
    status: 404,
    message: 'Không tìm thấy công dân / No resident with this number',
  })

export const personalNumberInvalid = (problems: unknown): AppError =>
  new AppError('POPULATION_PERSONAL_NUMBER_INVALID', {
    status: 422,
    message: 'Số định danh cá nhân không hợp lệ / Invalid personal identification number',
    details: problems,
  })

export const searchTooBroad = (): AppError =>
  new AppError('POPULATION_SEARCH_TOO_BROAD', {
    status: 422,
    message:
      'Cần ít nhất 2 ký tự của họ tên, hoặc ngày sinh, hoặc đơn vị / Give at least 2 letters of the name, a birth date or a unit',
  })

export const successorUnknown = (code: string, details: unknown): AppError =>
  new AppError('POPULATION_SUCCESSOR_UNKNOWN', {
    status: 404,
    message: `Chưa có dữ liệu đơn vị kế thừa ${code} / No recorded successor of unit ${code}`,
    details,
  })
