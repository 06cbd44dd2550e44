/**
 * Field comparators that know how Vietnamese records are written: diacritics lost, the given name
 * written first, family names abbreviated ("Ng.", "Tr."), partial birth dates and day/month swaps.
 */
import { foldName } from '../../population/index.js'

/** Jaro–Winkler similarity in [0, 1]; prefix scale 0.1 over at most four characters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 1 : 1
  const la = a.length
  const lb = b.length
  if (la === 0 || lb === 0) return 0
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1)
  const matchedA = new Uint8Array(la)
  const matchedB = new Uint8Array(lb)
  let matches = 0
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window)
    const hi = Math.min(lb - 1, i + window)
    for (let j = lo; j <= hi; j++) {
      if (matchedB[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue
      matchedA[i] = 1
      matchedB[j] = 1
      matches++
      break
    }
  }
  if (matches === 0) return 0
  let transpositions = 0
  let j = 0
  for (let i = 0; i < la; i++) {
    if (!matchedA[i]) continue
    while (!matchedB[j]) j++
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++
    j++
  }
  const m = matches
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3
  let prefix = 0
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix))
    prefix++
  return jaro + prefix * 0.1 * (1 - jaro)
}

/** The commonest family names, folded: they tell which end of a name the family name is at. */
export const FAMILY_NAMES: ReadonlySet<string> = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh doan trinh truong lam mai luu cao ha quach ta thai la kieu lai luong chau tang vuong la ton au thach son danh kim'.split(
    ' ',
  ),
)

/** Abbreviations clerks write for family names, folded, without the dot. */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  ng: ['nguyen'],
  nguy: ['nguyen'],
  tr: ['tran', 'truong', 'trinh'],
  h: ['hoang', 'huynh', 'ho'],
  ph: ['pham', 'phan'],
  d: ['dang', 'do', 'duong', 'dinh', 'doan'],
  l: ['le', 'ly', 'lam', 'luu', 'luong'],
  b: ['bui'],
  v: ['vu', 'vo'],
}

export interface ParsedName {
  /** Folded tokens as written, dots removed. */
  tokens: string[]
  /** Which tokens were written as abbreviations ("Ng.", "H."). */
  abbreviated: boolean[]
  /** NFC, lower case, whitespace collapsed: to tell an exact copy from a folded one. */
  written: string
}

export function parseName(fullName: string): ParsedName {
  const written = fullName.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
  const tokens: string[] = []
  const abbreviated: boolean[] = []
  for (const raw of foldName(fullName.replace(/\./g, '. ')).split(' ')) {
    if (raw === '') continue
    const dotted = raw.endsWith('.')
    const token = raw.replace(/[^a-z0-9]/g, '')
    if (token === '') continue
    tokens.push(token)
    abbreviated.push(dotted || (token.length <= 2 && token in ABBREVIATIONS && tokens.length === 1))
  }
  return { tokens, abbreviated, written }
}

/** Whether abbreviation a (folded, no dot) may stand for the full token b. */
function abbreviates(a: string, b: string): boolean {
  const known = ABBREVIATIONS[a]
  if (known) return known.includes(b)
  return b.startsWith(a) && a.length < b.length
}

/**
 * Orders a source name may have been written in, registry order first: as written, given name
 * moved from the front to the end, family name moved from the end to the front.
 */
function orders(
  name: ParsedName,
): { tokens: string[]; abbreviated: boolean[]; reordered: boolean }[] {
  const out = [{ tokens: name.tokens, abbreviated: name.abbreviated, reordered: false }]
  const n = name.tokens.length
  if (n >= 2) {
    out.push({
      tokens: [...name.tokens.slice(1), name.tokens[0]!],
      abbreviated: [...name.abbreviated.slice(1), name.abbreviated[0]!],
      reordered: true,
    })
    out.push({
      tokens: [name.tokens[n - 1]!, ...name.tokens.slice(0, -1)],
      abbreviated: [name.abbreviated[n - 1]!, ...name.abbreviated.slice(0, -1)],
      reordered: true,
    })
  }
  return out
}

function tokenScore(a: string, abbreviated: boolean, b: string): number {
  if (a === b) return 1
  if (abbreviated && abbreviates(a, b)) return 0.97
  return jaroWinkler(a, b)
}

/** Aligned token similarity: family with family, given with given, middle names in order. */
function alignedScore(src: string[], abbr: boolean[], reg: string[]): number {
  const n = src.length
  const m = reg.length
  if (n === 0 || m === 0) return 0
  const family = tokenScore(src[0]!, abbr[0]!, reg[0]!)
  if (n === 1 || m === 1) return n === m ? family : 0.5 * family
  const given = tokenScore(src[n - 1]!, abbr[n - 1]!, reg[m - 1]!)
  const srcMiddle = src.slice(1, -1)
  const regMiddle = reg.slice(1, -1)
  let middle: number
  if (srcMiddle.length === regMiddle.length) {
    middle = 1
    for (let i = 0; i < srcMiddle.length; i++)
      middle = Math.min(middle, tokenScore(srcMiddle[i]!, abbr[i + 1]!, regMiddle[i]!))
  } else {
    // A middle name left out ("Nguyễn Hùng" for "Nguyễn Văn Hùng") costs a little, not everything.
    middle = srcMiddle.length === 0 || regMiddle.length === 0 ? 0.8 : 0.75
  }
  // The given name tells people apart most; the family name least.
  return 0.25 * family + 0.5 * given + 0.25 * middle
}

