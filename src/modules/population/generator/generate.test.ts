import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { getTableColumns } from 'drizzle-orm'
import { foldName } from '../names.js'
import { checkPersonalNumber } from '../personal-number.js'
import { households, movements, residents } from '../population.tables.js'
import {
  HOUSEHOLD_COLUMNS,
  MOVEMENT_COLUMNS,
  RESIDENT_COLUMNS,
  allocateResidents,
  generateCommune,
  generateCommuneCsv,
  type CommuneQuota,
  type HouseholdRow,
  type MovementRow,
  type ResidentRow,
} from './index.js'
import { cleanName } from './naming.js'
import { NAME_DATA } from './reference.js'

// Compile-time check: the rows fit the tables' insert types.
const _rowsFitTables: [
  typeof households.$inferInsert,
  typeof residents.$inferInsert,
  typeof movements.$inferInsert,
] = [{} as HouseholdRow, {} as ResidentRow, {} as MovementRow]

const TODAY = '2025-07-01'
const OPTIONS = { seed: 20250701, today: TODAY }
const QUOTAS = allocateResidents(100_000)

function quotaNamed(name: string): CommuneQuota {
  const quota = QUOTAS.find((q) => q.name === name)
  assert.ok(quota, name)
  return quota
}

/** Units of each kind: ward and commune of each old province, with and without industry. */
const SAMPLE = [
  'Phường Bình Phước',
  'Xã Đăk Ơ',
  'Phường Trấn Biên',
  'Xã Xuân Lộc',
  'Xã Nhơn Trạch',
].map(quotaNamed)

/** Minimal parser for PostgreSQL CSV: null for an empty unquoted field. */
function parseCsv(text: string): (string | null)[][] {
  const rows: (string | null)[][] = []
  let row: (string | null)[] = []
  let i = 0
  while (i < text.length) {
    if (text[i] === '"') {
      let value = ''
      i++
      for (;;) {
        const j = text.indexOf('"', i)
        value += text.slice(i, j)
        i = j + 1
        if (text[i] !== '"') break
        value += '"'
        i++
      }
      row.push(value)
    } else {
      let j = i
      while (j < text.length && text[j] !== ',' && text[j] !== '\n') j++
      row.push(j === i ? null : text.slice(i, j))
      i = j
    }
    if (text[i] === '\n') {
      rows.push(row)
      row = []
    }
    i++
  }
  return rows
}

function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years
}

function plusYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return date.endsWith('-02-29') && !leap ? `${year}-02-28` : `${year}${date.slice(4)}`
}

