import randexp from 'randexp'

// The package is CommonJS exporting the class itself; its types describe an ES default export.
const RandExp = randexp as unknown as typeof randexp.default

/** A schema as the OpenAPI document prints it: only what the samples below read. */
export interface JsonSchema {
  type?: string | string[]
  format?: string
  pattern?: string
  enum?: unknown[]
  const?: unknown
  minLength?: number
  maxLength?: number
  minimum?: number
  minItems?: number
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
}

const FORMATS: Record<string, string> = {
  date: '2026-11-27',
  'date-time': '2026-11-27T03:00:00.000Z',
  uuid: '0192f0c4-5a6b-7c8d-9e0f-a1b2c3d4e5f6',
  email: 'ai@example.vn',
  uri: 'https://example.vn/',
}

const branchOf = (schema: JsonSchema): JsonSchema | undefined =>
  (schema.anyOf ?? schema.oneOf ?? schema.allOf)?.find((s) => s.type !== 'null')

const typeOf = (schema: JsonSchema): string | undefined =>
  [schema.type].flat().find((t) => t !== 'null')

function sampleString(schema: JsonSchema): string {
  const formatted = schema.format === undefined ? undefined : FORMATS[schema.format]
  if (formatted !== undefined) return formatted
  if (schema.pattern) {
    const generator = new RandExp(schema.pattern)
    generator.randInt = (low: number) => low
    generator.max = 3
    return generator.gen()
  }
  return 'a'.repeat(Math.max(schema.minLength ?? 1, 1))
}

/** A value the schema accepts, as far as a schema can say: required properties only. */
export function sampleOf(schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const
  if (schema.enum) return schema.enum[0]
  const branch = branchOf(schema)
  if (branch) return sampleOf(branch)
  switch (typeOf(schema)) {
    case 'object':
      return Object.fromEntries(
        (schema.required ?? []).map((name) => [name, sampleOf(schema.properties?.[name] ?? {})]),
      )
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items ?? {}))
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1)
    case 'boolean':
      return true
    case 'string':
      return sampleString(schema)
    case undefined:
    default:
      return 'a'
  }
}

/** Every scalar a body can carry, optional ones included, by its path: ['stay', 'guests', 0, 'name']. */
export function leavesOf(
  schema: JsonSchema,
  path: (string | number)[] = [],
): (string | number)[][] {
  if (path.length > 5) return []
  const branch = branchOf(schema)
  if (branch) return leavesOf(branch, path)
  switch (typeOf(schema)) {
    case 'object':
      return Object.entries(schema.properties ?? {}).flatMap(([name, s]) =>
        leavesOf(s, [...path, name]),
      )
    case 'array':
      return leavesOf(schema.items ?? {}, [...path, 0])
    case undefined:
    default:
      return [path]
  }
}

/** A copy of `value` with `replacement` at `path`, making the containers on the way. */
export function withValueAt(
  value: unknown,
  path: (string | number)[],
  replacement: unknown,
): unknown {
  if (path.length === 0) return replacement
  const [head, ...rest] = path
  const container = (
    Array.isArray(value)
      ? [...(value as unknown[])]
      : typeof value === 'object' && value !== null
        ? { ...value }
        : typeof head === 'number'
          ? []
          : {}
  ) as Record<string, unknown>
  const key = String(head)
  container[key] = withValueAt(container[key], rest, replacement)
  return container
}
