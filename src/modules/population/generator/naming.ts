/**
 * Vietnamese personal names: surname, middle name(s), given name. Every part is folded once here,
 * so the folded full name costs three concatenations instead of a fold per resident.
 */
import { foldName } from '../names.js'
import type { Sex } from '../personal-number.js'
import { Alias, type Rng } from './prng.js'
import { NAME_DATA, ethnicCode, type WeightedName } from './reference.js'

export interface NamePart {
  text: string
  folded: string
  /** Last syllable, to catch a given name that repeats the middle name. */
  last: string
}

const LOWER =
  'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ'
const LETTERS: ReadonlySet<string> = new Set(LOWER)

/**
 * Canonical spelling, or undefined for entries that are not clean Vietnamese: the crawled sample
 * holds mis-decoded text ('Buøi', 'Ñoã'), an Icelandic Ð for Đ and a lower-case 'xanh'.
 */
export function cleanName(raw: string): string | undefined {
  const syllables = raw.normalize('NFC').replaceAll('Ð', 'Đ').trim().split(/\s+/)
  const out: string[] = []
  for (const syllable of syllables) {
    const lower = syllable.toLowerCase()
    // NFC Vietnamese letters are one UTF-16 code unit each.
    for (let i = 0; i < lower.length; i++) if (!LETTERS.has(lower.charAt(i))) return undefined
    if (lower === '') return undefined
    out.push(lower.charAt(0).toUpperCase() + lower.slice(1))
  }
  return out.join(' ')
}

const parts = new Map<string, NamePart>()

/** One shared object per spelling, folded with the project's own foldName. */
export function namePart(text: string): NamePart {
  let part = parts.get(text)
  if (part === undefined) {
    const clean = cleanName(text)
    if (clean !== text) throw new RangeError(`not a clean Vietnamese name part: '${text}'`)
    part = { text, folded: foldName(text), last: text.slice(text.lastIndexOf(' ') + 1) }
    parts.set(text, part)
  }
  return part
}

function aliasOf(entries: readonly WeightedName[]): Alias<NamePart> {
  const merged = new Map<string, number>()
  for (const { name, weight } of entries) {
    const clean = cleanName(name)
    if (clean !== undefined && weight > 0) merged.set(clean, (merged.get(clean) ?? 0) + weight)
  }
  return new Alias([...merged].map(([name, weight]) => [namePart(name), weight] as const))
}

export type Region = 'north' | 'south'

/**
 * National shares (names-vi.json surnamesNational) with the two combined entries split by region:
 * the south says Huỳnh and Võ, the north Hoàng and Vũ. The 9.9% the national list leaves over goes
 * to the sample's other surnames in proportion to their counts; entries seen fewer than 4 times
 * are mostly typing noise, and 'Y' is an Ê-đê name prefix, not a surname.
 */
function surnameAlias(region: Region): Alias<NamePart> {
  const south = region === 'south'
  const split: Record<string, [string, number][]> = {
    'Hoàng/Huỳnh': south
      ? [
          ['Huỳnh', 0.8],
          ['Hoàng', 0.2],
        ]
      : [
          ['Hoàng', 0.95],
          ['Huỳnh', 0.05],
        ],
    'Vũ/Võ': south
      ? [
          ['Võ', 0.8],
          ['Vũ', 0.2],
        ]
      : [
          ['Vũ', 0.9],
          ['Võ', 0.1],
        ],
  }
  const entries: WeightedName[] = []
  for (const { name, weight } of NAME_DATA.national) {
    for (const [n, share] of split[name] ?? [[name, 1]])
      entries.push({ name: n, weight: weight * share })
  }
  const known = new Set(entries.map((e) => e.name))
  const rest = 100 - NAME_DATA.national.reduce((sum, e) => sum + e.weight, 0)
  const tail = NAME_DATA.sampleSurnames.filter(
    (e) => e.weight >= 4 && e.name !== 'Y' && !known.has(e.name) && cleanName(e.name) === e.name,
  )
  const tailTotal = tail.reduce((sum, e) => sum + e.weight, 0)
  for (const e of tail) entries.push({ name: e.name, weight: (rest * e.weight) / tailTotal })
  return aliasOf(entries)
}

const SURNAMES: Record<Region, Alias<NamePart>> = {
  north: surnameAlias('north'),
  south: surnameAlias('south'),
}

/**
 * Ethnic groups whose surnames differ from the Kinh mix (assumption from common usage: Điểu among
 * the S'tiêng, M'nông, Chơ-ro and Mạ of Bình Phước and Đồng Nai; Thạch, Sơn, Danh among the
 * Khmer; Hoa clan names). `own` is the share drawn from the group's list, the rest from the Kinh mix.
 */