describe('generateCommune', () => {
  it('names the CSV columns after the table columns', () => {
    const names = (table: Parameters<typeof getTableColumns>[0]) =>
      Object.values(getTableColumns(table)).map((c) => c.name)
    assert.deepEqual(HOUSEHOLD_COLUMNS, names(households))
    assert.deepEqual(RESIDENT_COLUMNS, names(residents))
    assert.deepEqual(
      MOVEMENT_COLUMNS,
      // The period, place and dossier of a registration are a dossier's, never generated.
      names(movements).filter(
        (n) => !['id', 'recorded_at', 'until_on', 'place', 'reference'].includes(n),
      ),
    )
    assert.ok(_rowsFitTables)
  })

  it('is deterministic, and depends on the seed and today', () => {
    const quota = SAMPLE[2]!
    const first = generateCommuneCsv(quota, OPTIONS)
    // Another unit in between must not change anything: units are independent.
    generateCommuneCsv(SAMPLE[0]!, OPTIONS)
    assert.deepEqual(generateCommuneCsv(quota, OPTIONS), first)
    assert.notEqual(generateCommuneCsv(quota, { ...OPTIONS, seed: 1 }).residents, first.residents)
    assert.notEqual(
      generateCommuneCsv(quota, { ...OPTIONS, today: '2025-07-02' }).residents,
      first.residents,
    )
  })

  it('writes the same rows as CSV as it returns as objects', () => {
    for (const quota of SAMPLE) {
      const rows = generateCommune(quota, OPTIONS)
      const csv = generateCommuneCsv(quota, OPTIONS)
      assert.deepEqual(csv.counts, {
        households: rows.households.length,
        residents: rows.residents.length,
        movements: rows.movements.length,
      })
      const tables = [
        [csv.households, rows.households, HOUSEHOLD_COLUMNS],
        [csv.residents, rows.residents, RESIDENT_COLUMNS],
        [csv.movements, rows.movements, MOVEMENT_COLUMNS],
      ] as const
      for (const [text, objects, columns] of tables) {
        assert.equal(text.split('\n').length - 1, objects.length)
        const parsed = parseCsv(text)
        assert.equal(parsed.length, objects.length)
        parsed.forEach((fields, i) => {
          const expected = Object.values(objects[i]!).map((v) =>
            v === null ? null : typeof v === 'boolean' ? (v ? 't' : 'f') : String(v),
          )
          assert.equal(fields.length, columns.length)
          assert.deepEqual(fields, expected)
        })
      }
      // Every address holds commas, so every one is quoted.
      assert.ok(
        csv.households
          .split('\n')
          .slice(0, -1)
          .every((line) => line.endsWith('Đồng Nai"')),
      )
    }
  })

  it('fills the quota with households that each have one adult head', () => {
    for (const quota of SAMPLE) {
      const { households: hh, residents: people } = generateCommune(quota, OPTIONS)
      assert.equal(people.length, quota.residents)
      const heads = new Map<number, ResidentRow[]>()
      for (const r of people) {
        assert.equal(r.communeCode, quota.code)
        if (r.relationToHead === 'head')
          heads.set(r.householdId, [...(heads.get(r.householdId) ?? []), r])
      }
      hh.forEach((h, i) => {
        assert.equal(h.id, Number(quota.code) * 10_000_000 + i + 1)
        const head = heads.get(h.id)
        assert.equal(head?.length, 1, `household ${h.id}`)
        assert.ok(ageOn(head[0]!.birthDate, TODAY) >= 16)
        assert.equal(head[0]!.status, 'resident')
        assert.match(
          h.address,
          quota.type === 'Phường' ? /^Số \d+, tổ \d+, khu phố \d+, / : /^Số \d+, ấp \d+, /,
        )
        assert.ok(h.address.endsWith(`, ${quota.name}, Tỉnh Đồng Nai`))
      })
      assert.equal(heads.size, hh.length)
    }
  })

  it('gives well-formed people', () => {
    for (const quota of SAMPLE) {
      const people = generateCommune(quota, OPTIONS).residents
      for (const r of people) checkPerson(r, quota)
      // Nearly every Vietnamese full name has a letter with a diacritic.
      const marked = people.filter((r) => r.fullName.toLowerCase() !== r.fullNameFolded).length
      assert.ok(marked > 0.9 * people.length, `${marked} of ${people.length}`)
    }
  })

  it('gives nobody a given name the inventory attests for the other sex only', () => {
    const inventory = (sex: 'M' | 'F') =>
      new Set(NAME_DATA.inventory[sex].map((name) => cleanName(name)))
    const attested = { M: inventory('M'), F: inventory('F') }
    const misfits = new Map<string, number>()
    let residents = 0
    for (const quota of QUOTAS.slice(0, 20)) {
      for (const r of generateCommune(quota, OPTIONS).residents) {
        residents++
        const given = r.fullName.slice(r.fullName.lastIndexOf(' ') + 1)
        const other = r.sex === 'M' ? 'F' : 'M'
        if (attested[other].has(given) && !attested[r.sex].has(given)) {
          const key = `${r.sex} ${given}`
          misfits.set(key, (misfits.get(key) ?? 0) + 1)
        }
      }
    }
    assert.ok(residents > 10_000, `${residents} residents`)
    assert.deepEqual([...misfits], [])
  })

  it('records how each person came to be here, and left', () => {
    for (const quota of SAMPLE) {
      const { residents: people, movements: moves } = generateCommune(quota, OPTIONS)
      const byNumber = new Map<string, MovementRow[]>()
      for (const m of moves)
        byNumber.set(m.personalNumber, [...(byNumber.get(m.personalNumber) ?? []), m])
      for (const r of people) checkMovements(r, byNumber.get(r.personalNumber) ?? [], quota)
    }
  })

  it('handles an empty quota and rejects bad options', () => {
    const quota = { ...SAMPLE[0]!, residents: 0 }
    assert.deepEqual(generateCommuneCsv(quota, OPTIONS).counts, {
      households: 0,
      residents: 0,
      movements: 0,
    })
    assert.throws(() => generateCommune(SAMPLE[0]!, { seed: 1, today: '2025-02-30' }), RangeError)
    assert.throws(() => generateCommune(SAMPLE[0]!, { seed: 0.5, today: TODAY }), RangeError)
    assert.throws(() => generateCommune({ ...SAMPLE[0]!, index: 100 }, OPTIONS), RangeError)
  })
})

