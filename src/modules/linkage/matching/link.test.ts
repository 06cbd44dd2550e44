import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { describeOnEngines, TODAY } from '../../../../test/kit/index.js'
import type { Database } from '../../../platform/db/database.js'
import { communeSuccessions, seedPopulation } from '../../population/index.js'
import {
  corruptRecords,
  linkRecords,
  scoreLinks,
  type MatchResult,
  type Model,
  type SourceRecord,
  type TruthRecord,
} from './index.js'

async function registry(database: Database, where = 'true'): Promise<TruthRecord[]> {
  const rows = await database.query<{
    personal_number: string
    full_name: string
    birth_date: string
    sex: 'M' | 'F'
    commune_code: string
    address: string
    old_id_number: string | null
  }>(
    `SELECT r.personal_number, r.full_name, r.birth_date, r.sex, r.commune_code, h.address,
            r.old_id_number
       FROM residents r JOIN households h ON h.id = r.household_id
      WHERE ${where} ORDER BY r.personal_number`,
  )
  return rows.map((r) => ({
    personalNumber: r.personal_number,
    fullName: r.full_name,
    birthDate: r.birth_date,
    sex: r.sex,
    communeCode: r.commune_code,
    address: r.address,
    oldIdNumber: r.old_id_number,
  }))
}

async function link(
  database: Database,
  records: SourceRecord[],
  model?: Model,
): Promise<{ results: MatchResult[]; model: Model | undefined }> {
  const results: MatchResult[] = []
  let learnt = model
  for await (const r of linkRecords(database.db, records, {
    ...(model ? { model } : {}),
    batchSize: 500,
    onModel: (m) => (learnt = m),
  }))
    results.push(r)
  return { results, model: learnt }
}

describeOnEngines('record linkage against the registry', (db) => {
  let people: TruthRecord[] = []
  let model: Model | undefined
  const predecessors = new Map<string, string[]>()

  before(async () => {
    await seedPopulation(db(), { scale: 2_000, seed: 23, today: TODAY })
    people = await registry(db())
    for (const { oldCode, newCode } of await communeSuccessions(db().db))
      if (oldCode !== newCode)
        predecessors.set(newCode, [...(predecessors.get(newCode) ?? []), oldCode])
  })

  it('learns m and u by EM on corrupted copies and links them with known precision and recall', async () => {
    const { records, truth } = corruptRecords(people, { count: 1_500, seed: 5, predecessors })
    const run = await link(db(), records)
    model = run.model
    assert.ok(model?.converged, 'EM converged')
    // Agreement is likelier among matches than among random pairs, field by field.
    assert.ok(model.m.name[0]! + model.m.name[1]! > 0.8)
    assert.ok(model.u.name[4]! > 0.9)
    assert.ok(model.m.birthDate[0]! > 0.6 && model.u.birthDate[0]! < 0.01)
    const quality = scoreLinks(run.results, truth)
    assert.equal(run.results.length, records.length)
    assert.ok(quality.precision >= 0.98, `precision ${quality.precision}`)
    assert.ok(quality.recall >= 0.93, `recall ${quality.recall}`)
    const exactOnly = scoreLinks(
      run.results,
      truth,
      (r) => r.explanation.method !== 'probabilistic',
    )
    assert.ok(quality.recall > exactOnly.recall + 0.2, 'the model links what numbers alone miss')
  })

  it('links on a valid personal number, unless the number belongs to someone else', async () => {
    const [a, b] = people.filter(
      (p) => p.fullName.split(' ')[0] !== people[0]!.fullName.split(' ')[0],
    )
    const { results } = await link(
      db(),
      [
        { id: 'same', personalNumber: a!.personalNumber, fullName: a!.fullName },
        // A's number on B's record: a mistyped number must not link B's record to A.
        {
          id: 'other',
          personalNumber: a!.personalNumber,
          fullName: b!.fullName,
          birthDate: b!.birthDate,
        },
      ],
      model,
    )
    assert.equal(results[0]!.explanation.method, 'personal_number')
    assert.equal(results[0]!.personalNumber, a!.personalNumber)
    assert.notEqual(results[1]!.personalNumber, a!.personalNumber)
  })

  it('links on an old 9-digit ID number', async () => {
    const [person] = await registry(db(), 'r.old_id_number IS NOT NULL')
    const { results } = await link(
      db(),
      [{ id: 'old', oldIdNumber: person!.oldIdNumber!, fullName: person!.fullName }],
      model,
    )
    assert.equal(results[0]!.explanation.method, 'old_id_number')
    assert.equal(results[0]!.personalNumber, person!.personalNumber)
  })

  it('finds a person written without diacritics, given name first, under a pre-2025 commune code', async () => {
    const person = people.find(
      (p) => predecessors.has(p.communeCode) && p.fullName.split(' ').length === 3,
    )!
    const [family, middle, given] = person.fullName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .split(' ')
    const oldCode = predecessors.get(person.communeCode)![0]!
    const { results } = await link(
      db(),
      [
        {
          id: 'vn',
          fullName: `${given} ${family} ${middle}`,
          birthDate: person.birthDate.slice(0, 7),
          sex: person.sex === 'M' ? 'male' : 'female',
          communeCode: oldCode,
          address: person.address,
        },
      ],
      model,
    )
    const result = results[0]!
    assert.equal(result.personalNumber, person.personalNumber, JSON.stringify(result))
    assert.equal(result.explanation.method, 'probabilistic')
    assert.equal(result.explanation.reordered, true)
    const fields = new Map(result.explanation.fields.map((f) => [f.field, f]))
    assert.equal(fields.get('name')?.level, 'folded')
    assert.equal(fields.get('birthDate')?.level, 'partial')
    assert.equal(fields.get('commune')?.level, 'successor')
    assert.ok(fields.get('name')!.weight > 0)
  })

  it('reports the dead and the moved out, and does not invent people', async () => {
    const [dead] = await registry(db(), `r.status = 'deceased'`)
    const [gone] = await registry(db(), `r.status = 'moved_out'`)
    const record = (id: string, p: TruthRecord): SourceRecord => ({
      id,
      fullName: p.fullName,
      birthDate: p.birthDate,
      sex: p.sex === 'M' ? 'male' : 'female',
      communeCode: p.communeCode,
    })
    const { results } = await link(
      db(),
      [
        record('dead', dead!),
        record('gone', gone!),
        { id: 'nobody', fullName: 'Quách Thị Xuyến Zyx', birthDate: '1901-02-03', sex: 'female' },
      ],
      model,
    )
    assert.deepEqual(
      results.map((r) => [r.status, r.personalNumber]),
      [
        ['deceased', dead!.personalNumber],
        ['moved_out', gone!.personalNumber],
        ['not_found', undefined],
      ],
    )
  })
})
