import { defineErrors } from '../../platform/http/errors.js'

/** The welfare module's error codes: each once, with its HTTP status and message. */
export const welfareErrors = defineErrors('WELFARE', {
  PROGRAMME_UNKNOWN: {
    status: 422,
    vi: (p: { programmeCode: string }) => `Không có chương trình "${p.programmeCode}"`,
    en: (p: { programmeCode: string }) => `No programme "${p.programmeCode}"`,
  },
  COMMUNE_UNKNOWN: {
    status: 422,
    vi: 'Mã xã, phường không phải đơn vị hành chính cấp xã hiện hành',
    en: 'Not a commune in force today',
  },
  NOT_ELIGIBLE: {
    status: 422,
    vi: 'Người này không đủ điều kiện của chương trình theo dữ liệu dân cư',
    en: 'By the registry, this person does not meet the programme’s conditions',
  },
  ALREADY_LISTED: {
    status: 409,
    vi: 'Người này đã có trong danh sách của chương trình',
    en: 'This person is already on the programme’s list',
  },
  BENEFICIARY_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy đối tượng hưởng',
    en: 'No such beneficiary',
  },
  DECISION_NOT_ALLOWED: {
    status: 409,
    vi: (p: { status: string; action: string }) =>
      `Không thể "${p.action}" đối tượng đang ở trạng thái "${p.status}"`,
    en: (p: { status: string; action: string }) =>
      `Cannot "${p.action}" a beneficiary whose status is "${p.status}"`,
  },
  PROGRAMME_NOT_PAID: {
    status: 422,
    vi: 'Chương trình này không chi trả định kỳ qua danh sách',
    en: 'This programme pays nothing through payment lists',
  },
  PERIOD_INVALID: {
    status: 422,
    vi: 'Kỳ chi trả phải là một tháng (YYYY-MM) không muộn hơn tháng hiện tại',
    en: 'A payment period is a month (YYYY-MM) no later than the current one',
  },
  PERIOD_EXISTS: {
    status: 409,
    vi: 'Danh sách chi trả của kỳ này đã được lập',
    en: 'The payment list of this period was already built',
  },
  PERIOD_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy kỳ chi trả',
    en: 'No such payment period',
  },
  PERIOD_RECONCILED: {
    status: 409,
    vi: 'Kỳ chi trả đã được đối soát',
    en: 'The payment period is already reconciled',
  },
  RESULT_FILE_UNREADABLE: {
    status: 422,
    vi: 'Không đọc được tệp kết quả của ngân hàng (CSV hoặc XLSX có dòng tiêu đề)',
    en: 'The bank’s result file cannot be read (CSV or XLSX with a header row)',
  },
  RESULT_FILE_MISMATCH: {
    status: 422,
    vi: 'Tệp kết quả không khớp với danh sách chi trả; chưa ghi nhận dòng nào',
    en: 'The result file does not match the payment list; nothing was applied',
  },
})
