import { readFileSync } from 'node:fs'
import { label, type Label } from './charts.js'

/** Labels of the codes the registry and the declarations use, in Vietnamese and English. */

const dataFile = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8'))

export const SEX: Record<string, Label> = {
  M: label('Nam', 'Male'),
  F: label('Nữ', 'Female'),
}

export const LABOUR_STATUS: Record<string, Label> = {
  employed: label('Có việc làm', 'Employed'),
  unemployed: label('Thất nghiệp', 'Unemployed'),
  in_school: label('Đang đi học', 'In school'),
  homemaker: label('Nội trợ', 'Homemaker'),
  retired: label('Nghỉ hưu', 'Retired'),
  child: label('Trẻ em', 'Child'),
}

export const SECTOR: Record<string, Label> = {
  agriculture: label('Nông, lâm, thủy sản', 'Agriculture, forestry, fishing'),
  industry: label('Công nghiệp, xây dựng', 'Industry and construction'),
  services: label('Dịch vụ', 'Services'),
}

export const AREA_KIND: Record<string, Label> = {
  urban: label('Thành thị (phường)', 'Urban (wards)'),
  rural: label('Nông thôn (xã)', 'Rural (communes)'),
}

export const GUEST_KIND: Record<string, Label> = {
  citizen: label('Khách trong nước', 'Domestic guests'),
  foreigner: label('Khách quốc tế', 'International guests'),
}

export const BIRTHPLACE: Record<string, Label> = {
  in_province: label('Sinh trong tỉnh', 'Born in the province'),
  other_province: label('Sinh ở tỉnh khác', 'Born in another province'),
}

const NO_RELIGION = 'none'

interface EthnicGroups {
  groups: { code: string; name: string }[]
  extraCodes: { code: string; name: string }[]
}
interface Religions {
  religions: { code: string | null; name: string; nameEn: string }[]
}

/** The 54 groups' names (one name serves both languages: they are proper names). */
export const ETHNICITY: Record<string, Label> = Object.fromEntries(
  [
    ...(dataFile('ethnic-groups.json') as EthnicGroups).groups,
    ...(dataFile('ethnic-groups.json') as EthnicGroups).extraCodes,
  ].map((g) => [g.code, label(g.name, g.name)]),
)

export const RELIGION: Record<string, Label> = {
  ...Object.fromEntries(
    (dataFile('religions.json') as Religions).religions.flatMap((r) =>
      r.code ? [[r.code, label(r.name, r.nameEn)]] : [],
    ),
  ),
  [NO_RELIGION]: label('Không tôn giáo', 'No religion'),
}
export { NO_RELIGION }

/** Labels of bands named by their bounds ('0-4', '100+'): the same text in both languages. */
export const bandLabels = (bands: readonly string[]): Record<string, Label> =>
  Object.fromEntries(bands.map((b) => [b, label(b, b)]))
