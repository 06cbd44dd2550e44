/**
 * Ground truth for tests and the bench: registry records copied and corrupted at known rates, as
 * other agencies' files arrive (typos, lost diacritics, given name first, old ID numbers, partial
 * or swapped dates, pre-2025 commune codes, moves, duplicates, people the registry never had).
 */
import { Rng } from '../../population/index.js'
import type { MatchResult, SourceRecord } from './link.js'

/** A registry resident as the truth knows it. */
export interface TruthRecord {
  personalNumber: string
  fullName: string
  birthDate: string
  sex: 'M' | 'F'
  communeCode: string
  address: string
  oldIdNumber: string | null
}

export interface GroundTruth {
  records: SourceRecord[]
  /** Source id to the personal number it truly belongs to, null for a person not in the registry. */
  truth: Map<string, string | null>
}

export const CORRUPTION_RATES = {
  keepPersonalNumber: 0.45,
  mistypedNumber: 0.02,
  oldIdInstead: 0.5,
  noDiacritics: 0.3,
  givenNameFirst: 0.1,
  abbreviatedFamily: 0.05,
  nameTypo: 0.1,
  yearOnly: 0.04,
  yearMonthOnly: 0.04,
  dayMonthSwapped: 0.05,
  dateMissing: 0.03,
  dayTypo: 0.03,
  sexMissing: 0.3,
  oldCommuneCode: 0.25,
  movedCommune: 0.05,
  communeMissing: 0.1,
  addressMissing: 0.3,
  duplicate: 0.05,
  notInRegistry: 0.1,
}

const ABBREVIATION: Record<string, string> = {
  Nguyễn: 'Ng.',
  Trần: 'Tr.',
  Hoàng: 'H.',
  Huỳnh: 'H.',
  Phạm: 'Ph.',
}

function stripMarks(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
}

const LETTERS = 'a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y'.split(' ')

function typo(rng: Rng, word: string): string {
  if (word.length < 3) return word
  const i = rng.between(1, word.length - 1)
  switch (rng.int(3)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1)
    case 1:
      return word.slice(0, i) + rng.pick(LETTERS) + word.slice(i + 1)
    default:
      return i < word.length - 1
        ? word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2)
        : word
  }
}

function corruptName(rng: Rng, name: string): string {
  let tokens = name.split(' ')
  if (rng.chance(CORRUPTION_RATES.nameTypo)) {
    const i = rng.int(tokens.length - 1) + 1
    tokens[i] = typo(rng, tokens[i]!)
  }
  if (rng.chance(CORRUPTION_RATES.abbreviatedFamily) && ABBREVIATION[tokens[0]!])
    tokens[0] = ABBREVIATION[tokens[0]!]!
  if (tokens.length >= 2 && rng.chance(CORRUPTION_RATES.givenNameFirst))
    tokens = rng.chance(0.5)
      ? [tokens.at(-1)!, ...tokens.slice(0, -1)]
      : [...tokens.slice(1), tokens[0]!]
  const out = tokens.join(' ')
  return rng.chance(CORRUPTION_RATES.noDiacritics) ? stripMarks(out) : out
}

function corruptDate(rng: Rng, date: string): string | undefined {
  const [y, m, d] = date.split('-') as [string, string, string]
  const roll = rng.next()
  let at = CORRUPTION_RATES.dateMissing
  if (roll < at) return undefined
  if (roll < (at += CORRUPTION_RATES.yearOnly)) return y
  if (roll < (at += CORRUPTION_RATES.yearMonthOnly)) return `${y}-${m}`
  if (roll < (at += CORRUPTION_RATES.dayMonthSwapped) && Number(d) <= 12) return `${y}-${d}-${m}`
  if (roll < at + CORRUPTION_RATES.dayTypo) {
    const day = Math.min(28, Math.max(1, Number(d) + rng.pick([-1, 1, 10, -10, 2, -2])))
    return `${y}-${m}-${String(day).padStart(2, '0')}`
  }
  return date
}

function mistype(rng: Rng, digits: string): string {
  const i = rng.int(digits.length - 4) + 4
  const next = String((Number(digits[i]) + 1 + rng.int(9)) % 10)
  return digits.slice(0, i) + next + digits.slice(i + 1)
}

/**
 * count source records drawn from these registry residents, corrupted at CORRUPTION_RATES.
 * predecessors: current commune code to the pre-2025 codes merged into it.
 */