function checkPerson(r: ResidentRow, quota: CommuneQuota): void {
  const age = ageOn(r.birthDate, TODAY)
  assert.ok(r.birthDate <= TODAY && age <= 101, r.birthDate)
  const check = checkPersonalNumber(r.personalNumber, {
    birthDate: r.birthDate,
    sex: r.sex,
    today: TODAY,
  })
  assert.ok(check.valid, `${r.personalNumber} ${JSON.stringify(check)}`)
  assert.equal(r.personalNumber.slice(1, 3), r.birthProvinceCode)
  assert.equal(r.fullName, r.fullName.normalize('NFC'))
  assert.match(r.fullName, /^(\p{Lu}\p{Ll}* ){2,3}\p{Lu}\p{Ll}*$/u)
  assert.equal(cleanName(r.fullName), r.fullName, 'Vietnamese letters only')
  assert.equal(r.fullNameFolded, foldName(r.fullName))
  assert.match(r.ethnicityCode, /^\d\d$/)
  assert.ok(r.religionCode === null || /^\d\d$/.test(r.religionCode))
  if (r.labourStatus === 'employed') assert.ok(r.sector !== null && r.occupation !== null)
  else assert.ok(r.sector === null && r.occupation === null)
  if (age < 6) assert.equal(r.labourStatus, 'child')
  else if (age < 15) assert.equal(r.labourStatus, 'in_school')
  if (r.oldIdNumber !== null) {
    assert.match(r.oldIdNumber, /^\d{9}$/)
    assert.ok(r.birthDate < '1995-01-01')
    if (r.birthProvinceCode === '75') assert.ok(r.oldIdNumber.startsWith('27'))
    if (r.birthProvinceCode === '70') assert.ok(r.oldIdNumber.startsWith('28'))
  }
  checkCard(r, age)
  if (age < 14) assert.notEqual(r.eidLevel, 2)
  assert.ok([0, 1, 2].includes(r.eidLevel))
  assert.ok(quota.oldProvinceCodes.length > 0)
}

function checkCard(r: ResidentRow, age: number): void {
  if (r.cardIssuedOn === null) {
    assert.equal(r.cardExpiresOn, null)
    assert.ok(age < 14 || r.status === 'deceased', `${r.personalNumber} has no card at ${age}`)
    return
  }
  assert.ok(r.cardIssuedOn <= TODAY && r.cardIssuedOn >= '2016-01-01')
  assert.ok(r.cardIssuedOn >= plusYears(r.birthDate, 14))
  const issueAge = ageOn(r.birthDate, r.cardIssuedOn)
  const renewal = [25, 40, 60].find((a) => issueAge < a - 2)
  assert.equal(r.cardExpiresOn, renewal === undefined ? null : plusYears(r.birthDate, renewal))
}

function checkMovements(r: ResidentRow, moves: MovementRow[], quota: CommuneQuota): void {
  const [arrival, ...rest] = moves
  assert.ok(arrival)
  for (const m of moves) {
    assert.equal(m.communeCode, quota.code)
    assert.ok(m.occurredOn <= TODAY && m.occurredOn >= r.birthDate)
  }
  if (quota.oldProvinceCodes.includes(r.birthProvinceCode)) {
    assert.deepEqual(
      [arrival.kind, arrival.occurredOn, arrival.otherProvinceCode],
      ['born', r.birthDate, null],
    )
  } else {
    assert.equal(arrival.kind, 'moved_in')
    assert.equal(arrival.otherProvinceCode, r.birthProvinceCode)
    assert.ok(arrival.occurredOn >= plusYears(r.birthDate, 16), 'moved in after turning 16')
    assert.ok(arrival.occurredOn >= plusYears(TODAY, -15), 'moved in within 15 years')
  }
  const expected = r.status === 'resident' ? [] : [r.status]
  assert.deepEqual(
    rest.map((m) => m.kind),
    expected,
  )
  for (const m of rest) {
    assert.ok(m.occurredOn >= plusYears(TODAY, -5) && m.occurredOn > arrival.occurredOn)
    if (m.kind === 'moved_out') {
      assert.match(m.otherProvinceCode ?? '', /^\d\d$/)
      assert.ok(!quota.oldProvinceCodes.includes(m.otherProvinceCode ?? ''))
    } else {
      assert.equal(m.otherProvinceCode, null)
    }
  }
  if (r.status === 'deceased' && r.cardIssuedOn !== null)
    assert.ok(r.cardIssuedOn <= rest[0]!.occurredOn)
}