const ETHNIC_SURNAMES: [string[], number, string[]][] = [
  [['Xtiêng', 'Mnông', 'Chơ-ro', 'Mạ'], 0.7, ['Điểu', 'Điểu', 'Điểu', 'Lâm', 'Đào']],
  [['Khơ-me'], 0.8, ['Thạch', 'Sơn', 'Danh', 'Kim', 'Lâm', 'Chau', 'Lý']],
  [
    ['Hoa'],
    0.7,
    ['Lâm', 'Trương', 'Lý', 'Quách', 'Châu', 'Diệp', 'Huỳnh', 'Lưu', 'Mã', 'Hứa', 'La'],
  ],
  [
    ['Tày', 'Nùng'],
    0.7,
    ['Hoàng', 'Nông', 'Lương', 'Lục', 'Triệu', 'Vi', 'Hà', 'Lý', 'Mạc', 'Đàm'],
  ],
  [['Mường'], 0.6, ['Bùi', 'Đinh', 'Quách', 'Hà', 'Phạm', 'Trương']],
  [['Thái'], 0.8, ['Lò', 'Lường', 'Cầm', 'Vi', 'Hà', 'Quàng']],
  [['Dao'], 0.8, ['Triệu', 'Bàn', 'Đặng', 'Lý', 'Chảo']],
  [['HMông'], 0.9, ['Giàng', 'Thào', 'Vàng', 'Lý', 'Sùng', 'Mùa', 'Hầu']],
]

const OWN_SURNAMES = new Map<string, { share: number; names: NamePart[] }>()
for (const [groups, share, names] of ETHNIC_SURNAMES) {
  for (const group of groups)
    OWN_SURNAMES.set(ethnicCode(group), { share, names: names.map(namePart) })
}

export function pickSurname(rng: Rng, ethnicity: string, region: Region): NamePart {
  const own = OWN_SURNAMES.get(ethnicity)
  if (own !== undefined && rng.chance(own.share)) return rng.pick(own.names)
  return SURNAMES[region].pick(rng)
}

const MIDDLE = { M: aliasOf(NAME_DATA.middle.M), F: aliasOf(NAME_DATA.middle.F) }
const TRADITIONAL_MIDDLE = { M: namePart('Văn'), F: namePart('Thị') }

const inventoryOf = (sex: Sex): string[] => [
  ...new Set(NAME_DATA.inventory[sex].map((name) => cleanName(name) ?? '').filter(Boolean)),
]

/**
 * The sample's given-name shares (three quarters), widened with the inventory, which has no
 * frequencies (one quarter, uniform): the sample of 907 women alone would repeat too few names.
 */
function givenAlias(sex: Sex): Alias<NamePart> {
  const unique = inventoryOf(sex)
  const own = new Set(unique)
  const others = new Set(inventoryOf(sex === 'M' ? 'F' : 'M'))
  // The sample's sexes are inferred (Thị or Văn in the middle name), so it counts a few women
  // named Hiển or Sang and men named Thi or Nhàn: a name the inventory gives the other sex only
  // is not drawn.
  const sample = NAME_DATA.given[sex].filter(({ name }) => {
    const clean = cleanName(name)
    return clean !== undefined && (own.has(clean) || !others.has(clean))
  })
  const sampleTotal = sample.reduce((sum, e) => sum + e.weight, 0)
  return aliasOf([
    ...sample.map((e) => ({ name: e.name, weight: (0.75 * e.weight) / sampleTotal })),
    ...unique.map((name) => ({ name, weight: 0.25 / unique.length })),
  ])
}

const GIVEN = { M: givenAlias('M'), F: givenAlias('F') }

export interface FullName {
  text: string
  folded: string
  /** The parts again: writing them one by one spares flattening the joined strings. */
  surname: NamePart
  middle: NamePart
  given: NamePart
}

/**
 * The sample is of students born in the 1990s; Văn and Thị were near universal before (assumed
 * share of people who get the traditional middle name on top of the sample mix, by birth year).
 */
function traditionalShare(birthYear: number): number {
  if (birthYear < 1960) return 0.75
  if (birthYear < 1975) return 0.55
  if (birthYear < 1990) return 0.3
  return 0
}

export function personName(rng: Rng, sex: Sex, surname: NamePart, birthYear: number): FullName {
  const middle = rng.chance(traditionalShare(birthYear))
    ? TRADITIONAL_MIDDLE[sex]
    : MIDDLE[sex].pick(rng)
  let given = GIVEN[sex].pick(rng)
  // 'Nguyễn Văn Văn' or 'Lê Thị Thu Thu' is not a name anyone is given.
  for (let i = 0; i < 4 && middle.last === given.text; i++) {
    given = GIVEN[sex].pick(rng)
  }
  return {
    text: `${surname.text} ${middle.text} ${given.text}`,
    folded: `${surname.folded} ${middle.folded} ${given.folded}`,
    surname,
    middle,
    given,
  }
}
