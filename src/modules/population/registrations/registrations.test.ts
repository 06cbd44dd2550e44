import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { describeOnEngines, enrol, rejectsWith, TODAY, useApp } from '../../../../test/kit/index.js'
import type { Database } from '../../../platform/db/database.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import {
  checkPersonalNumber,
  composePersonalNumber,
  declareTemporaryAbsence,
  getResident,
  listMovements,
  registerBirth,
  registerDeath,
  registerPermanentResidence,
  registerTemporaryResidence,
  seedPopulation,
  type BirthRegistration,
  type RegistryChangePayload,
} from '../index.js'

const daysAgo = (days: number): string =>
  new Date(Date.now() + 7 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10)

/** Living residents matching a condition, distinct from those already taken by earlier tests. */
const taken = new Set<string>()
async function pick(database: Database, where: string, count = 1): Promise<string[]> {
  const rows = await database.query<{ n: string }>(
    `SELECT personal_number AS n FROM residents
      WHERE status = 'resident' AND ${where} ORDER BY personal_number`,
  )
  const free = rows.map((r) => r.n).filter((n) => !taken.has(n))
  const chosen = free.slice(0, count)
  assert.equal(chosen.length, count, `not enough residents where ${where}`)
  for (const n of chosen) taken.add(n)
  return chosen
}
const MOTHER = `sex = 'F' AND relation_to_head IN ('head', 'spouse') AND birth_date
  BETWEEN '1986-01-01' AND '2004-01-01'`

async function eventsOf(database: Database, personalNumber: string) {
  return database.query<{ event_type: string; payload: RegistryChangePayload }>(
    `SELECT event_type, payload FROM outbox_events
      WHERE aggregate_type = 'resident' AND aggregate_id = $1 ORDER BY id`,
    [personalNumber],
  )
}

