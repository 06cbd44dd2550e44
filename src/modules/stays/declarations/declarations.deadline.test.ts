import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { describeOnEngines, TODAY } from '../../../../test/kit/index.js'
import { seedPopulation } from '../../population/index.js'
import {
  ADULT,
  identityRing,
  ISSUER,
  openDesk,
  pickPerson,
  typed,
  useStaysApp,
} from './declarations.test-support.js'
import {
  DEADLINE_RULE_2021,
  deadlineOf,
  declareStays,
  ensureStaysReference,
  getEstablishment,
  type DeclaredStay,
  type Establishment,
} from '../index.js'
import { deadlineRules } from '../stays.tables.js'

/** An instant written in Vietnam time: the process runs in UTC (TZ=UTC), seven hours behind. */
const vn = (local: string): Date => new Date(`${local}+07:00`)

describe('the deadline of the Law on Residence, in Vietnam time', () => {
  it('is 23:00 the same day before 23:00, 08:00 the next day after', () => {
    assert.equal(process.env.TZ, 'UTC')
    const cases: [string, string][] = [
      ['2026-03-10T00:30:00', '2026-03-10T23:00:00'],
      ['2026-03-10T22:30:00', '2026-03-10T23:00:00'],
      ['2026-03-10T22:59:59', '2026-03-10T23:00:00'],
      ['2026-03-10T23:00:00', '2026-03-11T08:00:00'],
      ['2026-03-10T23:30:00', '2026-03-11T08:00:00'],
      ['2026-12-31T23:45:00', '2027-01-01T08:00:00'],
    ]
    for (const [arrival, deadline] of cases)
      assert.equal(
        deadlineOf(DEADLINE_RULE_2021, vn(arrival)).toISOString(),
        vn(deadline).toISOString(),
        arrival,
      )
  })
})

describeOnEngines('late declarations, by the rule in the table', (db) => {
  const app = useStaysApp(db)
  let establishment: Establishment

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 61, today: TODAY })
    await ensureStaysReference(db().db)
    const desk = await openDesk(app(), db())
    establishment = await getEstablishment(db().db, desk.establishmentId)
  })

  /** Declares a new guest arriving at `arrival`, as if at `declared` (both Vietnam time). */
  async function declareAt(arrival: string, declared: string): Promise<DeclaredStay> {
    const guest = await pickPerson(db(), ADULT)
    const ctx = {
      establishment,
      declarer: { accountId: 'deadline-test', role: 'establishmentStaff' },
      now: vn(declared),
      identity: { keys: identityRing, issuer: ISSUER },
    }
    const input = { arrivalAt: vn(arrival).toISOString(), guests: [typed(guest)] }
    const [stay] = await db().db.transaction((tx) => declareStays(tx, ctx, input))
    return stay!
  }

  it('marks late what is declared after 23:00 for an arrival before 23:00', async () => {
    const onTime = await declareAt('2026-03-10T22:30:00', '2026-03-10T22:59:00')
    assert.equal(onTime.late, false)
    assert.equal(onTime.deadlineAt.toISOString(), vn('2026-03-10T23:00:00').toISOString())
    assert.equal(onTime.declaredAt.toISOString(), vn('2026-03-10T22:59:00').toISOString())
    assert.equal((await declareAt('2026-03-10T22:30:00', '2026-03-10T23:01:00')).late, true)
  })

  it('gives an arrival after 23:00 until 08:00 the next day', async () => {
    const onTime = await declareAt('2026-03-10T23:30:00', '2026-03-11T07:59:00')
    assert.equal(onTime.late, false)
    assert.equal(onTime.deadlineAt.toISOString(), vn('2026-03-11T08:00:00').toISOString())
    assert.equal((await declareAt('2026-03-10T23:30:00', '2026-03-11T08:01:00')).late, true)
  })

  it('follows a changed rule from the day it is valid, and the old one before', async () => {
    await db().db.insert(deadlineRules).values({
      validFrom: '2026-04-01',
      lateArrivalFrom: '22:00:00',
      sameDayCutoff: '22:00:00',
      nextDayCutoff: '09:00:00',
      legalBasis: 'a changed rule, for this test',
    })
    // 22:30 is now a late arrival, with until 09:00 the next day: 08:30 is on time.
    const underNew = await declareAt('2026-04-05T22:30:00', '2026-04-06T08:30:00')
    assert.equal(underNew.late, false)
    assert.equal(underNew.deadlineAt.toISOString(), vn('2026-04-06T09:00:00').toISOString())
    // The same hours under the old rule: due by 23:00 on the arrival day, so late.
    assert.equal((await declareAt('2026-03-20T22:30:00', '2026-03-21T08:30:00')).late, true)
  })
})
