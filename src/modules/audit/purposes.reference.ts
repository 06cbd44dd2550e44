/**
 * Why personal data is read: the legal ground an officer or a partner system states, shown to the
 * resident in "who viewed my data". Statistics are not a purpose here: they never read a person.
 */
export const PURPOSES = [
  {
    code: 'identity_verification',
    vi: 'Xác thực danh tính',
    en: 'Verifying identity',
  },
  {
    code: 'residence_management',
    vi: 'Quản lý cư trú',
    en: 'Residence management',
  },
  {
    code: 'administrative_procedure',
    vi: 'Giải quyết thủ tục hành chính',
    en: 'Handling an administrative procedure',
  },
  {
    code: 'criminal_investigation',
    vi: 'Điều tra, xử lý tội phạm',
    en: 'Criminal investigation',
  },
  {
    code: 'administrative_violation',
    vi: 'Xử lý vi phạm hành chính',
    en: 'Handling an administrative violation',
  },
  {
    code: 'social_welfare',
    vi: 'Thực hiện chính sách an sinh xã hội',
    en: 'Social welfare',
  },
  {
    code: 'health_care',
    vi: 'Khám bệnh, chữa bệnh',
    en: 'Health care',
  },
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
] as const satisfies readonly { code: string; vi: string; en: string }[]

export type PurposeCode = (typeof PURPOSES)[number]['code']

/** The codes, for a route's request schema (an enum) so a bad purpose is refused at the door. */
export const PURPOSE_CODES: readonly PurposeCode[] = PURPOSES.map((p) => p.code)

const LABELS = new Map<string, { vi: string; en: string }>(
  PURPOSES.map((p) => [p.code, { vi: p.vi, en: p.en }]),
)

export const isPurposeCode = (value: string): value is PurposeCode => LABELS.has(value)

/** Labels of a purpose; undefined for a code no longer (or never) listed. */
export const purposeLabel = (code: string): { vi: string; en: string } | undefined =>
  LABELS.get(code)
