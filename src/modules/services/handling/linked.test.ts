import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import {
  assertRefusal,
  describeOnEngines,
  enrol,
  TODAY,
  useApp,
  type Actor,
} from '../../../../test/kit/index.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { getResident, listMovements, seedPopulation } from '../../population/index.js'
import { catalogue } from '../index.js'

const LINKED_BIRTH = '3.000722'
const LINKED_DEATH = '2.002913'
const PURPOSE = 'administrative_procedure'

interface Part {
  code: string
  serviceCode?: string
  serviceName: { vi: string }
  status: string
}

describeOnEngines('services: a linked birth filing (no. 17) handled part by part', (db) => {
  const app = useApp(db)
  let mother: Actor
  let officer: Actor
  let police: Actor
  let health: Actor

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 93, today: TODAY })
    mother = await enrol(app(), db(), {
      level: 2,
      where: `sex = 'F' AND birth_date BETWEEN '1980-01-01' AND '2005-01-01'`,
    })
    officer = await enrol(app(), db(), { role: 'communeOfficer', unitCodes: [mother.communeCode] })
    police = await enrol(app(), db(), { role: 'communePolice', unitCodes: [mother.communeCode] })
    health = await enrol(app(), db(), {
      role: 'departmentOfficer',
      unitCodes: ['75'],
      agencyCode: 'SYT',
    })
  })

  const as = (who: Actor, method: 'GET' | 'POST', url: string, payload?: object) =>
    app().inject({
      method,
      url,
      headers: { cookie: who.cookie, 'idempotency-key': randomUUID() },
      ...(payload ? { payload } : {}),
    })
  const approve = (who: Actor, code: string) =>
    as(who, 'POST', `/api/v1/services/handling/${code}/approve`, {})

  /** The catalogue's example, for this mother's newborn living with her (father not declared). */
  function newbornData(): Record<string, unknown> {
    const data = structuredClone(catalogue().get(LINKED_BIRTH)!.definition.example) as Record<
      string,
      Record<string, unknown>
    >
    data.mother!.personalNumber = mother.personalNumber
    delete data.father
    data.child!.birthDate = vietnamDate()
    data.residence!.communeCode = mother.communeCode
    data.residence!.householdHeadPersonalNumber = mother.personalNumber
    return data
  }

  it("registers the child's residence under the number the birth part gave, in order", async () => {
    const filed = await as(mother, 'POST', '/api/v1/services/dossiers', {
      serviceCode: LINKED_BIRTH,
      data: newbornData(),
    })
    assert.equal(filed.statusCode, 201, filed.body)
    const receipt = filed.json<{ code: string; status: string; parts: Part[] }>()
    assert.equal(receipt.status, 'linked')
    assert.equal(receipt.parts.length, 3)
    const [birth, residence, insurance] = receipt.parts as [Part, Part, Part]

    const early = await approve(police, residence.code)
    assertRefusal(early, { status: 409, code: 'SERVICE_PART_AWAITS' })
    assert.deepEqual(early.json<{ error: { details: unknown } }>().error.details, {
      part: '1.001193',
    })
    const untouched = await as(
      police,
      'GET',
      `/api/v1/services/handling/${residence.code}?purpose=${PURPOSE}`,
    )
    assert.equal(untouched.json<{ status: string }>().status, 'received')

    const born = await approve(officer, birth.code)
    assert.equal(born.statusCode, 200, born.body)
    const childNumber = born.json<{ outcome: { personalNumber: string } }>().outcome.personalNumber
    assert.match(childNumber, /^[0-9]{12}$/)
    assert.notEqual(childNumber, mother.personalNumber)

    const settled = await approve(police, residence.code)
    assert.equal(settled.statusCode, 200, settled.body)
    assert.deepEqual(
      settled.json<{ outcome: Record<string, unknown> }>().outcome.kind,
      'registerPermanentResidence',
    )
    const childMoves = await listMovements(db().db, childNumber)
    const registered = childMoves.find((m) => m.reference === residence.code)
    assert.ok(registered, "the child's own residence, referenced by the part")
    assert.deepEqual([registered.kind, registered.communeCode], ['moved_in', mother.communeCode])
    const motherMoves = await listMovements(db().db, mother.personalNumber)
    assert.ok(!motherMoves.some((m) => m.reference === residence.code), 'not the mother moved')

    const mid = await as(mother, 'GET', `/api/v1/me/dossiers/${receipt.code}`)
    assert.equal(mid.json<{ status: string }>().status, 'in_review')
    assert.equal((await approve(health, insurance.code)).statusCode, 200)
    const done = await as(mother, 'GET', `/api/v1/me/dossiers/${receipt.code}`)
    const whole = done.json<{ status: string; parts: Part[] }>()
    assert.equal(whole.status, 'approved')
    assert.deepEqual(
      whole.parts.map((p) => p.status),
      ['approved', 'approved', 'approved'],
    )
  })

  it('registers a death, removes the residence and grants the funeral allowance (no. 18)', async () => {
    const [elder] = await db().query<{ personal_number: string }>(
      `SELECT personal_number FROM residents WHERE status = 'resident' AND commune_code = $1
          AND birth_date < '1960-01-01' AND personal_number <> $2 ORDER BY personal_number LIMIT 1`,
      [mother.communeCode, mother.personalNumber],
    )
    const data = structuredClone(catalogue().get(LINKED_DEATH)!.definition.example) as Record<
      string,
      Record<string, unknown>
    >
    const yesterday = new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10)
    data.person = { ...data.person, personalNumber: elder!.personal_number, diedOn: yesterday }
    const filed = await as(mother, 'POST', '/api/v1/services/dossiers', {
      serviceCode: LINKED_DEATH,
      data,
    })
    assert.equal(filed.statusCode, 201, filed.body)
    const receipt = filed.json<{ code: string; parts: Part[] }>()
    const [death, removal, allowance] = receipt.parts as [Part, Part, Part]
    for (const [who, part] of [
      [officer, death],
      [police, removal],
      [officer, allowance],
    ] as const) {
      const approved = await approve(who, part.code)
      assert.equal(approved.statusCode, 200, `${part.code}: ${approved.body}`)
    }
    assert.equal((await getResident(db().db, elder!.personal_number)).status, 'deceased')
    const done = await as(mother, 'GET', `/api/v1/me/dossiers/${receipt.code}`)
    assert.equal(done.json<{ status: string }>().status, 'approved')
  })
})
