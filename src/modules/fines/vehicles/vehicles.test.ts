import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { Value } from '@sinclair/typebox/value'
import { TODAY, describeOnEngines } from '../../../../test/kit/index.js'
import { getResidentsByNumbers, Rng, seedPopulation } from '../../population/index.js'
import { Plate, plateClassOf, seedVehicles, vehicleOf, vehiclesOfResident } from '../index.js'
import { drawVehicles, PlateBook, VEHICLE_ASSUMPTIONS } from './vehicle-sample.js'

interface Row {
  plate: string
  vehicle_class: string
  owner_kind: string
  owner_number: string | null
  organisation_tax_code: string | null
  organisation_name: string | null
  commune_code: string
  registered_on: string
}

// Adults on TODAY: born on the same day eighteen years before, or earlier.
const BORN_BY = `${Number(TODAY.slice(0, 4)) - 18}${TODAY.slice(4)}`

const PEOPLE = Array.from({ length: 400 }, (_, i) => ({
  personalNumber: `075${String(i).padStart(9, '0')}`,
  communeCode: i % 2 ? '26041' : '26044',
}))
const drawAll = (seed: number) => {
  const rng = new Rng(seed, 1)
  const book = new PlateBook()
  return PEOPLE.flatMap((p) => drawVehicles(rng, book, p, TODAY))
}

it('draws the same registry from the same seed and another from another seed', () => {
  assert.deepEqual(drawAll(106), drawAll(106))
  assert.notDeepEqual(drawAll(106), drawAll(107))
})

it('gives way to the next series when one is full, and never repeats a plate', () => {
  const book = new PlateBook()
  const plates = new Set<string>()
  for (let i = 0; i < 100_001; i++) plates.add(book.issue('car', '60', 0))
  assert.equal(plates.size, 100_001)
  assert.ok(plates.has('60A-999.99'))
  assert.ok(
    [...plates].some((p) => p.startsWith('60B-')),
    'the next series took over',
  )
})

describeOnEngines('the synthetic vehicle registry, drawn with the population', (db) => {
  let rows: Row[] = []
  let adults = 0

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 3, today: TODAY })
    const summary = await seedVehicles(db(), { seed: 3, today: TODAY })
    assert.equal(summary.outcome, 'loaded')
    rows = await db().query<Row>(
      `SELECT plate, vehicle_class, owner_kind, owner_number, organisation_tax_code,
              organisation_name, commune_code, registered_on::text AS registered_on
         FROM vehicles ORDER BY plate`,
    )
    assert.equal(rows.length, summary.vehicles)
    const [count] = await db().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM residents
        WHERE status = 'resident' AND birth_date <= ($1::date - interval '18 years')::date`,
      [TODAY],
    )
    adults = count!.n
  })

  it('writes every plate in its class form, with Đồng Nai codes 60 or 39', () => {
    assert.ok(rows.length > 0)
    for (const row of rows) {
      assert.ok(Value.Check(Plate, row.plate), row.plate)
      assert.equal(plateClassOf(row.plate), row.vehicle_class, row.plate)
      assert.ok(['60', '39'].includes(row.plate.slice(0, 2)), row.plate)
    }
    assert.ok(rows.some((r) => r.plate.startsWith('39')))
  })

  it('gives each vehicle an owner: an adult resident of its commune, or an organisation', async () => {
    const numbers = [...new Set(rows.flatMap((r) => (r.owner_number ? [r.owner_number] : [])))]
    const owners = await getResidentsByNumbers(db().db, numbers)
    for (const row of rows.filter((r) => r.owner_kind === 'resident')) {
      const owner = owners.get(row.owner_number!)
      assert.ok(owner, `owner of ${row.plate}`)
      assert.equal(owner.communeCode, row.commune_code)
      assert.ok(owner.birthDate <= BORN_BY, `${row.plate}: owner born ${owner.birthDate}`)
      assert.ok(row.registered_on < TODAY)
    }
    const organisations = rows.filter((r) => r.owner_kind === 'organisation')
    assert.ok(organisations.length > 0, 'some cars belong to organisations')
    for (const row of organisations) {
      assert.match(row.organisation_tax_code!, /^36\d{8}$/)
      assert.equal(row.vehicle_class, 'car')
      assert.equal(row.owner_number, null)
    }
  })

  it('draws about the shares it assumes', () => {
    const motorbikes = rows.filter((r) => r.vehicle_class === 'motorbike').length
    const cars = rows.filter((r) => r.vehicle_class === 'car').length
    const expectedMotorbikes =
      adults * VEHICLE_ASSUMPTIONS.motorbike * (1 + VEHICLE_ASSUMPTIONS.secondMotorbike)
    assert.ok(
      Math.abs(motorbikes - expectedMotorbikes) < expectedMotorbikes * 0.15,
      `${motorbikes} motorbikes`,
    )
    assert.ok(Math.abs(cars - adults * VEHICLE_ASSUMPTIONS.car) < adults * 0.04, `${cars} cars`)
  })

  it('is loaded once: a second run leaves the registry as it is', async () => {
    const again = await seedVehicles(db(), { seed: 4, today: TODAY })
    assert.deepEqual(again, { outcome: 'already-loaded', vehicles: rows.length })
  })

  it("finds a plate's owner and a resident's vehicles", async () => {
    const owned = rows.find((r) => r.owner_kind === 'resident')!
    const vehicle = await vehicleOf(db().db, owned.plate)
    assert.equal(vehicle?.ownerNumber, owned.owner_number)
    assert.equal(await vehicleOf(db().db, '60A-000.00'), undefined)
    const own = await vehiclesOfResident(db().db, owned.owner_number!)
    assert.deepEqual(
      own.map((v) => v.plate),
      rows.filter((r) => r.owner_number === owned.owner_number).map((r) => r.plate),
    )
  })
})
