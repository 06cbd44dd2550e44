/**
 * The shares the generator draws from that no file in data/ gives. Each is an assumption made to
 * look plausible for Đồng Nai and Bình Phước around 2025, not a statistic; the ones taken from a
 * data file are read in reference.ts and only combined here.
 */
import type { Sector } from './types.js'

/**
 * Units with industrial parks (Biên Hòa 1-2, Amata, Loteco, Tam Phước, Nhơn Trạch 1-6, Long
 * Thành, Gò Dầu, Sông Mây, Bàu Xéo, Giang Điền, Dầu Giây, Long Đức; Minh Hưng, Chơn Thành,
 * Đồng Xoài, Bắc and Nam Đồng Phú, Tân Khai): where young migrant workers rent rooms.
 */
// prettier-ignore
export const INDUSTRIAL_UNITS: readonly string[] = [
  'Phường Long Bình', 'Phường Trấn Biên', 'Phường Tam Phước', 'Phường Hố Nai', 'Phường Tam Hiệp',
  'Phường Phước Tân', 'Phường Long Hưng', 'Phường Bình Lộc', 'Phường Tân Triều',
  'Phường Chơn Thành', 'Phường Minh Hưng', 'Phường Đồng Xoài',
  'Xã Nhơn Trạch', 'Xã Phước An', 'Xã Đại Phước', 'Xã Long Thành', 'Xã An Phước', 'Xã Phước Thái',
  'Xã Trảng Bom', 'Xã Bàu Hàm', 'Xã An Viễn', 'Xã Dầu Giây', 'Xã Long Phước', 'Xã Đồng Phú',
  'Xã Tân Khai',
]

/** Units settled by northern Catholics in 1954 (the Hố Nai - Gia Kiệm belt). */
export const CATHOLIC_UNITS: readonly string[] = ['Phường Hố Nai', 'Xã Gia Kiệm']

/**
 * Ethnic mix beside the 2009 census groups for old Đồng Nai: Chơ-ro are native to Đồng Nai
 * (about 0.6%), plus small groups the census summary leaves out. Shares of all residents.
 */
// prettier-ignore
export const DONG_NAI_EXTRA_GROUPS: readonly (readonly [string, number])[] = [
  ['Chơ-ro', 0.006], ['Mường', 0.0015], ['Dao', 0.0005], ['Thái', 0.0005], ['Mạ', 0.0005],
  ['Xtiêng', 0.0005], ['Chăm', 0.0005],
]

/** Old Bình Phước (no census table in data/): Kinh take whatever the listed groups leave. */
// prettier-ignore
export const BINH_PHUOC_GROUPS: readonly (readonly [string, number])[] = [
  ['Xtiêng', 0.105], ['Nùng', 0.026], ['Tày', 0.022], ['Khơ-me', 0.016], ['Mnông', 0.01],
  ['Hoa', 0.009], ['Dao', 0.006], ['Mường', 0.004], ['Thái', 0.003], ['HMông', 0.003],
  ['Chơ-ro', 0.001],
]

export type HomeRegion =
  'north' | 'northCentral' | 'southCentral' | 'highlands' | 'southeast' | 'mekong'

/** GSO province codes run through the country in order, so ranges of codes are regions. */
export function homeRegion(province: string): HomeRegion {
  if (province < '38') return 'north'
  if (province < '48') return 'northCentral'
  if (province < '62') return 'southCentral'
  if (province < '70') return 'highlands'
  if (province < '80') return 'southeast'
  return 'mekong'
}

/**
 * Where each group lives, so that a migrant's group fits their home province (no Hmong from An
 * Giang). Kinh live everywhere; groups not listed are northern upland peoples. Tày, Nùng, Dao
 * and Hmong also settled in the Central Highlands after 1975.
 */
export const GROUP_REGIONS: Record<string, readonly HomeRegion[]> = {
  'Khơ-me': ['mekong', 'southeast'],
  Hoa: ['north', 'southeast', 'mekong'],
  Chăm: ['southCentral', 'mekong'],
  Thái: ['north', 'northCentral'],
  Mường: ['north', 'northCentral'],
  Thổ: ['northCentral'],
  'Khơ-mú': ['north', 'northCentral'],
  'Ơ Đu': ['northCentral'],
  Chứt: ['northCentral'],
  'Bru-Vân Kiều': ['northCentral'],
  'Tà-ôi': ['northCentral'],
  'Cơ-tu': ['northCentral', 'southCentral'],
  Hrê: ['southCentral'],
  Co: ['southCentral'],
  'Ra-glai': ['southCentral'],
  'Gié-Triêng': ['southCentral', 'highlands'],
  'Ê-đê': ['highlands'],
  'Gia-rai': ['highlands'],
  'Ba-na': ['highlands', 'southCentral'],
  'Xơ-đăng': ['highlands', 'southCentral'],
  'Cơ-ho': ['highlands'],
  Mnông: ['highlands', 'southeast'],
  Mạ: ['highlands', 'southeast'],
  'Chu-ru': ['highlands'],
  Brâu: ['highlands'],
  'Rơ-măm': ['highlands'],
  Xtiêng: ['southeast'],
  'Chơ-ro': ['southeast'],
  Tày: ['north', 'highlands'],
  Nùng: ['north', 'highlands'],
  Dao: ['north', 'highlands'],
  HMông: ['north', 'highlands'],
}

