import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { checkPersonalNumber } from '../personal-number.js'
import { NumberBook, SERIALS_PER_UNIT } from './identity.js'
import { allocateResidents, generateCommune, type CommuneQuota, type ResidentRow } from './index.js'
import { ethnicCode, religionCode } from './reference.js'

const TODAY = '2025-07-01'
const SCALE = 200_000

interface Tally {
  people: number
  children: number
  elderly: number
  men: number
  adults: { ward: number; rural: number }
  migrants: { ward: number; rural: number }
  catholics75: number
  people75: number
  xtieng70: number
  people70: number
  deceased: number
  movedOut: number
}

function age(birthDate: string): number {
  const years = Number(TODAY.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return TODAY.slice(5) < birthDate.slice(5) ? years - 1 : years
}

function count(t: Tally, r: ResidentRow, quota: CommuneQuota): void {
  const years = age(r.birthDate)
  t.people++
  if (years <= 14) t.children++
  if (years >= 65) t.elderly++
  if (r.sex === 'M') t.men++
  if (r.status === 'deceased') t.deceased++
  if (r.status === 'moved_out') t.movedOut++
  const where = quota.type === 'Phường' ? 'ward' : 'rural'
  if (years >= 18) {
    t.adults[where]++
    if (!quota.oldProvinceCodes.includes(r.birthProvinceCode)) t.migrants[where]++
  }
  if (quota.oldProvinceCodes.includes('75')) {
    t.people75++
    if (r.religionCode === religionCode('Công giáo')) t.catholics75++
  } else {
    t.people70++
    if (r.ethnicityCode === ethnicCode('Xtiêng')) t.xtieng70++
  }
}

function within(value: number, lo: number, hi: number, what: string): void {
  assert.ok(value >= lo && value <= hi, `${what}: ${value.toFixed(4)} not in ${lo}..${hi}`)
}

describe(`the whole province at scale ${SCALE.toLocaleString('en')}`, () => {
  const numbers = new Set<string>()
  const oldIds = new Set<string>()
  const householdIds = new Set<number>()
  const tally: Tally = {
    ...{ people: 0, children: 0, elderly: 0, men: 0, deceased: 0, movedOut: 0 },
    ...{ catholics75: 0, people75: 0, xtieng70: 0, people70: 0 },
    adults: { ward: 0, rural: 0 },
    migrants: { ward: 0, rural: 0 },
  }
  let invalid: string[] = []
  const future: string[] = []
  // Units generated in reverse order: independence means the order cannot matter.
  for (const quota of allocateResidents(SCALE).reverse()) {
    const { households, residents, movements } = generateCommune(quota, { seed: 99, today: TODAY })
    for (const h of households) householdIds.add(h.id)
    for (const m of movements) if (m.occurredOn > TODAY) future.push(m.occurredOn)
    for (const r of residents) {
      numbers.add(r.personalNumber)
      if (r.oldIdNumber !== null) oldIds.add(r.oldIdNumber)
      const check = checkPersonalNumber(r.personalNumber, {
        birthDate: r.birthDate,
        sex: r.sex,
        today: TODAY,
      })
      if (!check.valid && invalid.length < 5) invalid = [...invalid, r.personalNumber]
      count(tally, r, quota)
      if (r.birthDate > TODAY || (r.cardIssuedOn ?? '') > TODAY) future.push(r.personalNumber)
    }
  }

  it('gives everyone a distinct, valid personal number', () => {
    assert.equal(tally.people, SCALE)
    assert.equal(numbers.size, SCALE)
    assert.deepEqual(invalid, [])
  })

  it('has nothing happen after today', () => {
    assert.deepEqual(future, [])
  })

  it('keeps household ids and old ID numbers distinct across units', () => {
    assert.ok(householdIds.size > SCALE / 4)
    assert.ok(oldIds.size > SCALE / 3)
    // The Set would have merged duplicates: compare with a fresh count.
    let withOldId = 0
    for (const quota of allocateResidents(SCALE)) {
      const { residents } = generateCommune(quota, { seed: 99, today: TODAY })
      withOldId += residents.filter((r) => r.oldIdNumber !== null).length
    }
    assert.equal(oldIds.size, withOldId)
  })

  it('looks like Vietnam 2019 by age and sex', () => {
    within(tally.children / tally.people, 0.18, 0.32, 'aged 0-14')
    within(tally.elderly / tally.people, 0.04, 0.12, 'aged 65+')
    within(tally.men / (tally.people - tally.men), 0.9, 1.1, 'sex ratio')
  })

  it('has about the stated shares of migrants, Catholics, S’tiêng, deaths and departures', () => {
    within(tally.migrants.ward / tally.adults.ward, 0.28, 0.42, 'migrant adults in wards')
    within(tally.migrants.rural / tally.adults.rural, 0.08, 0.18, 'migrant adults in communes')
    within(tally.catholics75 / tally.people75, 0.24, 0.36, 'Catholics in old Đồng Nai')
    within(tally.xtieng70 / tally.people70, 0.05, 0.13, 'S’tiêng in old Bình Phước')
    within(tally.deceased / tally.people, 0.003, 0.01, 'deceased')
    within(tally.movedOut / tally.people, 0.005, 0.015, 'moved out')
  })
})

describe('NumberBook', () => {
  it('refuses a serial beyond its unit’s share instead of repeating one', () => {
    const book = new NumberBook(3, 1)
    const seen = new Set<string>()
    for (let i = 0; i < SERIALS_PER_UNIT; i++) seen.add(book.personalNumber('75', 'F', 1990))
    assert.equal(seen.size, SERIALS_PER_UNIT)
    assert.throws(() => book.personalNumber('75', 'F', 1990), RangeError)
    assert.throws(() => new NumberBook(100, 1), RangeError)
  })
})
