import { defineErrors } from '../../platform/http/errors.js'

/** The linkage module's error codes: each once, with its HTTP status and message. */
export const linkageErrors = defineErrors('LINKAGE', {
  FILE_EMPTY: {
    status: 422,
    vi: 'Tệp rỗng: không có dòng dữ liệu nào dưới dòng tiêu đề',
    en: 'The file is empty: no data row below the header row',
  },
  FILE_BINARY: {
    status: 415,
    vi: 'Tệp không phải CSV hay XLSX (xét theo nội dung tệp, không theo tên)',
    en: 'The file is neither CSV nor XLSX (judged by its content, not its name)',
  },
  FILE_UNREADABLE: {
    status: 422,
    vi: 'Không đọc được bảng tính XLSX: tệp hỏng hoặc không phải bảng tính Excel',
    en: 'The XLSX workbook cannot be read: the file is damaged or not an Excel workbook',
  },
  FILE_TOO_LARGE: {
    status: 413,
    vi: (p: { limitBytes: number }) => `Tệp vượt quá ${p.limitBytes} byte`,
    en: (p: { limitBytes: number }) => `The file exceeds ${p.limitBytes} bytes`,
  },
  NO_USABLE_COLUMNS: {
    status: 422,
    vi: 'Không có cột dùng được: dòng đầu phải là tiêu đề các cột, có ít nhất một cột có tên',
    en: 'No usable columns: the first row must name the columns, at least one of them',
  },
  ROW_TOO_LARGE: {
    status: 422,
    vi: (p: { row: number; limitBytes: number }) =>
      `Dòng ${p.row} dài quá ${p.limitBytes} byte: tệp bị lỗi hoặc không phải danh sách`,
    en: (p: { row: number; limitBytes: number }) =>
      `Row ${p.row} is longer than ${p.limitBytes} bytes: the file is damaged or not a list`,
  },
  DATE_FORMATS_MIXED: {
    status: 422,
    vi: (p: { column: string }) =>
      `Cột "${p.column}" ghi ngày theo nhiều kiểu khác nhau (xem các dòng trong chi tiết): sửa về một kiểu rồi tải lên lại`,
    en: (p: { column: string }) =>
      `The column "${p.column}" writes dates in several formats (see the rows in the details): make them one and upload again`,
  },
  DATE_INVALID: {
    status: 422,
    vi: (p: { column: string }) =>
      `Cột "${p.column}" có giá trị không phải ngày hay năm sinh (xem các dòng trong chi tiết)`,
    en: (p: { column: string }) =>
      `The column "${p.column}" holds values that are no date or year of birth (see the rows in the details)`,
  },
  MAPPING_INVALID: {
    status: 422,
    vi: 'Cách ghép cột không hợp lệ: mỗi trường một cột có trong tệp, mỗi cột một trường, và phải có họ tên hoặc số định danh',
    en: 'Invalid mapping: each field one column of the file, each column one field, and a name or an ID number among them',
  },
  DATASET_DUPLICATE: {
    status: 409,
    vi: 'Tệp này đã được tải lên trước đây: có thể nhập lại bộ dữ liệu đã có',
    en: 'This file was uploaded before: the existing dataset may be imported again',
  },
  DATASET_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy bộ dữ liệu',
    en: 'No such dataset',
  },
  IMPORT_RUNNING: {
    status: 409,
    vi: 'Bộ dữ liệu đang được nhập',
    en: 'The dataset is being imported',
  },
  ALREADY_IMPORTED: {
    status: 409,
    vi: 'Bộ dữ liệu đã được nhập: chọn nhập lại để thay các dòng đã nhập',
    en: 'The dataset was imported already: ask for a re-run to replace its rows',
  },
  UNIT_NOT_GRANTED: {
    status: 403,
    vi: 'Đơn vị không thuộc phạm vi được giao',
    en: 'The unit is outside your jurisdiction',
  },
})
