/**
 * Checks of what a page says, in the language it is shown in: a Vietnamese page with no English
 * sentence, an English page with no Vietnamese word; names and codes aside (what the page marks
 * translate="no", and the few proper names below).
 */
export interface PageText {
  title: string
  /** Everything shown, names included. */
  all: string
  /** Everything but what the page marks translate="no". */
  ours: string
}

/** The words no Vietnamese text uses and every English sentence has. */
const ENGLISH_WORDS =
  /(?<![\p{L}\d])(the|and|of|with|for|is|are|was|not|yet|each|this|that|from|has|have|your|you|which|could|share|residents|people|establishments|signed)(?![\p{L}\d])/giu

/** A syllable with a letter only Vietnamese writes (ă â đ ê ô ơ ư, tone marks), in lower case. */
const VIETNAMESE_WORD =
  /(?<![\p{L}\d])(?=\p{Ll})\p{L}*[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]\p{L}*/gu

/**
 * Proper names of the demonstration data, which pages show as they are in both languages: a
 * Vietnamese name keeps its lower-case syllables ("Khách sạn", "Thành phố").
 */
const PROPER_NAMES = [
  'Khách sạn Minh Hoạ',
  'Nhà xe Minh Hoạ',
  'Số 1 đường Minh Hoạ',
  'Số 2 đường Minh Hoạ',
  'Hệ thống thử',
  'Biên Hòa - Đà Lạt',
  'Công Dân Số',
  // The type in an official unit's name ("Thành phố Hà Nội"), also inside a sentence.
  'Thành phố',
]

/** Codes and product names written the same in both languages. */
const CODES = ['Công an', 'VNeID', 'eID', 'QR', 'SSO', 'OpenID Connect', 'VietQR']

const withoutNames = (text: string): string =>
  [...PROPER_NAMES, ...CODES].reduce((rest, name) => rest.replaceAll(name, ' '), text)

/** The types of administrative unit, in lower case. */
const UNIT_TYPES = [
  'thị xã',
  'thị trấn',
  'tỉnh',
  'thành phố',
  'đặc khu',
  'phường',
  'xã',
  'huyện',
  'quận',
]

/**
 * A unit type that begins a unit's name ("Tỉnh Đồng Nai", "…, tỉnh Đồng Nai"), in either case:
 * not the type inside an organisation's name ("Công an tỉnh Đồng Nai"), which stays lower case.
 * (A case-insensitive pattern would let \p{Lu} match lower-case letters too.)
 */
const UNIT_NAME_START = new RegExp(
  `(?<![\\p{L}\\d]|[\\p{L}\\d][ \\u00a0])(${UNIT_TYPES.flatMap((type) => [type, type[0]!.toUpperCase() + type.slice(1)]).join('|')})[ \\u00a0](?=\\p{Lu})`,
  'gu',
)

/**
 * Unit types written before a name in two ways on one page ("tỉnh Đồng Nai" beside "Tỉnh Cao
 * Bằng"): the reference data capitalises the type, so a lower-case one was written by hand.
 */
function unitTypeCases(text: string): string[] {
  const forms = new Map<string, Set<string>>()
  for (const [, type] of text.matchAll(UNIT_NAME_START)) {
    const key = type!.toLowerCase()
    forms.set(key, (forms.get(key) ?? new Set()).add(type!))
  }
  return [...forms.values()].filter((f) => f.size > 1).map((f) => [...f].join('/'))
}

const unique = (found: Iterable<string>): string[] => [...new Set(found)].slice(0, 10)

/** What is wrong with a page's text, shown in `language`; empty when nothing is. */
export function languageProblems(page: PageText, language: 'vi' | 'en'): string[] {
  const problems: string[] = []
  const markup = unique(page.all.match(/<\/?[a-z][a-z0-9]*(\s[^<>]*)?>/gi) ?? [])
  if (markup.length) problems.push(`markup shown as text: ${markup.join(', ')}`)
  const doubled = unique(
    [...page.all.matchAll(/(?<![\p{L}\d])(\p{Lu}\p{L}+) \1(?![\p{L}\d])/gu)].map((m) => m[0]),
  )
  if (doubled.length) problems.push(`a word said twice: ${doubled.join(', ')}`)
  const cases = unitTypeCases(page.all)
  if (cases.length) problems.push(`a unit type written two ways: ${cases.join(', ')}`)
  const parts = page.title.split(' · ')
  if (new Set(parts).size !== parts.length) problems.push(`title repeats itself: ${page.title}`)
  const ours = withoutNames(page.ours)
  const foreign =
    language === 'vi'
      ? unique([...ours.matchAll(ENGLISH_WORDS)].map((m) => m[0]))
      : unique(ours.match(VIETNAMESE_WORD) ?? [])
  if (foreign.length)
    problems.push(
      `${language === 'vi' ? 'English' : 'Vietnamese'} words: ${foreign.join(', ')}; in: ` +
        unique(
          foreign.map((word) => {
            const at = ours.indexOf(word)
            return ours.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ')
          }),
        ).join(' | '),
    )
  return problems
}
