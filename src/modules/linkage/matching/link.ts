/**
 * Links source records to the population registry: an exact stage on personal and old ID numbers,
 * then Fellegi–Sunter over blocked candidates, with m and u learnt from the records themselves.
 */
import type { Executor } from '../../../platform/db/database.js'
import {
  checkOldIdNumber,
  checkPersonalNumber,
  communeSuccessions,
  linkageBlocks,
  type LinkageBlocks,
  type LinkageCandidate,
} from '../../population/index.js'
import { Rng } from '../../population/index.js'
import {
  addressTokens,
  compareAddresses,
  compareDates,
  compareNames,
  dateRanges,
  nameVariants,
  parseName,
  parsePartialDate,
  type ParsedName,
  type PartialDate,
} from './comparators.js'
import {
  estimateM,
  estimateU,
  FIELD_NAMES,
  FIELDS,
  scorePattern,
  type Model,
  type PartialWeight,
  type Pattern,
} from './model.js'

export interface SourceRecord {
  id: string
  fullName?: string
  /** YYYY-MM-DD, YYYY-MM or YYYY */
  birthDate?: string
  sex?: 'male' | 'female'
  personalNumber?: string
  oldIdNumber?: string
  communeCode?: string
  address?: string
}

export type MatchStatus = 'matched' | 'review' | 'not_found' | 'deceased' | 'moved_out'

export interface MatchExplanation {
  /** How the link was made: an exact number, the probabilistic model, or none. */
  method: 'personal_number' | 'old_id_number' | 'probabilistic' | 'none'
  /** Each field's level and partial weight (log2 m/u) for the best candidate. */
  fields: PartialWeight[]
  /** Prior weight (log2 of λ/(1-λ)) included in the total. */
  prior: number
  candidates: number
  /** Weight of the next best candidate, when there is one. */
  runnerUp?: number
  /** The source name was read in another order (given name first). */
  reordered?: boolean
}

export interface MatchResult {
  id: string
  personalNumber?: string
  /** log2 match odds of the best candidate; Infinity for an exact number match. */
  weight: number
  probability: number
  status: MatchStatus
  explanation: MatchExplanation
}

export interface LinkOptions {
  /** A model learnt before; without it the first trainingSize records train one. */
  model?: Model
  trainingSize?: number
  /** Total weight at or above which the best candidate is a match. */
  matchWeight?: number
  /** Total weight at or above which the best candidate goes to clerical review. */
  reviewWeight?: number
  /** A match must beat the runner-up by this much, or it goes to review. */
  margin?: number
  batchSize?: number
  /** Seed of the random pairs u is counted on. */
  seed?: number
  /** Called once the model is learnt (for reporting m, u and EM's convergence). */
  onModel?: (model: Model) => void
}

export const DEFAULT_THRESHOLDS = { matchWeight: 12, reviewWeight: 2, margin: 5 }

interface Prepared {
  record: SourceRecord
  name?: ParsedName
  date?: PartialDate
  sex?: 'M' | 'F'
  /** Current commune codes the source commune stands for, itself first. */
  communes: string[]
  address?: Set<string>
  personalNumber?: string
  oldIdNumber?: string
}

interface RegistrySide {
  candidate: LinkageCandidate
  name: ParsedName
  address: Set<string>
}

interface Blocked {
  prepared: Prepared
  byNumber?: RegistrySide
  byOldId?: RegistrySide[]
  candidates: RegistrySide[]
  /** Candidates found by the name block and by the commune and date block, for training. */
  byName: Set<RegistrySide>
  byPlace: Set<RegistrySide>
}

const MAX_NAME_BLOCK = 300

