import { readFileSync } from 'node:fs'
import { Type, type Static } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'
import { finesErrors } from './fines.errors.js'
import type { VehicleClass } from './plates.js'

const Vnd = Type.Integer({ minimum: 0, maximum: 1_000_000_000 })

const FineArticle = Type.Object(
  {
    code: Type.String({ pattern: '^168-[0-9]{1,2}-[0-9]{1,2}-[a-z]{1,2}$' }),
    article: Type.Integer({ minimum: 1 }),
    clause: Type.Integer({ minimum: 1 }),
    point: Type.String({ minLength: 1, maxLength: 2 }),
    vehicleClass: Type.Union([Type.Literal('car'), Type.Literal('motorbike')]),
    minFine: Vnd,
    maxFine: Vnd,
    topic: Type.String({ pattern: '^[a-z_]+$' }),
    vi: Type.String({ minLength: 1 }),
    en: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false },
)
export type FineArticle = Static<typeof FineArticle>

const FineTableFile = Type.Object(
  {
    decree: Type.Literal('168/2024/NĐ-CP'),
    title: Type.String(),
    issued: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }),
    effectiveFrom: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }),
    /** False until every row was compared with the official text (data/SOURCES.md). */
    checked: Type.Boolean(),
    articles: Type.Array(FineArticle, { minItems: 1 }),
  },
  { additionalProperties: false },
)
export type FineTable = Static<typeof FineTableFile>

// The code names the article, clause and point; đ is written dd so codes stay ASCII.
const codeOf = (a: FineArticle): string =>
  `168-${a.article}-${a.clause}-${a.point === 'đ' ? 'dd' : a.point}`

/**
 * The table from a file's content, checked against its schema and its own rules.
 * @throws Error naming every problem: a bad table is a data defect, found when first read.
 */
export function parseFineTable(content: unknown): FineTable {
  if (!Value.Check(FineTableFile, content)) {
    const errors = [...Value.Errors(FineTableFile, content)].map(
      (e) => `${e.path || '/'}: ${e.message}`,
    )
    throw new Error(`fine table: ${errors.slice(0, 10).join('; ')}`)
  }
  const problems: string[] = []
  const seen = new Set<string>()
  for (const a of content.articles) {
    if (a.code !== codeOf(a)) problems.push(`${a.code}: should be ${codeOf(a)}`)
    if (seen.has(a.code)) problems.push(`${a.code}: listed twice`)
    if (a.minFine > a.maxFine) problems.push(`${a.code}: minimum above maximum`)
    seen.add(a.code)
  }
  if (problems.length > 0) throw new Error(`fine table: ${problems.join('; ')}`)
  return content
}

const FILE = new URL('../../../data/fines-decree-168-2024.json', import.meta.url)
let table: FineTable | undefined
let byCode: Map<string, FineArticle> | undefined

/** The fine table of data/fines-decree-168-2024.json, read once. */
export function fineTable(): FineTable {
  table ??= parseFineTable(JSON.parse(readFileSync(FILE, 'utf8')))
  return table
}

/** An article of the table by its code. @throws FINES_ARTICLE_UNKNOWN */
export function fineArticle(code: string): FineArticle {
  byCode ??= new Map(fineTable().articles.map((a) => [a.code, a]))
  const found = byCode.get(code)
  if (!found) throw finesErrors.refuse('ARTICLE_UNKNOWN', { article: code })
  return found
}

/**
 * The article a fine is imposed under, once the fine is within its range and the article is
 * for the plate's class of vehicle.
 * @throws FINES_ARTICLE_UNKNOWN, FINES_FINE_OUT_OF_RANGE, FINES_VEHICLE_CLASS_MISMATCH
 */
export function checkFine(code: string, fine: number, plateClass: VehicleClass): FineArticle {
  const article = fineArticle(code)
  if (article.vehicleClass !== plateClass)
    throw finesErrors.refuse('VEHICLE_CLASS_MISMATCH', {
      article: code,
      articleClass: article.vehicleClass,
      plateClass,
    })
  if (!Number.isInteger(fine) || fine < article.minFine || fine > article.maxFine)
    throw finesErrors.refuse('FINE_OUT_OF_RANGE', {
      article: code,
      minFine: article.minFine,
      maxFine: article.maxFine,
      fine,
    })
  return article
}
