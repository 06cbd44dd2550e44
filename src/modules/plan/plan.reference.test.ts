import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { describeOnEngines } from '../../../test/kit/index.js'
import { parsePlanDeadline, vietnameseLongDate } from './calendar.js'
import {
  ensurePlanReference,
  modelAgencies,
  readAgencyFile,
  readModelFile,
} from './plan.reference.js'
import { matchAgencies } from './spellings.js'

describe('the plan as data', () => {
  it('parses a deadline where the plan gives a date, and only then', () => {
    assert.equal(parsePlanDeadline('30/12/2023'), '2023-12-30')
    assert.equal(parsePlanDeadline('30/9/2023'), '2023-09-30')
    assert.equal(parsePlanDeadline('Giai đoạn 1 trước 30/12/2023'), '2023-12-30')
    assert.equal(parsePlanDeadline('03 tháng sau khi có hướng dẫn của BCA'), undefined)
    assert.equal(parsePlanDeadline('Thường xuyên'), undefined)
    assert.equal(parsePlanDeadline('Quý I năm 2024'), undefined)
    assert.equal(parsePlanDeadline('31/02/2024'), undefined)
  })

  it('dates a document as Decree 30/2020 writes it', () => {
    assert.equal(vietnameseLongDate('2026-02-05'), 'ngày 05 tháng 02 năm 2026')
    assert.equal(vietnameseLongDate('2026-11-20'), 'ngày 20 tháng 11 năm 2026')
    assert.equal(vietnameseLongDate('2026-03-09'), 'ngày 09 tháng 3 năm 2026')
  })

  it('reads agencies out of a cell, commas inside names included', () => {
    const { spellings } = readAgencyFile()
    assert.deepEqual(matchAgencies('Sở TTTT, CAT', spellings), {
      codes: ['STTTT', 'CAT'],
      unmatched: [],
    })
    assert.deepEqual(matchAgencies('Sở VH, TT&DL', spellings).codes, ['SVHTTDL'])
    assert.deepEqual(matchAgencies('Cục CS QLHC về TTXH,', spellings).codes, ['C06'])
    assert.deepEqual(matchAgencies('Cục CS QLHC về TTXH, Sở', spellings).codes, ['C06', 'SBN'])
    assert.deepEqual(matchAgencies('Sở Ngoại vụ, CAT', spellings), {
      codes: ['CAT'],
      unmatched: ['Sở Ngoại vụ'],
    })
  })

  it('gives every model a lead agency and knows every agency the plan names', () => {
    const models = readModelFile()
    assert.equal(models.length, 43)
    const { agencies, spellings } = readAgencyFile()
    const links = modelAgencies(models, spellings)
    const codes = new Set(agencies.map((a) => a.code))
    for (const m of models)
      assert.ok(
        links.some((l) => l.modelNo === m.no && l.role === 'lead'),
        `model ${m.no}`,
      )
    for (const l of links) assert.ok(codes.has(l.agencyCode), l.agencyCode)
    const leads = (no: number) =>
      links.filter((l) => l.modelNo === no && l.role === 'lead').map((l) => l.agencyCode)
    assert.deepEqual(leads(1), ['STTTT', 'CAT'])
    assert.deepEqual(leads(23), ['CAT', 'NHNN'])
    assert.deepEqual(leads(13), ['SVHTTDL'])
    assert.deepEqual(leads(3), ['SBN'])
  })

  it('words every model in Vietnamese as well as English, as plain text', () => {
    // Letters only Vietnamese writes: a text of the Vietnamese pages has some.
    const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i
    for (const m of readModelFile()) {
      for (const text of [m.name_vi, m.platform_delivers_vi, m.kpi_vi]) {
        assert.doesNotMatch(text, /<[a-z/]/i, `model ${m.no}: markup in "${text}"`)
        // The pages cut "Tiếng Việt / English" at its first " / ".
        assert.ok(!text.includes(' / '), `model ${m.no}: " / " in "${text}"`)
      }
      assert.match(m.platform_delivers_vi, vietnamese, `model ${m.no}`)
      if (m.kpi !== '-') assert.match(m.kpi_vi, vietnamese, `model ${m.no}`)
    }
  })
})

describeOnEngines('plan reference data', (db) => {
  it('loads the 43 models and their agencies once, keeping what changed since', async () => {
    assert.equal(await ensurePlanReference(db().db), 43)
    await db().query(`UPDATE plan_models SET status = 'done' WHERE no = 9`)
    assert.equal(await ensurePlanReference(db().db), 0)
    const [counts] = await db().query<{ models: number; agencies: number; done: number }>(
      `SELECT (SELECT count(*)::int FROM plan_models) AS models,
              (SELECT count(*)::int FROM plan_agencies) AS agencies,
              (SELECT count(*)::int FROM plan_models WHERE status = 'done') AS done`,
    )
    assert.deepEqual(counts, { models: 43, agencies: readAgencyFile().agencies.length, done: 1 })
    const rows = await db().query<{
      no: number
      deadline_date: string | null
      deadline_text: string
    }>(
      'SELECT no, deadline_date, deadline_text FROM plan_models WHERE no IN (2, 21, 26) ORDER BY no',
    )
    assert.deepEqual(rows, [
      { no: 2, deadline_date: null, deadline_text: '03 tháng sau khi có hướng dẫn của BCA' },
      { no: 21, deadline_date: '2023-09-30', deadline_text: '30/9/2023' },
      { no: 26, deadline_date: null, deadline_text: 'Thường xuyên' },
    ])
  })
})