function prepare(record: SourceRecord, successors: Map<string, string[]>): Prepared {
  const p: Prepared = { record, communes: [] }
  if (record.fullName?.trim()) p.name = parseName(record.fullName)
  const date = parsePartialDate(record.birthDate)
  if (date) p.date = date
  if (record.sex) p.sex = record.sex === 'male' ? 'M' : 'F'
  if (record.communeCode) {
    const next = successors.get(record.communeCode) ?? []
    p.communes = [record.communeCode, ...next.filter((c) => c !== record.communeCode)]
  }
  if (record.address?.trim()) p.address = addressTokens(record.address)
  if (record.personalNumber && checkPersonalNumber(record.personalNumber).valid)
    p.personalNumber = record.personalNumber
  if (record.oldIdNumber && checkOldIdNumber(record.oldIdNumber).valid)
    p.oldIdNumber = record.oldIdNumber
  return p
}

/** Level index per field for one pair, -1 where a side lacks the field. */
function compare(p: Prepared, r: RegistrySide): { pattern: Pattern; reordered: boolean } {
  const pattern = new Int8Array(FIELD_NAMES.length).fill(-1)
  let reordered = false
  if (p.name) {
    const c = compareNames(p.name, r.name)
    pattern[0] = FIELDS.name.indexOf(c.level)
    reordered = c.reordered
  }
  if (p.date) pattern[1] = FIELDS.birthDate.indexOf(compareDates(p.date, r.candidate.birthDate))
  if (p.sex) pattern[2] = p.sex === r.candidate.sex ? 0 : 1
  if (p.communes.length > 0)
    pattern[3] =
      p.communes[0] === r.candidate.communeCode
        ? 0
        : p.communes.includes(r.candidate.communeCode)
          ? 1
          : 2
  if (p.address) pattern[4] = FIELDS.address.indexOf(compareAddresses(p.address, r.address))
  if (p.oldIdNumber && r.candidate.oldIdNumber)
    pattern[5] = p.oldIdNumber === r.candidate.oldIdNumber ? 0 : 1
  return { pattern, reordered }
}

/** Blocking keys for a batch, and the record each key came from. */
function blocksOf(batch: Prepared[]): {
  blocks: Required<LinkageBlocks>
  owners: Record<keyof LinkageBlocks, number[]>
} {
  const blocks: Required<LinkageBlocks> = {
    personalNumbers: [],
    oldIdNumbers: [],
    names: [],
    communeDates: [],
  }
  const owners: Record<keyof LinkageBlocks, number[]> = {
    personalNumbers: [],
    oldIdNumbers: [],
    names: [],
    communeDates: [],
  }
  batch.forEach((p, i) => {
    if (p.personalNumber) {
      blocks.personalNumbers.push(p.personalNumber)
      owners.personalNumbers.push(i)
    }
    if (p.oldIdNumber) {
      blocks.oldIdNumbers.push(p.oldIdNumber)
      owners.oldIdNumbers.push(i)
    }
    if (p.name) {
      const year = p.date?.year
      const from = year ? `${String(year - 1).padStart(4, '0')}-01-01` : '1800-01-01'
      const to = year ? `${String(year + 1).padStart(4, '0')}-12-31` : '2299-12-31'
      for (const folded of nameVariants(p.name)) {
        blocks.names.push({ folded, from, to })
        owners.names.push(i)
      }
    }
    // A year alone spans hundreds of a commune's residents: the name block covers those records.
    if (p.date?.month !== undefined)
      for (const communeCode of p.communes)
        for (const range of dateRanges(p.date)) {
          blocks.communeDates.push({ communeCode, ...range })
          owners.communeDates.push(i)
        }
  })
  return { blocks, owners }
}

async function block(db: Executor, batch: Prepared[]): Promise<Blocked[]> {
  const { blocks, owners } = blocksOf(batch)
  const answer = await linkageBlocks(db, blocks)
  const sides = new Map<string, RegistrySide>()
  const side = (n: string): RegistrySide => {
    let s = sides.get(n)
    if (!s) {
      const candidate = answer.candidates.get(n)!
      s = {
        candidate,
        name: parseName(candidate.fullName),
        address: addressTokens(candidate.address),
      }
      sides.set(n, s)
    }
    return s
  }
  const out: Blocked[] = batch.map((prepared) => ({
    prepared,
    candidates: [],
    byName: new Set(),
    byPlace: new Set(),
  }))
  const seen = batch.map(() => new Set<string>())
  const nameHits = batch.map(() => 0)
  for (const hit of answer.hits) {
    const i = owners[hit.kind][hit.key]!
    const target = out[i]!
    if (hit.kind === 'personalNumbers') target.byNumber = side(hit.personalNumber)
    else if (hit.kind === 'oldIdNumbers') (target.byOldId ??= []).push(side(hit.personalNumber))
    if (hit.kind === 'names' && ++nameHits[i]! > MAX_NAME_BLOCK) continue
    if (hit.kind === 'names') target.byName.add(side(hit.personalNumber))
    if (hit.kind === 'communeDates') target.byPlace.add(side(hit.personalNumber))
    if (seen[i]!.has(hit.personalNumber)) continue
    seen[i]!.add(hit.personalNumber)
    target.candidates.push(side(hit.personalNumber))
  }
  return out
}

