import { readdirSync, readFileSync } from 'node:fs'
import { Value } from '@sinclair/typebox/value'
import type { ValidateFunction } from 'ajv'
import { foldName } from '../../population/index.js'
import { ServiceDefinition } from './catalogue.schemas.js'
import { compileForm } from '../../../platform/forms/form-validator.js'
import { serviceUnknown } from '../services.errors.js'

const CATALOGUE_DIR = new URL('../../../../data/services/catalogue/', import.meta.url)

/** A service as loaded: its definition, its compiled form and its folded search text. */
export interface CatalogueService {
  definition: ServiceDefinition
  validate: ValidateFunction
  searchText: string
}

/** A dotted path's node in a JSON Schema, or undefined when the form has no such field. */
function schemaAt(schema: object, path: string): object | undefined {
  let node: unknown = schema
  for (const part of path.split('.')) {
    const properties = (node as { properties?: Record<string, unknown> }).properties
    node = properties?.[part]
    if (node === undefined) return undefined
  }
  return node as object
}

/** What makes a definition wrong beyond its shape: names that point nowhere. */
function inconsistencies(service: ServiceDefinition, codes: Set<string>): string[] {
  const { schema, labels } = service.form
  const missing = (path: string) => schemaAt(schema, path) === undefined
  return [
    ...Object.keys(service.prefill)
      .filter(missing)
      .map((p) => `prefill names ${p}, not a field`),
    ...Object.keys(labels)
      .filter(missing)
      .map((p) => `label for ${p}, not a field`),
    ...Object.values(service.effect?.fields ?? {})
      .filter(missing)
      .map((p) => `effect reads ${p}, not a field`),
    ...(service.unitFrom?.startsWith('form:') && missing(service.unitFrom.slice(5))
      ? [`unitFrom names ${service.unitFrom}, not a field`]
      : []),
    ...(service.parts ?? []).filter((c) => !codes.has(c)).map((c) => `part ${c} is not a service`),
  ]
}

function readDefinitions(dir: URL): ServiceDefinition[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const raw: unknown = JSON.parse(readFileSync(new URL(file, dir), 'utf8'))
      const withDefaults = Value.Default(ServiceDefinition, raw)
      const errors = [...Value.Errors(ServiceDefinition, withDefaults)]
      if (errors.length > 0)
        throw new Error(
          `catalogue ${file}: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
        )
      return withDefaults as ServiceDefinition
    })
}

/**
 * Reads and checks every service of data/services/catalogue/: a new service is a new file. A
 * wrong file stops the server at start-up with its name and faults, never at a resident's filing.
 * @param dir another folder of definitions (a province's own catalogue, a test's broken copy)
 */
export function loadCatalogue(dir: URL = CATALOGUE_DIR): Map<string, CatalogueService> {
  const definitions = readDefinitions(dir)
  const codes = new Set(definitions.map((d) => d.code))
  if (codes.size !== definitions.length) throw new Error('catalogue: a service code is repeated')
  return new Map(
    definitions.map((definition) => {
      const faults = inconsistencies(definition, codes)
      if (faults.length > 0) throw new Error(`catalogue ${definition.code}: ${faults.join('; ')}`)
      const searchText = foldName(
        [
          definition.name.vi,
          definition.name.en,
          definition.summary.vi,
          ...definition.keywords,
        ].join(' '),
      )
      return [
        definition.code,
        { definition, validate: compileForm(definition.form.schema), searchText },
      ]
    }),
  )
}

let loaded: Map<string, CatalogueService> | undefined

/** The catalogue, read once per process. */
export const catalogue = (): Map<string, CatalogueService> => (loaded ??= loadCatalogue())

/** A service by code. @throws SERVICE_UNKNOWN */
export function serviceNamed(code: string): CatalogueService {
  const service = catalogue().get(code)
  if (!service) throw serviceUnknown()
  return service
}
