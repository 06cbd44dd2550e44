import type { FastifyRequest, RouteOptions } from 'fastify'
import { AppError } from './errors.js'

type Schema = Record<string | symbol, unknown>

// PostgreSQL refuses a NUL byte in text, and no field of ours means any other control character.
// Text in a body may hold tabs and line breaks (a reason, a passport's two MRZ lines); a path,
// a query or a header never.
const SINGLE_LINE = '^[^\\u0000-\\u001f\\u007f]*$'
const MULTI_LINE = '^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$'

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const typesOf = (schema: Schema): unknown[] => [schema.type].flat()

function guardString(schema: Schema, inBody: boolean): Schema {
  if (schema.enum !== undefined || schema.const !== undefined) return schema
  const pattern = inBody ? MULTI_LINE : SINGLE_LINE
  if (schema.pattern === undefined) return { ...schema, pattern }
  const allOf: unknown[] = Array.isArray(schema.allOf) ? schema.allOf : []
  return { ...schema, allOf: [...allOf, { pattern }] }
}

/** Integers stay within the range JavaScript holds exactly. */
function guardInteger(schema: Schema): Schema {
  return {
    ...schema,
    ...(schema.maximum === undefined && schema.exclusiveMaximum === undefined
      ? { maximum: Number.MAX_SAFE_INTEGER }
      : {}),
    ...(schema.minimum === undefined && schema.exclusiveMinimum === undefined
      ? { minimum: Number.MIN_SAFE_INTEGER }
      : {}),
  }
}

const SUBSCHEMA_MAPS = ['properties', 'patternProperties'] as const
const SUBSCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf'] as const
const SUBSCHEMAS = ['items', 'additionalProperties'] as const

// A schema object can serve several routes (GET and its HEAD, one contract for many paths).
const guarded = new WeakSet<Schema>()

function guard(schema: Schema, inBody: boolean): Schema {
  if (guarded.has(schema)) return schema
  let out: Schema = { ...schema }
  for (const key of SUBSCHEMA_MAPS) {
    const map = schema[key]
    if (isSchema(map))
      out[key] = Object.fromEntries(
        Object.entries(map).map(([name, s]) => [name, isSchema(s) ? guard(s, inBody) : s]),
      )
  }
  for (const key of SUBSCHEMA_LISTS) {
    const list = schema[key]
    if (Array.isArray(list))
      out[key] = list.map((s: unknown) => (isSchema(s) ? guard(s, inBody) : s))
  }
  for (const key of SUBSCHEMAS) if (isSchema(schema[key])) out[key] = guard(schema[key], inBody)
  const types = typesOf(schema)
  if (types.includes('string')) out = guardString(out, inBody)
  if (types.includes('integer')) out = guardInteger(out)
  guarded.add(out)
  return out
}

/**
 * Every request schema refuses, at the edge, the two kinds of value that otherwise travel to the
 * database and come back as a 500: control characters in strings and non-finite numbers. Done to
 * the route's schemas as they register, so no module has to remember it, and the OpenAPI
 * document shows the rule.
 */
export function guardRequestSchemas(route: RouteOptions): void {
  const schema = route.schema
  if (!schema) return
  for (const part of ['body', 'querystring', 'params', 'headers'] as const) {
    const given = schema[part]
    if (isSchema(given)) schema[part] = guard(given, part === 'body')
  }
}

// Parsed JSON, query strings and path parameters; an upload's Buffer or stream is not walked.
const isParsedData = (value: unknown): value is object =>
  typeof value === 'object' &&
  value !== null &&
  !ArrayBuffer.isView(value) &&
  typeof (value as { pipe?: unknown }).pipe !== 'function'

/** The first number in `value` that is not finite, by its path ('limit', 'items.0.count'). */
function nonFiniteAt(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path.join('.')
  if (!isParsedData(value)) return undefined
  for (const [key, item] of Object.entries(value)) {
    const found = nonFiniteAt(item, [...path, key])
    if (found !== undefined) return found
  }
  return undefined
}

/**
 * `1e309` reads as Infinity through the query's and path's type coercion, and Ajv checks the
 * finiteness of the numbers it is given, not of those it made (its bounds and formats skip them).
 * So the values are looked at once validated, before any handler sees them.
 */
export async function refuseNonFiniteNumbers(request: FastifyRequest): Promise<void> {
  for (const part of ['params', 'query', 'body'] as const) {
    const field = nonFiniteAt(request[part])
    if (field !== undefined)
      throw new AppError('REQUEST_INVALID', {
        status: 400,
        message: `Yêu cầu không hợp lệ / Invalid request (${part === 'query' ? 'querystring' : part})`,
        details: [{ field, rule: 'finite', message: 'must be a finite number' }],
      })
  }
}