/** Whether an exact number hit also looks like the same person: the number may be mistyped. */
function plausible(p: Prepared, r: RegistrySide): boolean {
  const { pattern } = compare(p, r)
  const name = pattern[0]!
  const date = pattern[1]!
  const nameAgrees = name < 0 || name <= FIELDS.name.indexOf('similar')
  const dateAgrees = date < 0 || date <= FIELDS.birthDate.indexOf('year')
  return nameAgrees || (dateAgrees && name < 0)
}

function statusOf(candidate: LinkageCandidate): MatchStatus {
  return candidate.status === 'resident' ? 'matched' : candidate.status
}

function decide(
  blocked: Blocked,
  model: Model,
  thresholds: typeof DEFAULT_THRESHOLDS,
): MatchResult {
  const p = blocked.prepared
  const prior = Math.log2(model.lambda / (1 - model.lambda))
  const exact = (r: RegistrySide, method: 'personal_number' | 'old_id_number'): MatchResult => {
    const { pattern, reordered } = compare(p, r)
    return {
      id: p.record.id,
      personalNumber: r.candidate.personalNumber,
      weight: Infinity,
      probability: 1,
      status: statusOf(r.candidate),
      explanation: {
        method,
        fields: scorePattern(model, pattern).parts,
        prior,
        candidates: blocked.candidates.length,
        reordered,
      },
    }
  }
  if (blocked.byNumber && plausible(p, blocked.byNumber))
    return exact(blocked.byNumber, 'personal_number')
  if (blocked.byOldId?.length === 1 && plausible(p, blocked.byOldId[0]!))
    return exact(blocked.byOldId[0]!, 'old_id_number')
  let best:
    | {
        side: RegistrySide
        weight: number
        probability: number
        parts: PartialWeight[]
        reordered: boolean
      }
    | undefined
  let runnerUp = -Infinity
  for (const side of blocked.candidates) {
    const { pattern, reordered } = compare(p, side)
    const score = scorePattern(model, pattern)
    if (!best || score.weight > best.weight) {
      if (best) runnerUp = Math.max(runnerUp, best.weight)
      best = { side, ...score, reordered }
    } else runnerUp = Math.max(runnerUp, score.weight)
  }
  if (!best)
    return {
      id: p.record.id,
      weight: -Infinity,
      probability: 0,
      status: 'not_found',
      explanation: { method: 'none', fields: [], prior, candidates: 0 },
    }
  const explanation: MatchExplanation = {
    method: 'probabilistic',
    fields: best.parts,
    prior: Math.round(prior * 100) / 100,
    candidates: blocked.candidates.length,
    reordered: best.reordered,
  }
  if (runnerUp > -Infinity) explanation.runnerUp = Math.round(runnerUp * 100) / 100
  const clear = best.weight - runnerUp >= thresholds.margin
  const status: MatchStatus =
    best.weight >= thresholds.matchWeight && clear
      ? statusOf(best.side.candidate)
      : best.weight >= thresholds.reviewWeight
        ? 'review'
        : 'not_found'
  const result: MatchResult = {
    id: p.record.id,
    weight: Math.round(best.weight * 100) / 100,
    probability: best.probability,
    status,
    explanation,
  }
  if (status !== 'not_found') result.personalNumber = best.side.candidate.personalNumber
  return result
}