describeOnEngines('registry changes of approved dossiers', (db) => {
  const app = useApp(db)
  const today = vietnamDate()

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 19, today: TODAY })
  })

  const birthOf = (mother: string, over: Partial<BirthRegistration> = {}): BirthRegistration => ({
    childName: '  Nguyễn   Thị Bé  ',
    birthDate: daysAgo(10),
    sex: 'F',
    birthProvinceCode: '75',
    ethnicityCode: '01',
    motherPersonalNumber: mother,
    householdOf: mother,
    reference: 'HS-KS-0001',
    ...over,
  })

  it('registers a birth: a new number by the rules, the household, a movement, an event', async () => {
    const [mother] = await pick(db(), MOTHER)
    const registration = birthOf(mother!)
    const { personalNumber } = await db().db.transaction((tx) => registerBirth(tx, registration))
    const check = checkPersonalNumber(personalNumber, {
      birthDate: registration.birthDate,
      sex: 'F',
    })
    assert.ok(check.valid, JSON.stringify(check))
    assert.equal(check.parts.provinceCode, '75')
    const child = await getResident(db().db, personalNumber)
    const parent = await getResident(db().db, mother!)
    assert.equal(child.fullName, 'Nguyễn Thị Bé')
    assert.equal(child.householdId, parent.householdId)
    assert.equal(child.communeCode, parent.communeCode)
    assert.equal(child.relationToHead, 'child')
    assert.deepEqual([child.status, child.eidLevel, child.labourStatus], ['resident', 0, 'child'])
    const movements = await listMovements(db().db, personalNumber)
    assert.deepEqual(
      movements.map((m) => [m.kind, m.occurredOn, m.communeCode, m.reference]),
      [['born', registration.birthDate, parent.communeCode, 'HS-KS-0001']],
    )
    const [event, ...more] = await eventsOf(db(), personalNumber)
    assert.equal(more.length, 0)
    assert.equal(event!.event_type, 'population.birth_registered')
    assert.equal(event!.payload.before, null)
    assert.equal(event!.payload.after.householdId, parent.householdId)
    assert.equal(event!.payload.movements[0]!.kind, 'born')
    assert.ok(!JSON.stringify(event!.payload).includes('Nguyễn'), 'no name in the event')
  })

  it('gives two births registered at once in one province, year and sex different numbers', async () => {
    const mothers = await pick(db(), MOTHER, 2)
    // Both draw the same serial first: the one that commits later must draw again.
    const drawing = () => {
      const serials = [424_242, 131_313]
      return () => serials.shift() ?? 999_999
    }
    const births = await Promise.all(
      mothers.map((mother) =>
        db().db.transaction((tx) =>
          registerBirth(tx, birthOf(mother, { sex: 'M' }), { drawSerial: drawing() }),
        ),
      ),
    )
    const year = Number(daysAgo(10).slice(0, 4))
    const expected = [424_242, 131_313].map((serial) =>
      composePersonalNumber({ provinceCode: '75', sex: 'M', birthYear: year, serial }),
    )
    assert.deepEqual(births.map((b) => b.personalNumber).sort(), expected.sort())
    for (const { personalNumber } of births)
      assert.equal((await getResident(db().db, personalNumber)).sex, 'M')
  })

  it('refuses a birth with bad facts and writes nothing', async () => {
    const [mother] = await pick(db(), MOTHER)
    const [man] = await pick(db(), `sex = 'M' AND birth_date < '2000-01-01'`)
    const [countBefore] = await db().query<{ n: number }>(
      'SELECT count(*)::int AS n FROM residents',
    )
    const attempt = (over: Partial<BirthRegistration>) =>
      db().db.transaction((tx) => registerBirth(tx, birthOf(mother!, over)))
    await rejectsWith(attempt({ birthDate: daysAgo(-2) }), 'POPULATION_DATE_IN_FUTURE')
    await rejectsWith(attempt({ birthDate: '2026-02-30' }), 'POPULATION_DATE_INVALID')
    await rejectsWith(attempt({ birthProvinceCode: '03' }), 'POPULATION_BIRTH_PROVINCE_UNKNOWN')
    await rejectsWith(attempt({ ethnicityCode: '55' }), 'POPULATION_ETHNICITY_UNKNOWN')
    await rejectsWith(attempt({ childName: '   ' }), 'POPULATION_TEXT_INVALID')
    await rejectsWith(attempt({ motherPersonalNumber: man }), 'POPULATION_PARENT_INVALID')
    await rejectsWith(attempt({ householdOf: man }), 'POPULATION_PARENT_INVALID')
    await rejectsWith(
      attempt({ householdOf: '075090000000', motherPersonalNumber: undefined }),
      'POPULATION_RESIDENT_NOT_FOUND',
    )
    const [countAfter] = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM residents')
    assert.equal(countAfter!.n, countBefore!.n)
  })

  it('registers a death once, and refuses what a dead person cannot do', async () => {
    const [person] = await pick(db(), `birth_date < '1960-01-01'`)
    const diedOn = daysAgo(3)
    const death = { personalNumber: person!, diedOn, reference: 'HS-KT-0001' }
    await rejectsWith(
      db().db.transaction((tx) => registerDeath(tx, { ...death, diedOn: daysAgo(-1) })),
      'POPULATION_DATE_IN_FUTURE',
    )
    await rejectsWith(
      db().db.transaction((tx) => registerDeath(tx, { ...death, diedOn: '1900-01-01' })),
      'POPULATION_DATE_OUT_OF_ORDER',
    )
    await db().db.transaction((tx) => registerDeath(tx, death))
    const resident = await getResident(db().db, person!)
    assert.equal(resident.status, 'deceased')
    const last = (await listMovements(db().db, person!)).at(-1)!
    assert.deepEqual(
      [last.kind, last.occurredOn, last.communeCode],
      ['deceased', diedOn, resident.communeCode],
    )
    const events = await eventsOf(db(), person!)
    assert.deepEqual(
      events.map((e) => e.event_type),
      ['population.death_registered'],
    )
    assert.equal(events[0]!.payload.before?.status, 'resident')
    assert.equal(events[0]!.payload.after.status, 'deceased')

    await rejectsWith(
      db().db.transaction((tx) => registerDeath(tx, death)),
      'POPULATION_RESIDENT_DECEASED',
    )
    const period = { from: daysAgo(1), until: daysAgo(-30), reference: 'HS-TT-0009' }
    await rejectsWith(
      db().db.transaction((tx) =>
        registerTemporaryResidence(tx, {
          ...period,
          personalNumber: person!,
          communeCode: resident.communeCode,
          address: 'Số 1',
        }),
      ),
      'POPULATION_RESIDENT_DECEASED',
    )
    await rejectsWith(
      db().db.transaction((tx) =>
        registerBirth(tx, birthOf(person!, { motherPersonalNumber: undefined })),
      ),
      'POPULATION_RESIDENT_DECEASED',
    )
    assert.equal((await eventsOf(db(), person!)).length, 1, 'refusals write no event')
  })

  it('records a temporary residence and a temporary absence, shown by the movements route', async () => {
    const [person] = await pick(db(), `birth_date < '2000-01-01'`)
    const resident = await getResident(db().db, person!)
    const [elsewhere] = await db().query<{ code: string }>(
      `SELECT code FROM admin_units WHERE level = 'commune' AND valid_to IS NULL AND code <> $1
        ORDER BY code LIMIT 1`,
      [resident.communeCode],
    )
    const stay = {
      personalNumber: person!,
      communeCode: elsewhere!.code,
      address: 'Số 12 đường Võ Thị Sáu',
      from: daysAgo(2),
      until: daysAgo(-180),
      reference: 'HS-TT-0001',
    }
    await rejectsWith(
      db().db.transaction((tx) =>
        registerTemporaryResidence(tx, { ...stay, communeCode: '99999' }),
      ),
      'POPULATION_COMMUNE_UNKNOWN',
    )
    await rejectsWith(
      db().db.transaction((tx) => registerTemporaryResidence(tx, { ...stay, from: daysAgo(-3) })),
      'POPULATION_DATE_IN_FUTURE',
    )
    await rejectsWith(
      db().db.transaction((tx) => registerTemporaryResidence(tx, { ...stay, until: stay.from })),
      'POPULATION_DATE_OUT_OF_ORDER',
    )
    await db().db.transaction((tx) => registerTemporaryResidence(tx, stay))
    await db().db.transaction((tx) =>
      declareTemporaryAbsence(tx, {
        personalNumber: person!,
        destination: 'Thành phố Hồ Chí Minh',
        from: daysAgo(2),
        until: daysAgo(-180),
        reference: 'HS-TV-0001',
      }),
    )
    assert.equal((await getResident(db().db, person!)).communeCode, resident.communeCode)
    const events = await eventsOf(db(), person!)
    assert.deepEqual(
      events.map((e) => e.event_type),
      ['population.temporary_residence_registered', 'population.temporary_absence_declared'],
    )
    assert.ok(!JSON.stringify(events).includes('Võ Thị Sáu'), 'no address in the events')

    const officer = await enrol(app(), db(), { role: 'communePolice', unitCodes: ['75'] })
    const response = await app().inject({
      method: 'GET',
      url: `/api/v1/population/residents/${person}/movements?purpose=residence_management`,
      headers: { cookie: officer.cookie },
    })
    assert.equal(response.statusCode, 200, response.body)
    const shown = response.json<{ movements: Record<string, string | null>[] }>().movements
    const temporary = shown.filter((m) => String(m.kind).startsWith('temporary_'))
    assert.deepEqual(
      temporary.map((m) => [m.kind, m.occurredOn, m.untilOn, m.communeCode, m.place]),
      [
        ['temporary_residence', stay.from, stay.until, elsewhere!.code, stay.address],
        ['temporary_absence', stay.from, stay.until, resident.communeCode, 'Thành phố Hồ Chí Minh'],
      ],
    )
  })

  it('moves a resident to a household of another commune, and refuses a household elsewhere', async () => {
    const [person] = await pick(db(), `relation_to_head = 'child' AND birth_date < '2004-01-01'`)
    const before = await getResident(db().db, person!)
    const [row] = await db().query<{ id: string; commune: string }>(
      `SELECT id::text AS id, commune_code AS commune FROM households WHERE commune_code <> $1
        ORDER BY id LIMIT 1`,
      [before.communeCode],
    )
    const target = { id: Number(row!.id), commune: row!.commune }
    await rejectsWith(
      db().db.transaction((tx) =>
        registerPermanentResidence(tx, {
          personalNumber: person!,
          communeCode: before.communeCode,
          householdId: target.id,
          reference: 'HS-DKTT-0001',
        }),
      ),
      'POPULATION_HOUSEHOLD_NOT_FOUND',
    )
    const moved = await db().db.transaction((tx) =>
      registerPermanentResidence(tx, {
        personalNumber: person!,
        communeCode: target.commune,
        householdId: target.id,
        relationToHead: 'sibling',
        reference: 'HS-DKTT-0002',
      }),
    )
    assert.equal(moved.householdId, target.id)
    const after = await getResident(db().db, person!)
    assert.deepEqual(
      [after.communeCode, after.householdId, after.relationToHead],
      [target.commune, target.id, 'sibling'],
    )
    const last = (await listMovements(db().db, person!)).slice(-2)
    assert.deepEqual(
      last.map((m) => [m.kind, m.communeCode, m.occurredOn]),
      [
        ['moved_out', before.communeCode, today],
        ['moved_in', target.commune, today],
      ],
    )

    const founded = await db().db.transaction((tx) =>
      registerPermanentResidence(tx, {
        personalNumber: person!,
        communeCode: target.commune,
        newHouseholdAddress: 'Tổ 3, ấp Bình Minh',
        reference: 'HS-DKTT-0003',
      }),
    )
    const head = await getResident(db().db, person!)
    assert.deepEqual([head.householdId, head.relationToHead], [founded.householdId, 'head'])
    assert.notEqual(founded.householdId, target.id)
    const kinds = (await listMovements(db().db, person!)).map((m) => m.kind)
    assert.deepEqual(
      kinds.slice(-3),
      ['moved_out', 'moved_in', 'moved_in'],
      'same commune: no move out',
    )
    const events = await eventsOf(db(), person!)
    assert.equal(events.length, 2)
    assert.equal(events[0]!.payload.before?.communeCode, before.communeCode)
    assert.equal(events[0]!.payload.after.communeCode, target.commune)
  })

  it('joins the household of a member a filed form names, and refuses one who lives elsewhere', async () => {
    const [person, member] = await pick(
      db(),
      `relation_to_head = 'child' AND birth_date < '2004-01-01'`,
      2,
    )
    const host = await getResident(db().db, member!)
    const elsewhere = await db().query<{ code: string }>(
      `SELECT code FROM admin_units WHERE level = 'commune' AND valid_to IS NULL
          AND code <> $1 ORDER BY code LIMIT 1`,
      [host.communeCode],
    )
    const register = (change: Partial<Parameters<typeof registerPermanentResidence>[1]>) =>
      db().db.transaction((tx) =>
        registerPermanentResidence(tx, {
          personalNumber: person!,
          communeCode: host.communeCode,
          newHouseholdAddress: 'Số 9, đường Hà Huy Giáp',
          reference: 'HS-DKTT-0004',
          ...change,
        }),
      )
    await rejectsWith(
      register({ communeCode: elsewhere[0]!.code, joinHouseholdOf: member! }),
      'POPULATION_HOUSEHOLD_NOT_FOUND',
    )
    await rejectsWith(register({ newHouseholdAddress: undefined }), 'POPULATION_TEXT_INVALID')
    const joined = await register({ joinHouseholdOf: member! })
    assert.equal(joined.householdId, host.householdId)
    assert.equal((await getResident(db().db, person!)).householdId, host.householdId)
  })
})
