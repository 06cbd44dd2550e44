import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import type { Executor } from '../../platform/db/database.js'
import type { adminUnits } from './population.tables.js'
import { countAdminUnits, insertAdminUnits, insertUnitSuccessions } from './units/units.queries.js'

// The pre-reform structure as held on 2025-03-01 (whole country) is valid until the two-tier
// structure took effect; what came before our earliest snapshot is open-ended (valid_from null).
const REFORM_DATE = '2025-07-01'
// Đồng Nai merged 11 communes into neighbours with effect from 2024-11-01 (dong-nai-communes-2024.csv).
const DONG_NAI_2024_MERGE = '2024-11-01'

const dataFile = (name: string): string =>
  readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8')

interface Unit2024 {
  code: string
  name: string
  shortName?: string
  type: string
}
interface Province2024 extends Unit2024 {
  districts: (Unit2024 & { communes: Unit2024[] })[]
}
interface Province2025 {
  code: string
  name: string
  type: string
  mergedFrom: { code: string }[]
  communes: { code: string; name: string; type: string }[]
}

type UnitRow = typeof adminUnits.$inferInsert
type Succession = { oldKey: string; newKey: string; coverage: 'full' | 'partial' }

const key = (code: string, era: 'old' | 'new'): string => `${era}:${code}`

function oldStructure(): UnitRow[] {
  const data = JSON.parse(dataFile('admin-units-2024.json')) as { provinces: Province2024[] }
  const rows: UnitRow[] = []
  const unit = (u: Unit2024, level: UnitRow['level'], parentCode: string | null): UnitRow => ({
    code: u.code,
    name: u.name,
    shortName: u.shortName ?? null,
    type: u.type,
    level,
    parentCode,
    validFrom: null,
    validTo: REFORM_DATE,
  })
  for (const p of data.provinces) {
    rows.push(unit(p, 'province', null))
    for (const d of p.districts) {
      rows.push(unit(d, 'district', p.code))
      for (const c of d.communes) rows.push(unit(c, 'commune', d.code))
    }
  }
  const merged = parse<Record<string, string>>(dataFile('dong-nai-communes-2024.csv'), {
    columns: true,
  })
  for (const r of merged) {
    if (r.in_2024_09_01 === '1' && r.in_2025_03_01 === '0') {
      rows.push({
        code: r.commune_code!,
        name: r.commune_name!,
        shortName: null,
        type: r.commune_type!,
        level: 'commune',
        parentCode: r.district_code!,
        validFrom: null,
        validTo: DONG_NAI_2024_MERGE,
      })
    }
  }
  return rows
}

function newStructure(): { rows: UnitRow[]; successions: Succession[] } {
  const data = JSON.parse(dataFile('admin-units-2025.json')) as { provinces: Province2025[] }
  const rows: UnitRow[] = []
  const successions: Succession[] = []
  const unit = (
    u: { code: string; name: string; type: string },
    level: UnitRow['level'],
    parentCode: string | null,
  ): UnitRow => ({
    code: u.code,
    name: u.name,
    shortName: null,
    type: u.type,
    level,
    parentCode,
    validFrom: REFORM_DATE,
    validTo: null,
  })
  for (const p of data.provinces) {
    rows.push(unit(p, 'province', null))
    for (const old of p.mergedFrom) {
      successions.push({
        oldKey: key(old.code, 'old'),
        newKey: key(p.code, 'new'),
        coverage: 'full',
      })
    }
    for (const c of p.communes) rows.push(unit(c, 'commune', p.code))
  }
  return { rows, successions }
}

/** Old commune → new commune from the mapping; an old district → every new unit its communes went to. */
function communeSuccessions(): Succession[] {
  const mapping = parse<Record<string, string>>(dataFile('admin-mapping-2024-2025.csv'), {
    columns: true,
  })
  const result: Succession[] = []
  const byDistrict = new Map<string, Set<string>>()
  for (const r of mapping) {
    result.push({
      oldKey: key(r.old_commune_code!, 'old'),
      newKey: key(r.new_commune_code!, 'new'),
      coverage: r.coverage === 'full' ? 'full' : 'partial',
    })
    const set = byDistrict.get(r.old_district_code!) ?? new Set<string>()
    set.add(r.new_commune_code!)
    byDistrict.set(r.old_district_code!, set)
  }
  for (const [district, successors] of byDistrict) {
    for (const code of successors) {
      result.push({
        oldKey: key(district, 'old'),
        newKey: key(code, 'new'),
        coverage: successors.size === 1 ? 'full' : 'partial',
      })
    }
  }
  return result
}

/**
 * Loads both structures and the old→new mapping once, in the caller's transaction; a database
 * that already holds them is left as it is.
 * @returns units inserted (0 when already loaded).
 */
export async function ensureAdminUnits(tx: Executor): Promise<number> {
  if ((await countAdminUnits(tx)) > 0) return 0
  const old = oldStructure()
  const fresh = newStructure()
  const ids = new Map<string, number>()
  const insert = async (rows: UnitRow[], era: 'old' | 'new'): Promise<void> => {
    for (let i = 0; i < rows.length; i += 2000) {
      const inserted = await insertAdminUnits(tx, rows.slice(i, i + 2000))
      for (const r of inserted) ids.set(key(r.code, era), r.id)
    }
  }
  await insert(old, 'old')
  await insert(fresh.rows, 'new')
  const links = [...fresh.successions, ...communeSuccessions()].flatMap((s) => {
    const predecessorId = ids.get(s.oldKey)
    const successorId = ids.get(s.newKey)
    return predecessorId && successorId
      ? [{ predecessorId, successorId, coverage: s.coverage }]
      : []
  })
  for (let i = 0; i < links.length; i += 5000) {
    await insertUnitSuccessions(tx, links.slice(i, i + 5000))
  }
  return old.length + fresh.rows.length
}