/**
 * Learns u from random pairs, then m by EM in two sessions as Splink does: pairs blocked on name
 * teach the date, commune and other fields; pairs blocked on commune and date teach the name.
 * λ is held at the most a block can hold: one match per record.
 */
export function trainModel(blocked: Blocked[], seed = 1): Model {
  const rng = new Rng(seed, 0x11c)
  const pairs: Pattern[] = []
  const byName: Pattern[] = []
  const byPlace: Pattern[] = []
  const random: Pattern[] = []
  for (const b of blocked) {
    for (const side of b.candidates) {
      const { pattern } = compare(b.prepared, side)
      pairs.push(pattern)
      if (b.byName.has(side)) byName.push(pattern)
      if (b.byPlace.has(side)) byPlace.push(pattern)
    }
    // Another record's candidates are, for this record, people picked at random from the registry.
    for (let k = 0; k < 4 && blocked.length > 1; k++) {
      const other = blocked[rng.int(blocked.length)]!
      if (other === b || other.candidates.length === 0) continue
      random.push(compare(b.prepared, other.candidates[rng.int(other.candidates.length)]!).pattern)
    }
  }
  const u = estimateU(random)
  // At most one resident is each record's person: the share of pairs that can be matches.
  const share = (withPairs: number, pairCount: number) =>
    Math.min(0.95, Math.max(0.01, withPairs / Math.max(1, pairCount)))
  const onName = estimateM(byName, u, {
    ignore: ['name'],
    lambda: share(blocked.filter((b) => b.byName.size > 0).length, byName.length),
    fixLambda: true,
  })
  const onPlace = estimateM(byPlace, u, {
    ignore: ['birthDate', 'commune'],
    lambda: share(blocked.filter((b) => b.byPlace.size > 0).length, byPlace.length),
    fixLambda: true,
  })
  return {
    lambda: share(blocked.filter((b) => b.candidates.length > 0).length, pairs.length),
    u,
    m: { ...onName.m, name: onPlace.m.name },
    iterations: onName.iterations + onPlace.iterations,
    converged: onName.converged && onPlace.converged,
  }
}

async function* batches<T>(
  items: AsyncIterable<T> | Iterable<T>,
  size: number,
): AsyncIterable<T[]> {
  let batch: T[] = []
  for await (const item of items) {
    batch.push(item)
    if (batch.length >= size) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}

/**
 * Links each source record to at most one resident. Results come in input order, batch by batch.
 * Without options.model the first trainingSize records are held back to learn one.
 */
export async function* linkRecords(
  db: Executor,
  records: AsyncIterable<SourceRecord> | Iterable<SourceRecord>,
  options: LinkOptions = {},
): AsyncIterable<MatchResult> {
  const thresholds = {
    matchWeight: options.matchWeight ?? DEFAULT_THRESHOLDS.matchWeight,
    reviewWeight: options.reviewWeight ?? DEFAULT_THRESHOLDS.reviewWeight,
    margin: options.margin ?? DEFAULT_THRESHOLDS.margin,
  }
  const batchSize = options.batchSize ?? 2_000
  const trainingSize = options.trainingSize ?? 20_000
  const successors = new Map<string, string[]>()
  for (const { oldCode, newCode } of await communeSuccessions(db)) {
    const list = successors.get(oldCode) ?? []
    list.push(newCode)
    successors.set(oldCode, list)
  }
  let model = options.model
  const held: Blocked[] = []
  for await (const batch of batches(records, batchSize)) {
    const blocked = await block(
      db,
      batch.map((r) => prepare(r, successors)),
    )
    if (!model) {
      held.push(...blocked)
      if (held.length < trainingSize) continue
      model = trainModel(held, options.seed)
      options.onModel?.(model)
      for (const b of held.splice(0)) yield decide(b, model, thresholds)
      continue
    }
    for (const b of blocked) yield decide(b, model, thresholds)
  }
  if (held.length > 0) {
    model = trainModel(held, options.seed)
    options.onModel?.(model)
    for (const b of held) yield decide(b, model, thresholds)
  }
}
