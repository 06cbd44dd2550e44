/**
 * Reference data from data/, read once at module load. Every lookup by name throws when the name
 * is missing, so a renamed entry in a data file fails loudly instead of skewing the population.
 */
import { readFileSync } from 'node:fs'

function readData(file: string): string {
  return readFileSync(new URL(`../../../../data/${file}`, import.meta.url), 'utf8')
}

type Json = Record<string, unknown>

function obj(value: unknown, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${what}: expected an object`)
  }
  return value as Json
}

function arr(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`${what}: expected an array`)
  return value
}

function str(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new TypeError(`${what}: expected a string`)
  return value
}

function num(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TypeError(`${what}: expected a number`)
  }
  return value
}

function readJson(file: string): Json {
  return obj(JSON.parse(readData(file)), file)
}

export interface CommuneRecord {
  code: string
  name: string
  type: string
  oldProvinceCodes: string[]
  /** How many pre-reform units were merged into it: the only size hint the data gives. */
  mergedCount: number
}

function loadCommunes(): CommuneRecord[] {
  const [header, ...lines] = readData('dong-nai-communes-2025.csv').trim().split(/\r?\n/)
  const columns = (header ?? '').split(',')
  const at = (name: string): number => {
    const i = columns.indexOf(name)
    if (i < 0) throw new TypeError(`dong-nai-communes-2025.csv: no column ${name}`)
    return i
  }
  const [code, name, type, old, merged] = [
    at('commune_code'),
    at('commune_name'),
    at('commune_type'),
    at('old_province_codes'),
    at('merged_from_codes'),
  ]
  return lines.map((line) => {
    // The file has no quoted fields; a quote would mean the simple split below misreads it.
    if (line.includes('"')) throw new TypeError('dong-nai-communes-2025.csv: quoted fields')
    const cells = line.split(',')
    const cell = (i: number): string => str(cells[i], 'dong-nai-communes-2025.csv')
    return {
      code: cell(code),
      name: cell(name).normalize('NFC'),
      type: cell(type).normalize('NFC'),
      oldProvinceCodes: cell(old).split(';'),
      mergedCount: cell(merged).split(';').length,
    }
  })
}

export const COMMUNES: readonly CommuneRecord[] = loadCommunes()

export interface WeightedName {
  name: string
  weight: number
}

function weightedList(value: unknown, what: string, field: 'share' | 'percent' | 'count') {
  return arr(value, what).map((item): WeightedName => {
    const o = obj(item, what)
    return { name: str(o.name, what).normalize('NFC'), weight: num(o[field], what) }
  })
}

const names = readJson('names-vi.json')
const sample = obj(names.sample, 'names-vi.json sample')
const middle = obj(sample.middleNames, 'names-vi.json middleNames')
const given = obj(sample.givenNames, 'names-vi.json givenNames')
const inventory = obj(names.givenNameInventory, 'names-vi.json givenNameInventory')

export const NAME_DATA = {
  /** National surname shares in percent; 'Hoàng/Huỳnh' and 'Vũ/Võ' are combined entries. */
  national: weightedList(obj(names.surnamesNational, 'names').items, 'surnamesNational', 'percent'),
  /** Raw counts from a southern student sample, noisy: used only for the long tail. */
  sampleSurnames: weightedList(sample.surnames, 'sample.surnames', 'count'),
  middle: {
    M: weightedList(middle.male, 'middleNames.male', 'share'),
    F: weightedList(middle.female, 'middleNames.female', 'share'),
  },
  given: {
    M: weightedList(given.male, 'givenNames.male', 'share'),
    F: weightedList(given.female, 'givenNames.female', 'share'),
  },
  inventory: {
    M: arr(inventory.male, 'inventory.male').map((n) => str(n, 'inventory.male')),
    F: arr(inventory.female, 'inventory.female').map((n) => str(n, 'inventory.female')),
  },
}

export interface EthnicGroup {
  code: string
  name: string
  share2019: number
}

export const ETHNIC_GROUPS: readonly EthnicGroup[] = arr(
  readJson('ethnic-groups.json').groups,
  'ethnic-groups.json',
).map((item) => {
  const o = obj(item, 'ethnic group')
  return {
    code: str(o.code, 'ethnic code'),
    name: str(o.name, 'ethnic name').normalize('NFC'),
    share2019: num(o.share2019, 'ethnic share2019'),
  }
})

export function ethnicCode(name: string): string {
  const group = ETHNIC_GROUPS.find((g) => g.name === name.normalize('NFC'))
  if (group === undefined) throw new RangeError(`ethnic-groups.json has no group '${name}'`)
  return group.code
}

const RELIGIONS = arr(readJson('religions.json').religions, 'religions.json').map((item) => {
  const o = obj(item, 'religion')
  return { code: o.code === null ? null : str(o.code, 'religion code'), name: str(o.name, 'name') }
})

export function religionCode(name: string): string {
  const code = RELIGIONS.find((r) => r.name.normalize('NFC') === name.normalize('NFC'))?.code
  if (code === undefined || code === null) throw new RangeError(`religions.json has no '${name}'`)
  return code
}

/** The 63 pre-reform province codes: the only codes a birth province can have. */
export const PROVINCE_CODES: readonly string[] = arr(
  readJson('admin-units-2024.json').provinces,
  'admin-units-2024.json',
).map((item) => str(obj(item, 'province').code, 'province code'))

const population = readJson('dong-nai-population.json')
const oldProvince = obj(population.oldProvince, 'oldProvince')
const census2019 = obj(oldProvince.census2019, 'census2019')

/** The new province's name as the reference data writes it ("Tỉnh Đồng Nai"), for addresses. */
export const PROVINCE_NAME = str(
  obj(population.newProvince, 'newProvince').name,
  'newProvince.name',
).normalize('NFC')

export const POPULATION = {
  /** Whole new province (Resolution 202/2025/QH15), the largest scale the generator accepts. */
  total: num(obj(population.newProvince, 'newProvince').population, 'newProvince.population'),
  /** Old Đồng Nai (code 75) in the 2019 census; old Bình Phước (70) is the rest. */
  oldDongNai: num(census2019.population, 'census2019.population'),
  oldDongNaiUrbanShare: num(census2019.urbanShare, 'census2019.urbanShare'),
  /** Old Đồng Nai, 2009 census: persons by ethnic group name (only the five largest groups). */
  ethnicity2009: Object.entries(obj(oldProvince.census2009Ethnicity, 'census2009Ethnicity'))
    .filter(([, v]) => typeof v === 'number')
    .map(([name, v]) => ({ name: name.normalize('NFC'), persons: num(v, name) })),
}
