import assert from 'node:assert/strict'
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { CatalogueService } from './catalogue.js'
import { loadCatalogue } from './catalogue.js'
import type { ServiceDefinition } from './catalogue.schemas.js'
import { formErrors } from '../../../platform/forms/form-validator.js'

const catalogue = loadCatalogue()
const services = [...catalogue.values()]
const definitions = services.map((s) => s.definition)
const essential = definitions.filter((d) => d.essentialNo !== undefined && d.essentialNo <= 25)

type Node = { type?: string; properties?: Record<string, Node> }

/** Every dotted path of the form's schema that is an object property (array items excluded). */
function fieldPaths(node: Node, prefix = ''): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([name, child]) => {
    const path = prefix ? `${prefix}.${name}` : name
    return [path, ...fieldPaths(child, path)]
  })
}

/** Every { vi, en } text of a definition, wherever it sits. */
function texts(value: unknown, where = ''): { where: string; vi: unknown; en: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${where}[${i}]`))
  if (value === null || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  if ('vi' in record && 'en' in record) return [{ where, vi: record.vi, en: record.en }]
  return Object.entries(record).flatMap(([k, v]) => texts(v, where ? `${where}.${k}` : k))
}

const valueAt = (data: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[part]
          : undefined,
      data,
    )

describe('services catalogue: the shipped definitions', () => {
  it('loads, and holds each of the 25 essential services exactly once', () => {
    const numbers = essential.map((d) => d.essentialNo).sort((a, b) => (a ?? 0) - (b ?? 0))
    assert.deepEqual(
      numbers,
      Array.from({ length: 25 }, (_, i) => i + 1),
    )
  })

  it('files every service with its example: the example passes its own form', () => {
    for (const { definition, validate } of services)
      assert.deepEqual(formErrors(validate, definition.example), [], definition.code)
  })

  it('refuses an example with a wrong personal number, field by field', () => {
    const temporaryResidence = catalogue.get('1.004194') as CatalogueService
    const example = structuredClone(temporaryResidence.definition.example) as {
      applicant: { personalNumber: string }
    }
    example.applicant.personalNumber = '12345'
    assert.deepEqual(
      formErrors(temporaryResidence.validate, example).map((e) => [e.field, e.rule]),
      [['applicant.personalNumber', 'pattern']],
    )
  })

  it('makes the linked filings (no. 17 and 18) of existing single services', () => {
    const linked = definitions.filter((d) => d.parts !== undefined)
    assert.deepEqual(linked.map((d) => d.essentialNo).sort(), [17, 18])
    for (const d of linked)
      for (const part of d.parts ?? []) {
        const service = catalogue.get(part)
        assert.ok(service, `${d.code}: part ${part}`)
        assert.equal(
          service.definition.parts,
          undefined,
          `${d.code}: part ${part} is itself linked`,
        )
      }
    const partsOf = (no: number) => linked.find((d) => d.essentialNo === no)?.parts ?? []
    assert.ok(partsOf(17).includes('1.001193') && partsOf(17).includes('1.004222'))
    assert.ok(partsOf(18).includes('1.000656') && partsOf(18).includes('1.003197'))
  })

  it('gives each part of a linked filing data its own form accepts: one filing, the same data', () => {
    for (const d of definitions.filter((d) => d.parts !== undefined))
      for (const part of d.parts ?? []) {
        const service = catalogue.get(part) as CatalogueService
        assert.deepEqual(formErrors(service.validate, d.example), [], `${d.code} → ${part}`)
      }
  })

  it('needs no required paper upload for at least 20 of the 25 essential services', () => {
    const paperless = essential.filter(
      (d) => !d.documents.some((doc) => doc.required && doc.suppliedBy === 'upload'),
    )
    assert.ok(paperless.length >= 20, `only ${paperless.length} without a required upload`)
  })

  it('writes the registry effects with the field names the population module reads', () => {
    const expected: Record<string, string[]> = {
      registerDeath: ['diedOn', 'personalNumber'],
      declareTemporaryAbsence: ['destination', 'from', 'personalNumber', 'until'],
      registerPermanentResidence: ['address', 'communeCode', 'personalNumber'],
    }
    const kinds = new Set<string>()
    for (const d of definitions) {
      const names = expected[d.effect?.kind ?? '']
      if (!d.effect || !names) continue
      kinds.add(d.effect.kind)
      assert.deepEqual(Object.keys(d.effect.fields).sort(), names, d.code)
      for (const path of Object.values(d.effect.fields))
        assert.notEqual(valueAt(d.example, path), undefined, `${d.code}: example lacks ${path}`)
    }
    assert.deepEqual([...kinds].sort(), Object.keys(expected).sort())
  })

  it('labels every field, and every text has Vietnamese (NFC) and English', () => {
    for (const d of definitions) {
      for (const path of fieldPaths(d.form.schema))
        assert.ok(d.form.labels[path], `${d.code}: no label for ${path}`)
      for (const { where, vi, en } of texts(d)) {
        assert.ok(typeof vi === 'string' && vi.trim() !== '', `${d.code} ${where}: vi`)
        assert.ok(typeof en === 'string' && en.trim() !== '', `${d.code} ${where}: en`)
        assert.equal(vi, vi.normalize('NFC'), `${d.code} ${where}: vi is not NFC`)
      }
      const { titleVi, bodyVi } = d.result.template
      for (const text of [titleVi, bodyVi]) assert.equal(text, text.normalize('NFC'), d.code)
    }
  })

  it('fills result templates only from form fields (or the effect result)', () => {
    for (const d of definitions) {
      const fields = new Set(fieldPaths(d.form.schema))
      const { bodyVi, bodyEn } = d.result.template
      for (const [, path] of `${bodyVi} ${bodyEn}`.matchAll(/\{\{([^}]+)\}\}/g))
        assert.ok(fields.has(path ?? '') || path?.startsWith('effect.'), `${d.code}: {{${path}}}`)
    }
  })

  it('uses real Đồng Nai communes in the examples', () => {
    const csv = readFileSync(
      new URL('../../../../data/dong-nai-communes-2025.csv', import.meta.url),
      'utf8',
    )
    const communes = new Set(
      csv
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0]),
    )
    for (const d of definitions) {
      if (!d.unitFrom?.startsWith('form:')) continue
      const code = valueAt(d.example, d.unitFrom.slice(5))
      assert.ok(communes.has(String(code)), `${d.code}: commune ${String(code)}`)
    }
  })

  it('says where each code comes from when it is ours (DN-…)', () => {
    for (const d of definitions.filter((d) => d.code.startsWith('DN-')))
      assert.ok(
        d.sources.some((s) => s.includes('cần xác minh')),
        `${d.code}: no "cần xác minh" in sources`,
      )
  })
})

describe('services catalogue: a broken definition is refused by name', () => {
  const shipped = fileURLToPath(new URL('../../../../data/services/catalogue/', import.meta.url))
  const scratch = mkdtempSync(join(tmpdir(), 'cds-catalogue-'))
  after(() => {
    rmSync(scratch, { recursive: true, force: true })
  })

  /** Loads a copy of the shipped catalogue with some definitions replaced. */
  const loadWith = (broken: Record<string, object>) => {
    for (const file of readdirSync(scratch)) rmSync(join(scratch, file))
    for (const file of readdirSync(shipped)) copyFileSync(join(shipped, file), join(scratch, file))
    for (const [file, definition] of Object.entries(broken))
      writeFileSync(join(scratch, file), JSON.stringify(definition))
    return () => loadCatalogue(pathToFileURL(`${scratch}/`))
  }
  const shippedDefinition = (file: string) =>
    JSON.parse(readFileSync(join(shipped, file), 'utf8')) as ServiceDefinition

  it('loads the unbroken copy', () => {
    assert.equal(loadWith({})().size, catalogue.size)
  })

  it('names the file whose shape is wrong', () => {
    const file = '1.000656-death-registration.json'
    const { steps: _dropped, ...withoutSteps } = shippedDefinition(file)
    assert.throws(
      loadWith({ [file]: withoutSteps }),
      (e: Error) => e.message.includes(file) && e.message.includes('/steps'),
    )
  })

  it('names the service whose prefill or effect points at no field', () => {
    const file = '1.003677-temporary-absence.json'
    const definition = shippedDefinition(file)
    definition.effect = { kind: 'declareTemporaryAbsence', fields: { until: 'absence.till' } }
    assert.throws(
      loadWith({ [file]: definition }),
      (e: Error) => e.message.includes('1.003677') && e.message.includes('absence.till'),
    )
  })

  it('names a linked filing whose part is not a service', () => {
    const file = '2.002913-linked-death.json'
    const definition = shippedDefinition(file)
    definition.parts = ['1.000656', '9.999999']
    assert.throws(loadWith({ [file]: definition }), (e: Error) =>
      e.message.includes('part 9.999999 is not a service'),
    )
  })
})
