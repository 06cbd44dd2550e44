import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { describeOnEngines, enrol, TODAY, type Actor } from '../../../test/kit/index.js'
import { OutboxDispatcher, type OutboxEvent } from '../../platform/events/outbox.js'
import {
  declareTemporaryAbsence,
  registerBirth,
  registerDeath,
  registerPermanentResidence,
  registerTemporaryResidence,
  seedPopulation,
} from '../population/index.js'
import { useAnalyticsApp } from './analytics.test-support.js'
import { seenByExport } from './copy-store.js'

const daysAgo = (days: number): string =>
  new Date(Date.now() + 7 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10)

type Row = Record<string, string | number | boolean | null>

describeOnEngines('analytics: the registry changes of approved dossiers', (db) => {
  const served = useAnalyticsApp(db)
  let analyst: Actor
  let dispatcher: OutboxDispatcher
  let commune: string
  let otherCommune: string
  let mother: string
  let elder: string
  let mover: string

  const copyRows = async (sql: string): Promise<Row[]> =>
    (await served().analytics.current()).query(sql)
  const counted = async (where: string): Promise<number> =>
    Number(
      (await copyRows(`SELECT CAST(count(*) AS INTEGER) AS n FROM residents WHERE ${where}`))[0]!.n,
    )
  const movementsOf = async (kind: string): Promise<number> =>
    Number(
      (
        await copyRows(
          `SELECT CAST(count(*) AS INTEGER) AS n FROM movements WHERE kind = '${kind}'`,
        )
      )[0]!.n,
    )
  const population = async (unit: string): Promise<number> => {
    const response = await served().app.inject({
      method: 'GET',
      url: `/api/v1/analytics/population?unit=${unit}`,
      headers: { cookie: analyst.cookie },
    })
    assert.equal(response.statusCode, 200, response.body)
    const summary = response
      .json<{ charts: { id: string; rows: Row[] }[] }>()
      .charts.find((c) => c.id === 'summary')!
    return Number(summary.rows[0]!.population)
  }
  /** Everything the copy counts residents and movements by, as one comparable list. */
  const everything = async (): Promise<{ residents: Row[]; movements: Row[] }> => ({
    residents: await copyRows(
      `SELECT commune_code, CAST(birth_date AS VARCHAR) AS birth_date, birth_key, sex,
              ethnicity_code, religion_code, birth_province_code, CAST(household_id AS VARCHAR) AS h,
              status, labour_status, sector, occupation, eid_level, has_payment_account,
              has_digital_signature, CAST(entered_on AS VARCHAR) AS entered_on,
              CAST(left_on AS VARCHAR) AS left_on, moved_from,
              CAST(present_from AS VARCHAR) AS present_from,
              CAST(present_until AS VARCHAR) AS present_until, CAST(count(*) AS INTEGER) AS n
         FROM residents GROUP BY ALL ORDER BY ALL`,
    ),
    movements: await copyRows(
      `SELECT kind, CAST(occurred_on AS VARCHAR) AS day, commune_code, other_province_code,
              CAST(count(*) AS INTEGER) AS n
         FROM movements GROUP BY ALL ORDER BY ALL`,
    ),
  })

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 8, today: TODAY })
    const communes = await db().query<{ code: string }>(
      'SELECT commune_code AS code FROM residents GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2',
    )
    commune = communes[0]!.code
    otherCommune = communes[1]!.code
    const pick = async (where: string): Promise<string> => {
      const [row] = await db().query<{ n: string }>(
        `SELECT personal_number AS n FROM residents
          WHERE status = 'resident' AND commune_code = $1 AND ${where}
          ORDER BY personal_number LIMIT 1`,
        [commune],
      )
      return row!.n
    }
    mother = await pick(`sex = 'F' AND relation_to_head IN ('head', 'spouse')
      AND birth_date BETWEEN '1986-01-01' AND '2004-01-01'`)
    elder = await pick(`birth_date < '1960-01-01'`)
    mover = await pick(
      `birth_date BETWEEN '1970-01-01' AND '2000-01-01' AND personal_number <> '${mother}'`,
    )
    analyst = await enrol(served().app, db(), { role: 'analyst', unitCodes: ['75'] })
    await served().analytics.rebuild()
    dispatcher = new OutboxDispatcher(db())
    dispatcher.subscribe(served().analytics.subscriber, served().analytics.handleEvent, {
      aroundBatch: served().analytics.aroundEventBatch,
    })
    await dispatcher.deliverAll()
  })

  it('adds a born child, marks a death and moves a resident once their events are delivered', async () => {
    const living = `commune_code = '${commune}' AND status = 'resident'`
    const [residentsBefore, deadBefore, othersBefore] = [
      await counted(living),
      await counted(`commune_code = '${commune}' AND status = 'deceased'`),
      await counted(`commune_code = '${otherCommune}' AND status = 'resident'`),
    ]
    const [bornBefore, temporaryBefore] = [
      await movementsOf('born'),
      await movementsOf('temporary_residence'),
    ]
    const shownBefore = await population(commune)
    await db().db.transaction(async (tx) => {
      await registerBirth(tx, {
        childName: 'Trần Văn An',
        birthDate: daysAgo(12),
        sex: 'M',
        birthProvinceCode: '75',
        ethnicityCode: '01',
        motherPersonalNumber: mother,
        householdOf: mother,
        reference: 'HS-KS-1',
      })
      await registerDeath(tx, { personalNumber: elder, diedOn: daysAgo(4), reference: 'HS-KT-1' })
    })
    await db().db.transaction(async (tx) => {
      await registerPermanentResidence(tx, {
        personalNumber: mover,
        communeCode: otherCommune,
        newHouseholdAddress: 'Tổ 1, khu phố 2',
        reference: 'HS-TT-1',
      })
      await registerTemporaryResidence(tx, {
        personalNumber: mover,
        communeCode: commune,
        address: 'Số 5 đường Hùng Vương',
        from: daysAgo(1),
        until: daysAgo(-90),
        reference: 'HS-TT-2',
      })
      await declareTemporaryAbsence(tx, {
        personalNumber: mother,
        destination: 'Hà Nội',
        from: daysAgo(1),
        until: daysAgo(-30),
        reference: 'HS-TV-1',
      })
    })
    assert.equal(await counted(living), residentsBefore, 'nothing before delivery')
    await dispatcher.deliverAll()

    // One born, one died, one moved away: the commune's residents are one fewer.
    assert.equal(await counted(living), residentsBefore - 1)
    assert.equal(
      await counted(`commune_code = '${commune}' AND status = 'deceased'`),
      deadBefore + 1,
    )
    assert.equal(
      await counted(`commune_code = '${otherCommune}' AND status = 'resident'`),
      othersBefore + 1,
    )
    assert.equal(await counted(`birth_date = DATE '${daysAgo(12)}' AND entered_on = birth_date`), 1)
    assert.equal(await movementsOf('born'), bornBefore + 1)
    assert.equal(await movementsOf('temporary_residence'), temporaryBefore + 1)
    assert.equal(await movementsOf('temporary_absence'), 1)
    // The dashboard counts the living on its day: the child in, the dead and the mover out.
    assert.equal(await population(commune), shownBefore - 1)
  })

  it('applies a redelivered event once, and reads as a copy built afresh does', async () => {
    const live = await everything()
    const [death] = await db().query<{
      id: number
      tx_id: number
      payload: Record<string, unknown>
      occurred_at: string | Date
    }>(
      `SELECT id, tx_id, payload, occurred_at FROM outbox_events
        WHERE event_type = 'population.death_registered' ORDER BY id DESC LIMIT 1`,
    )
    const redelivered: OutboxEvent = {
      id: death!.id,
      txId: death!.tx_id,
      aggregateType: 'resident',
      aggregateId: elder,
      eventType: 'population.death_registered',
      payload: death!.payload,
      occurredAt: new Date(death!.occurred_at).toISOString(),
    }
    await served().analytics.handleEvent(redelivered)
    assert.deepEqual(await everything(), live, 'a redelivered death changes nothing')

    // A rebuild reads the registry itself, then replays the events its snapshot did not see:
    // none here, so the events already in the files must not count twice.
    await served().analytics.rebuild()
    assert.deepEqual(await everything(), live)
  })
})

it('tells the transactions an export snapshot saw from those it did not', () => {
  const meta = { snapshotTx: 100, builtAt: '', residents: 0, snapshot: '100:105:101,103' }
  assert.equal(seenByExport(meta, 99), true, 'committed before the oldest running')
  assert.equal(seenByExport(meta, 100), true)
  assert.equal(seenByExport(meta, 101), false, 'running at the snapshot')
  assert.equal(seenByExport(meta, 102), true, 'committed between the running ones')
  assert.equal(seenByExport(meta, 105), false, 'started after the snapshot')
  assert.equal(seenByExport({ ...meta, snapshot: '' }, 1), false, 'an older file: replay all')
})