export type NameLevel = 'exact' | 'folded' | 'close' | 'similar' | 'different'

export interface NameComparison {
  level: NameLevel
  score: number
  reordered: boolean
}

/** Compares a source name with a registry name (family name first, as the registry writes it). */
export function compareNames(source: ParsedName, registry: ParsedName): NameComparison {
  if (source.written === registry.written) return { level: 'exact', score: 1, reordered: false }
  let best = { score: 0, reordered: false }
  for (const order of orders(source)) {
    const score = alignedScore(order.tokens, order.abbreviated, registry.tokens)
    if (score > best.score) best = { score, reordered: order.reordered }
  }
  const level: NameLevel =
    best.score >= 0.97
      ? 'folded'
      : best.score >= 0.92
        ? 'close'
        : best.score >= 0.82
          ? 'similar'
          : 'different'
  return { level, ...best }
}

/**
 * Folded names the registry may hold a source name under, for blocking: as written, reordered so
 * that a known family name leads, and with an unambiguous family-name abbreviation expanded.
 */
export function nameVariants(source: ParsedName): string[] {
  const out = new Set<string>()
  for (const order of orders(source)) {
    const [first] = order.tokens
    if (first === undefined) continue
    if (order.reordered && !FAMILY_NAMES.has(first) && !order.abbreviated[0]) continue
    const expansions = order.abbreviated[0] ? (ABBREVIATIONS[first] ?? []) : [first]
    for (const family of expansions.slice(0, 3))
      out.add([family, ...order.tokens.slice(1)].join(' '))
  }
  return [...out]
}

export interface PartialDate {
  year: number
  month?: number
  day?: number
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** A source birth date: YYYY-MM-DD, YYYY-MM or YYYY; undefined if none of these. */
export function parsePartialDate(value: string | undefined): PartialDate | undefined {
  if (!value) return undefined
  const m = DATE.exec(value.trim())
  if (!m) return undefined
  const date: PartialDate = { year: Number(m[1]) }
  if (date.year < 1800 || date.year > 2299) return undefined
  if (m[2] !== undefined) date.month = Number(m[2])
  if (m[3] !== undefined) date.day = Number(m[3])
  if (date.month !== undefined && (date.month < 1 || date.month > 12)) return { year: date.year }
  if (date.day !== undefined && (date.day < 1 || date.day > 31))
    return { year: date.year, month: date.month! }
  return date
}

export type DateLevel = 'exact' | 'partial' | 'swapped' | 'near' | 'year' | 'different'

/** Compares a partial source date with a registry date (YYYY-MM-DD). */
export function compareDates(source: PartialDate, registry: string): DateLevel {
  const year = Number(registry.slice(0, 4))
  const month = Number(registry.slice(5, 7))
  const day = Number(registry.slice(8, 10))
  if (source.year === year) {
    if (source.month === undefined) return 'partial'
    if (source.day === undefined) return source.month === month ? 'partial' : 'year'
    if (source.month === month && source.day === day) return 'exact'
    if (source.month === day && source.day === month) return 'swapped'
    // A slip of one digit in the day; a day that merely coincides in another month is no sign.
    if (source.month === month && oneDigitApart(source.day, day, 2)) return 'near'
    return 'year'
  }
  if (source.month === month && source.day === day && oneDigitApart(source.year, year, 4))
    return 'near'
  return 'different'
}

/** Whether two numbers written with `width` digits differ in exactly one of them. */
function oneDigitApart(a: number, b: number, width: number): boolean {
  const x = String(a).padStart(width, '0')
  const y = String(b).padStart(width, '0')
  let differ = 0
  for (let i = 0; i < width; i++) if (x[i] !== y[i]) differ++
  return differ === 1
}

/** Date ranges a source date blocks on: its own span, and the day/month swap when there is one. */
export function dateRanges(date: PartialDate | undefined): { from: string; to: string }[] {
  if (!date) return []
  const pad = (n: number) => String(n).padStart(2, '0')
  const y = String(date.year).padStart(4, '0')
  if (date.month === undefined) return [{ from: `${y}-01-01`, to: `${y}-12-31` }]
  if (date.day === undefined) {
    const last = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate()
    return [{ from: `${y}-${pad(date.month)}-01`, to: `${y}-${pad(date.month)}-${pad(last)}` }]
  }
  const out = [
    {
      from: `${y}-${pad(date.month)}-${pad(date.day)}`,
      to: `${y}-${pad(date.month)}-${pad(date.day)}`,
    },
  ]
  if (date.day <= 12 && date.day !== date.month) {
    const swapped = `${y}-${pad(date.day)}-${pad(date.month)}`
    out.push({ from: swapped, to: swapped })
  }
  return out.filter((r) => isCalendarDate(r.from))
}

function isCalendarDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso
}

export type AddressLevel = 'same' | 'similar' | 'different'

/** Folded word tokens of an address, for overlap. */
export function addressTokens(address: string): Set<string> {
  return new Set(
    foldName(address.replace(/[,.;/]/g, ' '))
      .split(' ')
      .filter((t) => t !== ''),
  )
}

export function compareAddresses(a: Set<string>, b: Set<string>): AddressLevel {
  if (a.size === 0 || b.size === 0) return 'different'
  let shared = 0
  for (const t of a) if (b.has(t)) shared++
  const jaccard = shared / (a.size + b.size - shared)
  return jaccard >= 0.85 ? 'same' : jaccard >= 0.5 ? 'similar' : 'different'
}
