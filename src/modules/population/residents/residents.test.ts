import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { describeOnEngines, TODAY, rejectsWith } from '../../../../test/kit/index.js'
import type { Database } from '../../../platform/db/database.js'
import {
  foldName,
  getHouseholdOf,
  getResident,
  listMovements,
  listResidentsOfUnit,
  searchResidents,
  type Resident,
} from '../index.js'
import { seedPopulation } from '../seed/seed.service.js'

async function someResident(database: Database, where = 'true'): Promise<Resident> {
  const [row] = await database.query<{ personal_number: string }>(
    `SELECT personal_number FROM residents WHERE ${where} ORDER BY personal_number LIMIT 1`,
  )
  return getResident(database.db, row!.personal_number)
}

const stripMarks = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')

describeOnEngines('population registry functions', (db) => {
  before(async () => {
    await seedPopulation(db(), { scale: 2_000, seed: 21, today: TODAY })
  })

  it('gets a resident by number, with the record as written', async () => {
    const resident = await someResident(db())
    assert.match(resident.personalNumber, /^\d{12}$/)
    assert.equal(resident.fullName, resident.fullName.normalize('NFC'))
    assert.ok(
      !('fullNameFolded' in resident),
      'the folded name is an index, not part of the record',
    )
  })

  it('refuses a malformed number and reports an unknown one', async () => {
    await assert.rejects(
      getResident(db().db, '07512345678'),
      (e: { code: string; details: { rule: string }[] }) => {
        assert.equal(e.code, 'POPULATION_PERSONAL_NUMBER_INVALID')
        assert.equal(e.details[0]?.rule, 'LENGTH')
        return true
      },
    )
    await rejectsWith(getResident(db().db, '999012345678'), 'POPULATION_PERSONAL_NUMBER_INVALID')
    await rejectsWith(getResident(db().db, '075090000000'), 'POPULATION_RESIDENT_NOT_FOUND')
  })

  it('finds residents by the start of the name, whatever the diacritics and case', async () => {
    const resident = await someResident(db(), `full_name ~ '[^a-zA-Z ]'`)
    const typed = stripMarks(resident.fullName).toUpperCase().slice(0, -1)
    const page = await searchResidents(db().db, { name: typed, limit: 200 })
    assert.ok(page.residents.some((r) => r.personalNumber === resident.personalNumber))
    assert.ok(page.residents.every((r) => foldName(r.fullName).startsWith(foldName(typed))))
  })

  it('narrows by birth date and unit, and pages without repeats', async () => {
    const resident = await someResident(db())
    const byDate = await searchResidents(db().db, {
      birthDate: resident.birthDate,
      unitCode: resident.communeCode,
    })
    assert.ok(byDate.residents.some((r) => r.personalNumber === resident.personalNumber))
    assert.ok(
      byDate.residents.every(
        (r) => r.birthDate === resident.birthDate && r.communeCode === resident.communeCode,
      ),
    )
    const seen = new Set<string>()
    let after: string | undefined
    for (let pages = 0; pages < 50; pages++) {
      const page = await searchResidents(db().db, {
        unitCode: resident.communeCode,
        limit: 7,
        after,
      })
      for (const r of page.residents) {
        assert.ok(!seen.has(r.personalNumber), 'no resident twice')
        seen.add(r.personalNumber)
      }
      if (!page.next) break
      after = page.next
    }
    const [{ count } = { count: 0 }] = await db().query<{ count: number }>(
      'SELECT count(*)::int AS count FROM residents WHERE commune_code = $1',
      [resident.communeCode],
    )
    assert.equal(seen.size, count)
  })

  it('refuses a search too broad to be a search', async () => {
    await rejectsWith(searchResidents(db().db, { name: 'N' }), 'POPULATION_SEARCH_TOO_BROAD')
    await rejectsWith(searchResidents(db().db, {}), 'POPULATION_SEARCH_TOO_BROAD')
    await rejectsWith(searchResidents(db().db, { unitCode: '99999' }), 'POPULATION_UNIT_NOT_FOUND')
  })

  it('gives the household with one head and the resident among its members', async () => {
    const resident = await someResident(db())
    const { household, members } = await getHouseholdOf(db().db, resident.personalNumber)
    assert.equal(household.id, resident.householdId)
    assert.equal(members.filter((m) => m.relationToHead === 'head').length, 1)
    assert.ok(members.some((m) => m.personalNumber === resident.personalNumber))
  })

  it('lists movements oldest first', async () => {
    const resident = await someResident(
      db(),
      `personal_number IN (SELECT personal_number FROM movements)`,
    )
    const movements = await listMovements(db().db, resident.personalNumber)
    assert.ok(movements.length > 0)
    const dates = movements.map((m) => m.occurredOn)
    assert.deepEqual(dates, [...dates].sort())
  })

  it('lists residents of a commune, of the province and of an abolished unit', async () => {
    const resident = await someResident(db())
    const commune = await listResidentsOfUnit(db().db, resident.communeCode, { limit: 200 })
    assert.ok(commune.residents.every((r) => r.communeCode === resident.communeCode))
    const province = await listResidentsOfUnit(db().db, '75', { limit: 200 })
    assert.equal(province.residents.length, 200)
    assert.ok(province.next)
    const next = await listResidentsOfUnit(db().db, '75', { limit: 200, after: province.next })
    assert.ok(next.residents[0]!.personalNumber > province.residents.at(-1)!.personalNumber)
    // Old Bình Phước (70) became part of the new Đồng Nai: its residents are the new province's.
    const oldProvince = await listResidentsOfUnit(db().db, '70', { limit: 5 })
    assert.equal(oldProvince.residents.length, 5)
  })
})
