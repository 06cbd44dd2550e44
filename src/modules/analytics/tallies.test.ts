import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DuckDBInstance } from '@duckdb/node-api'
import { ageOn, presentOn } from './charts.js'
import { TALLIES, tallyOn, tallyStatements } from './tallies.js'

/** Residents around 29 February: born on it, the days beside it, turning 5, 20 or 100 near it. */
const RESIDENTS = [
  ['F', '2020-02-29', '2020-02-29', '9999-12-31'],
  ['M', '2019-03-01', '2019-03-01', '9999-12-31'],
  ['F', '2019-02-28', '2019-02-28', '9999-12-31'],
  ['M', '2004-02-29', '2004-02-29', '9999-12-31'],
  ['F', '1920-02-29', '1920-02-29', '9999-12-31'],
  // Moved in at 2 (on a 29 February), moved out on another.
  ['M', '2014-03-01', '2016-02-29', '2020-02-29'],
  // Left the day they turned 10.
  ['F', '2015-03-01', '2015-03-01', '2025-03-01'],
]

/** 26 February and the five days after it. */
const days = (year: number): string[] =>
  Array.from({ length: 6 }, (_, i) =>
    new Date(Date.UTC(year, 1, 26 + i)).toISOString().slice(0, 10),
  )

describe('analytics tallies', () => {
  it('count residents by age band as the charts do, any day around 29 February', async () => {
    const instance = await DuckDBInstance.create(':memory:')
    const db = await instance.connect()
    try {
      const values = RESIDENTS.map(
        ([sex, born, from, until]) => `('${sex}', DATE '${born}', DATE '${from}', DATE '${until}')`,
      )
      await db.run(
        `CREATE TABLE residents AS
           SELECT *, CAST(strftime(birth_date, '%Y%m%d') AS INTEGER) AS birth_key
             FROM (VALUES ${values.join(', ')}) AS r(sex, birth_date, present_from, present_until)`,
      )
      for (const sql of tallyStatements(TALLIES.people)) await db.run(sql)
      const read = async (sql: string): Promise<string> =>
        JSON.stringify((await db.runAndReadAll(sql)).getRowsJS(), (_key, v: unknown) =>
          typeof v === 'bigint' ? Number(v) : v,
        )
      const checked = [2014, 2016, 2019, 2020, 2024, 2025, 2026, 2040, 2119, 2120, 2121]
      for (const day of [...checked.flatMap(days), '1900-01-01', '2300-01-01']) {
        const tallied = await read(
          `SELECT sex, age_class, CAST(sum(n) AS INTEGER) FROM ${tallyOn('people', day)} t
            GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2`,
        )
        const counted = await read(
          `SELECT sex, CAST(least(floor(${ageOn(day)} / 5), 20) AS INTEGER), CAST(count(*) AS INTEGER)
             FROM residents WHERE ${presentOn(day)} GROUP BY 1, 2 ORDER BY 1, 2`,
        )
        assert.equal(tallied, counted, day)
      }
    } finally {
      db.closeSync()
      instance.closeSync()
    }
  })
})
