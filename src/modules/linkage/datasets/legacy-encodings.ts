import { TCVN3, VNI_LETTERS, VNI_MARKS } from './legacy-fonts.reference.js'

/** How a column's text was written: Unicode already, or a legacy font to convert. */
export type ColumnEncoding = 'unicode' | 'tcvn3' | 'vni'

const TCVN3_PATTERN = new RegExp(`[${Object.keys(TCVN3).join('')}]`, 'gu')
const VNI_BASES = 'aeiouyAEIOUYôöÔÖ'

/** TCVN3 (ABC) text as Unicode NFC. */
export function fromTcvn3(text: string): string {
  return text.replace(TCVN3_PATTERN, (c) => TCVN3[c] ?? c).normalize('NFC')
}

/** VNI-Windows text as Unicode NFC. */
export function fromVni(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    const next = text[i + 1]
    if (VNI_BASES.includes(c) && next !== undefined && VNI_MARKS[next] !== undefined) {
      out += (VNI_LETTERS[c] ?? c) + VNI_MARKS[next]
      i++
    } else out += VNI_LETTERS[c] ?? c
  }
  return out.normalize('NFC')
}

export function convertText(text: string, encoding: ColumnEncoding): string {
  if (encoding === 'tcvn3') return fromTcvn3(text)
  if (encoding === 'vni') return fromVni(text)
  return text.normalize('NFC')
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu
const LETTERS = /^[a-zđăâêôơư]+$/u
// A Vietnamese syllable without its tone: initial consonants, a vowel nucleus, a final.
const SYLLABLE =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?(uyê|uya|uyu|ươi|ươu|uôi|iêu|yêu|oai|oay|oao|oeo|uây|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|yê|[aăâeêioôơuưy])(ch|nh|ng|[cmnpt])?$/u

/** Whether a word reads as one Vietnamese syllable (a word of other languages does not). */
function isVietnameseWord(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD')
  const tones = decomposed.match(TONES)?.length ?? 0
  if (tones > 1) return false
  const bare = decomposed.replace(TONES, '').normalize('NFC')
  return LETTERS.test(bare) && SYLLABLE.test(bare)
}

const WORDS = /[^\s.,;:/()\-–"'0-9]+/gu

/** The share of a text's words that read as Vietnamese syllables; null for a text of no words. */
function vietnameseShare(text: string): number | null {
  const words = text.match(WORDS)
  if (!words) return null
  return words.filter(isVietnameseWord).length / words.length
}

/** What a column's detection found, with examples for the preview. */
export interface ColumnDetection {
  encoding: ColumnEncoding
  /** Values changed by the conversion, as read and as converted (up to 3). */
  examples: { before: string; after: string }[]
}

const LEGACY: readonly Exclude<ColumnEncoding, 'unicode'>[] = ['tcvn3', 'vni']

/**
 * The encoding of a column from a sample of its values: a legacy font when converting makes more
 * of its values read as Vietnamese than as they are (and breaks fewer than it mends).
 */
export function detectColumnEncoding(values: readonly string[]): ColumnDetection {
  const texts = values.filter((v) => /[^\u0020-\u007E]/u.test(v))
  let best: ColumnDetection = { encoding: 'unicode', examples: [] }
  let bestScore = 0
  for (const encoding of LEGACY) {
    let score = 0
    const examples: ColumnDetection['examples'] = []
    for (const before of texts) {
      const after = convertText(before, encoding)
      if (after === before.normalize('NFC')) continue
      const was = vietnameseShare(before) ?? 0
      const now = vietnameseShare(after) ?? 0
      score += Math.sign(now - was)
      if (examples.length < 3 && now > was) examples.push({ before, after })
    }
    if (score > bestScore) {
      bestScore = score
      best = { encoding, examples }
    }
  }
  return best
}

/** How a CSV file's bytes are read as text. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1258' | 'windows-1252'

const BOM = [0xef, 0xbb, 0xbf]

/**
 * A CSV file's text encoding from its first bytes: UTF-8 (with or without a byte order mark) when
 * they decode as such, else Windows-1258 (Vietnamese) or Windows-1252 (the code page legacy TCVN3
 * and VNI files were saved in), whichever reads as more Vietnamese once legacy fonts are converted.
 */
export function detectTextEncoding(head: Buffer, complete: boolean): TextEncoding {
  if (BOM.every((b, i) => head[i] === b)) return 'utf-8-bom'
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete })
    return 'utf-8'
  } catch {
    // not UTF-8: a Windows code page
  }
  const score = (text: string) => {
    const lines = text.split(/\r?\n/u).slice(0, 200)
    const detection = detectColumnEncoding(lines)
    const converted = lines.map((l) => convertText(l, detection.encoding)).join('\n')
    return vietnameseShare(converted) ?? 0
  }
  const vietnamese = score(new TextDecoder('windows-1258').decode(head))
  const western = score(new TextDecoder('windows-1252').decode(head))
  return western > vietnamese ? 'windows-1252' : 'windows-1258'
}

/** A decoder for a file's text encoding (the byte order mark dropped). */
export const decoderFor = (encoding: TextEncoding): TextDecoder =>
  new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding)
