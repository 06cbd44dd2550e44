import { readdirSync, readFileSync } from 'node:fs'
import { Value } from '@sinclair/typebox/value'
import type { ValidateFunction } from 'ajv'
import { compileForm } from '../../../platform/forms/form-validator.js'
import { kindUnknown } from '../documents.errors.js'
import { DocumentKind } from './kinds.schemas.js'

const KINDS_DIR = new URL('../../../../data/documents/kinds/', import.meta.url)

/** A kind as loaded: its definition and its compiled fields' schema. */
export interface LoadedKind {
  definition: DocumentKind
  validate: ValidateFunction
}

function readKind(dir: URL, file: string): DocumentKind {
  const raw: unknown = JSON.parse(readFileSync(new URL(file, dir), 'utf8'))
  const kind = Value.Default(DocumentKind, raw)
  const errors = [...Value.Errors(DocumentKind, kind)].map((e) => `${e.path} ${e.message}`)
  if (errors.length > 0) throw new Error(`document kind ${file}: ${errors.join('; ')}`)
  const { code, fields } = kind as DocumentKind
  if (`${code}.json` !== file) throw new Error(`document kind ${file}: its code is ${code}`)
  const properties = Object.keys((fields.schema as { properties?: object }).properties ?? {})
  const unlabelled = properties.filter((p) => !fields.labels[p])
  const stray = Object.keys(fields.labels).filter((p) => !properties.includes(p))
  if (unlabelled.length + stray.length > 0)
    throw new Error(
      `document kind ${file}: unlabelled [${unlabelled.join(', ')}], labels of no field [${stray.join(', ')}]`,
    )
  return kind as DocumentKind
}

/**
 * Reads and checks every kind of data/documents/kinds/ (one file per kind, named by its code).
 * A wrong file stops the server at start-up with its name and faults.
 * @param dir another folder of kinds (a test's broken copy)
 */
export function loadKinds(dir: URL = KINDS_DIR): Map<string, LoadedKind> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
  return new Map(
    files.map((file) => {
      const definition = readKind(dir, file)
      return [definition.code, { definition, validate: compileForm(definition.fields.schema) }]
    }),
  )
}

let loaded: Map<string, LoadedKind> | undefined

/** The kinds, read once per process. */
export const documentKinds = (): Map<string, LoadedKind> => (loaded ??= loadKinds())

/** A kind by code. @throws DOCUMENT_KIND_UNKNOWN */
export function kindNamed(code: string): LoadedKind {
  const kind = documentKinds().get(code)
  if (!kind) throw kindUnknown(code)
  return kind
}
