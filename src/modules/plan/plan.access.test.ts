import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { enrol, useApp, describeOnEngines } from '../../../test/kit/index.js'
import { caller, planActors, type PlanActors } from './plan.test-support.js'

describeOnEngines('what each plan role may do, as the web app asks it', (db) => {
  const app = useApp(db)
  const as = caller(app)
  let actors: PlanActors

  before(async () => {
    actors = await planActors(app(), db())
  })

  const access = async (actor: PlanActors[keyof PlanActors]) =>
    (await as(actor, { method: 'GET', url: '/api/v1/plan/access' })).json<unknown>()

  it('tells the committee, the standing office and a reporter apart', async () => {
    assert.deepEqual(await access(actors.committee), {
      read: 'all',
      report: 'none',
      manage: false,
      agencies: [],
    })
    assert.deepEqual(await access(actors.office), {
      read: 'all',
      report: 'all',
      manage: true,
      agencies: [],
    })
    assert.deepEqual(await access(actors.ict), {
      read: 'own',
      report: 'own',
      manage: false,
      agencies: ['STTTT'],
    })
  })

  it('answers only those who may read the plan', async () => {
    const resident = await enrol(app(), db())
    await as(resident, { method: 'GET', url: '/api/v1/plan/access', expect: 403 })
  })
})
