/**
 * The social programmes the province runs (models 20 and 36 of plan 106), as data: what each
 * pays, to whom, under which legal source. Amounts are whole đồng per month (monthly), once
 * (one-off), or none (a list kept for other benefits, or a loan the bank decides).
 *
 * The social assistance standard (mức chuẩn trợ giúp xã hội) was 360,000 VND under Decree
 * 20/2021/NĐ-CP, art. 4; Decree 76/2024/NĐ-CP raised it to 500,000 VND from 1 July 2024. The
 * coefficients are Decree 20/2021's (art. 6 monthly allowances, art. 11 funeral support, art. 20
 * people with disabilities). The preferential allowance standard for people with meritorious
 * service is 2,789,000 VND under Decree 77/2024/NĐ-CP (from 1 July 2024).
 */
export const SOCIAL_ASSISTANCE_STANDARD = {
  amount: 500_000,
  source: 'Nghị định 76/2024/NĐ-CP (từ 01/7/2024), sửa Nghị định 20/2021/NĐ-CP, Điều 4',
  previous: { amount: 360_000, source: 'Nghị định 20/2021/NĐ-CP, Điều 4' },
} as const

const standard = (coefficient: number): number =>
  Math.round(SOCIAL_ASSISTANCE_STANDARD.amount * coefficient)

export const PROGRAMME_KINDS = ['monthly', 'oneOff', 'list', 'loan'] as const
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number]

/** Eligibility over registry facts; the commune's review decides the rest (income, disability). */
export interface EligibilityRule {
  /** Age in whole years on the day of the check (Vietnam time), from the registry's birth date. */
  minAge?: number
  maxAge?: number
  /** Alive (the default), or deceased (the funeral allowance's subject). */
  alive: boolean
  /** Registered residence: in the programme's commune, or anywhere in the province. */
  residence: 'commune' | 'province'
  /** Also on the active list of one of these programmes (a loan to a poor household's member). */
  listedIn?: readonly string[]
}

export interface Programme {
  code: string
  name: { vi: string; en: string }
  kind: ProgrammeKind
  /** Whole đồng: per month (monthly), once (oneOff); null for lists and loans. */
  amount: number | null
  /** How the amount is made, and the legal source of the programme. */
  basis: string
  source: string
  rule: EligibilityRule
}

export const PROGRAMMES = [
  {
    code: 'poor-household',
    name: { vi: 'Hộ nghèo', en: 'Poor households' },
    kind: 'list',
    amount: null,
    basis: 'Danh sách hộ nghèo do xã rà soát hằng năm; căn cứ các chính sách khác',
    source: 'Nghị định 07/2021/NĐ-CP (chuẩn nghèo đa chiều giai đoạn 2022–2025)',
    rule: { alive: true, residence: 'commune' },
  },
  {
    code: 'near-poor-household',
    name: { vi: 'Hộ cận nghèo', en: 'Near-poor households' },
    kind: 'list',
    amount: null,
    basis: 'Danh sách hộ cận nghèo do xã rà soát hằng năm',
    source: 'Nghị định 07/2021/NĐ-CP (chuẩn nghèo đa chiều giai đoạn 2022–2025)',
    rule: { alive: true, residence: 'commune' },
  },
  {
    code: 'meritorious-service',
    name: { vi: 'Người có công với cách mạng', en: 'People with meritorious service' },
    kind: 'monthly',
    amount: 2_789_000,
    basis: 'Mức chuẩn trợ cấp ưu đãi 2.789.000 đồng (mức từng đối tượng theo hệ số của Nghị định)',
    source:
      'Pháp lệnh Ưu đãi người có công với cách mạng 02/2020/UBTVQH14; Nghị định 77/2024/NĐ-CP',
    rule: { alive: true, residence: 'commune' },
  },
  {
    code: 'elderly-80',
    name: {
      vi: 'Trợ cấp xã hội hằng tháng người từ đủ 80 tuổi',
      en: 'Monthly social allowance, people aged 80 and over',
    },
    kind: 'monthly',
    amount: standard(1.5),
    basis: 'Hệ số 1,5 × mức chuẩn trợ giúp xã hội',
    source: 'Nghị định 20/2021/NĐ-CP, Điều 5 khoản 5 điểm c, Điều 6; Nghị định 76/2024/NĐ-CP',
    rule: { minAge: 80, alive: true, residence: 'commune' },
  },
  {
    code: 'disability-severe',
    name: {
      vi: 'Trợ cấp xã hội hằng tháng người khuyết tật nặng',
      en: 'Monthly social allowance, people with severe disabilities',
    },
    kind: 'monthly',
    amount: standard(1.5),
    basis: 'Hệ số 1,5 × mức chuẩn trợ giúp xã hội (mức độ khuyết tật do Hội đồng xác định)',
    source: 'Nghị định 20/2021/NĐ-CP, Điều 20; Nghị định 76/2024/NĐ-CP',
    rule: { alive: true, residence: 'commune' },
  },
  {
    code: 'orphan',
    name: {
      vi: 'Trợ cấp xã hội hằng tháng trẻ em mồ côi',
      en: 'Monthly social allowance, orphans',
    },
    kind: 'monthly',
    amount: standard(1.5),
    basis: 'Hệ số 1,5 × mức chuẩn trợ giúp xã hội (trẻ từ đủ 4 tuổi; dưới 4 tuổi hệ số 2,5)',
    source: 'Nghị định 20/2021/NĐ-CP, Điều 5 khoản 1, Điều 6; Nghị định 76/2024/NĐ-CP',
    rule: { maxAge: 15, alive: true, residence: 'commune' },
  },
  {
    code: 'funeral',
    name: { vi: 'Hỗ trợ chi phí mai táng', en: 'Funeral allowance' },
    kind: 'oneOff',
    amount: standard(20),
    basis: '20 × mức chuẩn trợ giúp xã hội, một lần, cho người đang hưởng trợ cấp hằng tháng',
    source: 'Nghị định 20/2021/NĐ-CP, Điều 11; Nghị định 76/2024/NĐ-CP',
    rule: { alive: false, residence: 'commune' },
  },
  {
    code: 'policy-bank-loan',
    name: {
      vi: 'Cho vay tín chấp của Ngân hàng Chính sách xã hội',
      en: 'Unsecured loans of the Vietnam Bank for Social Policies',
    },
    kind: 'loan',
    amount: null,
    basis: 'Ngân hàng quyết định khoản vay; nền tảng trả lời người vay có đủ điều kiện hay không',
    source: 'Nghị định 78/2002/NĐ-CP về tín dụng đối với người nghèo và các đối tượng chính sách',
    rule: {
      minAge: 18,
      alive: true,
      residence: 'province',
      listedIn: ['poor-household', 'near-poor-household'],
    },
  },
] as const satisfies readonly Programme[]

export type ProgrammeCode = (typeof PROGRAMMES)[number]['code']

/** The programmes whose beneficiaries' death proposes the funeral allowance (Decree 20, art. 11). */
export const FUNERAL_PROGRAMME: ProgrammeCode = 'funeral'
