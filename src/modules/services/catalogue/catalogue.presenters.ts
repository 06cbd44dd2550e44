import { foldName } from '../../population/index.js'
import type { ServiceDefinition } from './catalogue.schemas.js'
import { catalogue, serviceNamed } from './catalogue.js'

/** No paper to scan: every document is known to the registry or supplied by the vault. */
export const isPaperless = (service: ServiceDefinition): boolean =>
  service.documents.every((d) => d.suppliedBy !== 'upload' || !d.required)

const summaryOf = (s: ServiceDefinition) => ({
  code: s.code,
  essentialNo: s.essentialNo ?? null,
  name: s.name,
  summary: s.summary,
  agency: s.agency,
  level: s.level,
  eidLevel: s.eidLevel,
  online: s.online,
  timeLimitDays: s.timeLimitDays,
  fee: s.fee.amount,
  linked: (s.parts ?? []).length > 0,
  paperless: isPaperless(s),
})

/**
 * The catalogue, essential services first in their order; `q` keeps those whose name, summary or
 * keywords hold every word, with or without diacritics.
 */
export function listCatalogue(q?: string) {
  const words = foldName(q ?? '')
    .split(' ')
    .filter(Boolean)
  return [...catalogue().values()]
    .filter((s) => words.every((w) => s.searchText.includes(w)))
    .map((s) => s.definition)
    .sort((a, b) => (a.essentialNo ?? 99) - (b.essentialNo ?? 99) || a.code.localeCompare(b.code))
    .map(summaryOf)
}

/** Everything a form page needs about a service. @throws SERVICE_UNKNOWN */
export function describeService(code: string) {
  const s = serviceNamed(code).definition
  return {
    ...summaryOf(s),
    form: s.form,
    prefilled: Object.keys(s.prefill),
    documents: s.documents,
    steps: s.steps,
    feeNote: s.fee.note ?? null,
    parts: (s.parts ?? []).map((partCode) => {
      const part = serviceNamed(partCode).definition
      return { code: part.code, name: part.name, agency: part.agency.name }
    }),
  }
}