export function corruptRecords(
  registry: readonly TruthRecord[],
  options: { count: number; seed: number; predecessors: Map<string, string[]> },
): GroundTruth {
  const rng = new Rng(options.seed, 0x9e)
  const records: SourceRecord[] = []
  const truth = new Map<string, string | null>()
  const communes = [...new Set(registry.map((r) => r.communeCode))]
  let n = 0
  const emit = (person: TruthRecord, known: boolean): void => {
    const id = `src-${++n}`
    const record: SourceRecord = { id, fullName: corruptName(rng, person.fullName) }
    const birthDate = corruptDate(rng, person.birthDate)
    if (birthDate) record.birthDate = birthDate
    if (!rng.chance(CORRUPTION_RATES.sexMissing))
      record.sex = person.sex === 'M' ? 'male' : 'female'
    if (rng.chance(CORRUPTION_RATES.keepPersonalNumber))
      record.personalNumber = rng.chance(CORRUPTION_RATES.mistypedNumber)
        ? mistype(rng, person.personalNumber)
        : person.personalNumber
    else if (person.oldIdNumber && rng.chance(CORRUPTION_RATES.oldIdInstead))
      record.oldIdNumber = person.oldIdNumber
    const roll = rng.next()
    const old = options.predecessors.get(person.communeCode)
    if (roll < CORRUPTION_RATES.communeMissing) {
      // no commune
    } else if (roll < CORRUPTION_RATES.communeMissing + CORRUPTION_RATES.movedCommune) {
      const other = registry[rng.int(registry.length)]!
      record.communeCode = other.communeCode
      record.address = other.address
    } else {
      record.communeCode =
        old && old.length > 0 && rng.chance(CORRUPTION_RATES.oldCommuneCode)
          ? rng.pick(old)
          : person.communeCode
      if (!rng.chance(CORRUPTION_RATES.addressMissing))
        record.address = rng.chance(CORRUPTION_RATES.noDiacritics)
          ? stripMarks(person.address)
          : person.address
    }
    records.push(record)
    truth.set(id, known ? person.personalNumber : null)
  }
  while (records.length < options.count) {
    if (rng.chance(CORRUPTION_RATES.notInRegistry)) {
      // Someone the registry does not hold: names, date and place recombined from three residents.
      const [a, b, c] = [0, 1, 2].map(() => registry[rng.int(registry.length)]!)
      const family = a!.fullName.split(' ')[0]!
      const rest = b!.fullName.split(' ').slice(1)
      const year = Number(c!.birthDate.slice(0, 4))
      const date = `${year}-${String(rng.between(1, 12)).padStart(2, '0')}-${String(rng.between(1, 28)).padStart(2, '0')}`
      emit(
        {
          personalNumber: '',
          fullName: [family, ...rest].join(' '),
          birthDate: date,
          sex: b!.sex,
          communeCode: rng.pick(communes),
          address: c!.address,
          oldIdNumber: null,
        },
        false,
      )
      continue
    }
    const person = registry[rng.int(registry.length)]!
    emit(person, true)
    if (rng.chance(CORRUPTION_RATES.duplicate) && records.length < options.count) emit(person, true)
  }
  return { records, truth }
}

export interface LinkQuality {
  precision: number
  recall: number
  f1: number
  /** Records linked (matched, deceased or moved out), sent to review, and left unlinked. */
  linked: number
  review: number
  notFound: number
  /** Records whose person is in the registry. */
  known: number
}

/** Precision and recall of the links made, against the truth; review counts as not linked. */
export function scoreLinks(
  results: Iterable<MatchResult>,
  truth: Map<string, string | null>,
  accept: (r: MatchResult) => boolean = (r) => r.status !== 'review' && r.status !== 'not_found',
): LinkQuality {
  let tp = 0
  let linked = 0
  let review = 0
  let notFound = 0
  for (const r of results) {
    if (r.status === 'review') review++
    if (r.status === 'not_found') notFound++
    if (!accept(r) || !r.personalNumber) continue
    linked++
    if (truth.get(r.id) === r.personalNumber) tp++
  }
  const known = [...truth.values()].filter((t) => t !== null).length
  const precision = linked === 0 ? 0 : tp / linked
  const recall = known === 0 ? 0 : tp / known
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, linked, review, notFound, known }
}
