import type { ErrorSchema, RJSFSchema, UiSchema } from '@rjsf/utils'
import type { Language } from '../../i18n/messages'
import { inLanguage } from './labels'
import type { ServicesI18n, ServicesKey } from './messages'
import type { FormValues, Named } from './types'

type Schema = RJSFSchema

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export interface FormUiInput {
  schema: Schema
  /** The service's own hints (widgets, order), kept. */
  uiSchema: UiSchema
  labels: Record<string, Named>
  /** Dotted paths the registry fills: disabled, with the note saying where they come from. */
  locked: readonly string[]
  i18n: ServicesI18n
  /** The kiosk's larger inputs. */
  kiosk?: boolean
}

/** An enum value in words: the catalogue's label (`path.value`), else ours, else as it is. */
function optionName(
  i18n: ServicesI18n,
  labels: FormUiInput['labels'],
  path: string,
  value: unknown,
) {
  const own = labels[`${path}.${String(value)}`]
  if (own) return inLanguage(own, i18n.language)
  const key = `option.${String(value)}` as ServicesKey
  const text = i18n.t(key)
  return text === key ? String(value) : text
}

function fieldUi(input: FormUiInput, path: string, schema: Schema, given: UiSchema): UiSchema {
  const { labels, locked, i18n } = input
  const ui: UiSchema = { ...given }
  const label = labels[path]
  if (label) ui['ui:title'] = inLanguage(label, i18n.language)
  if (schema.properties) {
    for (const [name, child] of Object.entries(schema.properties)) {
      if (typeof child === 'boolean') continue
      const childPath = path ? `${path}.${name}` : name
      ui[name] = fieldUi(input, childPath, child, (given[name] ?? {}) as UiSchema)
    }
    return ui
  }
  if (locked.includes(path)) {
    ui['ui:disabled'] = true
    ui['ui:help'] = i18n.t('service.prefilled')
  }
  if (Array.isArray(schema.enum))
    ui['ui:enumNames'] = schema.enum.map((value) => optionName(i18n, labels, path, value))
  if (schema.format === 'date')
    ui['ui:options'] = {
      ...(given['ui:options'] as object | undefined),
      valueFormat: 'YYYY-MM-DD',
      displayFormat: 'DD/MM/YYYY',
      placeholder: 'dd/mm/yyyy',
    }
  if (input.kiosk) ui['ui:options'] = { ...(ui['ui:options'] as object | undefined), size: 'xl' }
  return ui
}

/**
 * The uiSchema the form is drawn with: every label in the page's language from the catalogue's
 * `labels`, the registry's fields locked and marked, choices in words, dates as dd/mm/yyyy.
 */
export function buildUiSchema(input: FormUiInput): UiSchema {
  const ui = fieldUi(input, '', input.schema, input.uiSchema)
  ui['ui:submitButtonOptions'] = { norender: true }
  return ui
}

/** `base` with `over` laid on it, objects merged key by key (the registry's values over a draft). */
export function mergeValues(base: FormValues, over: FormValues): FormValues {
  const merged: FormValues = { ...base }
  for (const [key, value] of Object.entries(over)) {
    const below = merged[key]
    merged[key] = isObject(value) && isObject(below) ? mergeValues(below, value) : value
  }
  return merged
}

export interface FieldProblem {
  field: string
  vi: string
  en: string
}

/** The server's per-field refusals as rjsf's extraErrors, in the page's language. */
export function errorSchemaOf(problems: readonly FieldProblem[], language: Language): ErrorSchema {
  const root: Record<string, unknown> = {}
  for (const problem of problems) {
    let node = root
    for (const part of problem.field.split('.').filter(Boolean)) {
      node[part] ??= {}
      node = node[part] as Record<string, unknown>
    }
    const errors = (node.__errors ??= []) as string[]
    errors.push(language === 'en' ? problem.en : problem.vi)
  }
  return root as ErrorSchema
}

/** The problems left once the person edits `field`: theirs go, the others stay until submit. */
export const withoutField = (problems: readonly FieldProblem[], changed: Set<string>) =>
  problems.filter((p) => !changed.has(p.field))

/** Dotted paths whose values differ between two form states. */
export function changedPaths(before: unknown, after: unknown, path = ''): string[] {
  if (isObject(before) || isObject(after)) {
    const a = isObject(before) ? before : {}
    const b = isObject(after) ? after : {}
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    return [...keys].flatMap((k) => changedPaths(a[k], b[k], path ? `${path}.${k}` : k))
  }
  // An emptied field and one never filled are the same: widgets report '' as they mount.
  const blank = (value: unknown) => (value === '' ? undefined : value)
  return blank(before) === blank(after) ? [] : [path]
}