/** Groups living on their ancestral land in the countryside: few in wards, uneven by commune. */
export const INDIGENOUS_GROUPS: readonly string[] = ['Xtiêng', 'Mnông', 'Chơ-ro', 'Mạ', 'Khơ-me']

export type ReligionMix = readonly (readonly [string, number])[]

/** Shares by religion name (religions.json); the rest has no religion. */
// prettier-ignore
export const RELIGION_MIX: Record<string, ReligionMix> = {
  // Đồng Nai is among the most Catholic provinces: about 30% Catholic, 15% Buddhist.
  '75': [['Công giáo', 0.35], ['Phật giáo', 0.15], ['Tin Lành', 0.015], ['Cao Đài', 0.01], ['Phật giáo Hòa Hảo', 0.004]],
  '70': [['Công giáo', 0.1], ['Phật giáo', 0.12], ['Tin Lành', 0.03], ['Cao Đài', 0.01], ['Phật giáo Hòa Hảo', 0.005]],
  // Migrants from elsewhere, before the adjustments by home province below.
  migrant: [['Công giáo', 0.12], ['Phật giáo', 0.12], ['Tin Lành', 0.01], ['Cao Đài', 0.015], ['Phật giáo Hòa Hảo', 0.015]],
  // Highland groups were evangelised by Protestant and Catholic missions; Khmer are Theravada.
  highland: [['Tin Lành', 0.3], ['Công giáo', 0.2], ['Phật giáo', 0.02]],
  'Khơ-me': [['Phật giáo', 0.85], ['Công giáo', 0.02]],
  Hoa: [['Phật giáo', 0.45], ['Công giáo', 0.08], ['Tin Lành', 0.02]],
}

/** Home provinces whose migrants bring a religion of their own: An Giang, Tây Ninh, the Catholic north. */
export const HOME_RELIGION: Record<string, readonly [string, number]> = {
  '89': ['Phật giáo Hòa Hảo', 0.25],
  '72': ['Cao Đài', 0.25],
  '36': ['Công giáo', 0.3],
  '37': ['Công giáo', 0.3],
  '34': ['Công giáo', 0.2],
}

/**
 * Migrants' home provinces (pre-reform codes), weighted toward the north-central coast and the
 * Red River delta, then the south-central coast, Hồ Chí Minh City and the Mekong delta. Codes not
 * listed get a small weight each, so every province turns up.
 */
// prettier-ignore
export const MIGRANT_ORIGINS: Record<string, number> = {
  '38': 12, '40': 10, '42': 6, '34': 6, '36': 5, '51': 6, '52': 6, '79': 7, '66': 4, '83': 4,
  '89': 4, '49': 4, '44': 3, '87': 3, '82': 3, '46': 2, '01': 2, '80': 2, '84': 2, '94': 2,
  '86': 2, '96': 2, '91': 2, '74': 2, '77': 2, '60': 2, '68': 2, '72': 2, '30': 2, '37': 2,
  '54': 2, '33': 1.5, '45': 1.5, '64': 1.5, '67': 1, '92': 1, '95': 1, '93': 1, '56': 1, '58': 1,
  '31': 1, '24': 1, '35': 1,
  // The other half of the merged province: moving between them was moving province until 2025.
  '70': 5, '75': 5,
}
export const OTHER_ORIGIN_WEIGHT = 0.3

/** Where those who left went: mostly the neighbouring economic centres. */
export const MOVED_OUT_DESTINATIONS: Record<string, number> = { '79': 30, '74': 20, '77': 6 }

export type SectorMix = Record<Sector, number>

export const SECTOR_MIX: Record<string, SectorMix> = {
  industrialWard: { agriculture: 0.03, industry: 0.55, services: 0.42 },
  industrialCommune: { agriculture: 0.15, industry: 0.52, services: 0.33 },
  'ward:75': { agriculture: 0.05, industry: 0.42, services: 0.53 },
  'ward:70': { agriculture: 0.15, industry: 0.35, services: 0.5 },
  // Bình Phước's countryside lives on rubber, cashew and pepper.
  'commune:75': { agriculture: 0.38, industry: 0.32, services: 0.3 },
  'commune:70': { agriculture: 0.62, industry: 0.16, services: 0.22 },
}

/** Occupation codes by sector; agriculture differs between the two old provinces. */
// prettier-ignore
export const OCCUPATIONS: Record<string, readonly (readonly [string, number])[]> = {
  'agriculture:75': [['crop_farmer', 35], ['fruit_grower', 20], ['livestock_farmer', 15], ['farm_labourer', 17], ['rubber_tapper', 5], ['cashew_farmer', 3], ['aquaculture', 5]],
  'agriculture:70': [['rubber_tapper', 30], ['cashew_farmer', 22], ['crop_farmer', 15], ['livestock_farmer', 8], ['farm_labourer', 22], ['fruit_grower', 3]],
  industry: [['factory_worker', 45], ['machine_operator', 12], ['garment_worker', 10], ['construction_worker', 15], ['electrician', 5], ['mechanic', 6], ['technician', 5], ['engineer', 2]],
  services: [['trader', 22], ['shop_assistant', 10], ['driver', 8], ['delivery_rider', 5], ['food_service', 10], ['teacher', 7], ['health_worker', 4], ['civil_servant', 5], ['office_clerk', 8], ['security_guard', 5], ['hairdresser', 3], ['accountant', 3], ['it_worker', 2]],
}
