/**
 * Why an officer reads personal data: the codes of src/modules/audit/purposes.reference.ts,
 * which the API accepts and shows the resident. Kept in step by test/browser/purposes.test.ts.
 */
export const PURPOSES = [
  { code: 'identity_verification', vi: 'Xác thực danh tính', en: 'Verifying identity' },
  { code: 'residence_management', vi: 'Quản lý cư trú', en: 'Residence management' },
  {
    code: 'administrative_procedure',
    vi: 'Giải quyết thủ tục hành chính',
    en: 'Handling an administrative procedure',
  },
  { code: 'criminal_investigation', vi: 'Điều tra, xử lý tội phạm', en: 'Criminal investigation' },
  {
    code: 'administrative_violation',
    vi: 'Xử lý vi phạm hành chính',
    en: 'Handling an administrative violation',
  },
  { code: 'social_welfare', vi: 'Thực hiện chính sách an sinh xã hội', en: 'Social welfare' },
  { code: 'health_care', vi: 'Khám bệnh, chữa bệnh', en: 'Health care' },
  {
    code: 'account_verification_level2',
    vi: 'Xác thực tài khoản định danh điện tử mức độ 2',
    en: 'Verifying a level-2 electronic identity account',
  },
  {
    code: 'data_correction',
    vi: 'Điều chỉnh, cập nhật thông tin công dân',
    en: 'Correcting or updating personal data',
  },
] as const

export type PurposeCode = (typeof PURPOSES)[number]['code']

export const isPurpose = (value: string | null): value is PurposeCode =>
  PURPOSES.some((p) => p.code === value)
