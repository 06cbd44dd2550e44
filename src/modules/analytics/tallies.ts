import { EID_ELIGIBLE_AGE } from '../population/index.js'

/**
 * Tallies: the residents counted ahead, at build, so that a chart of the whole province reads a
 * few thousand rows instead of 4.5 million, for any "as of" day and exactly.
 *
 * A tally holds, for each combination of a few columns (its dimensions), how many residents are
 * counted on each day, as changes: `tally_<name>` has +n on the day people start to count (born,
 * moved in, reached an age) and -n on the day they stop (moved out, died, reached the next age
 * class), and `tally_<name>_years` the running total on each 1 January. The count on a day is the
 * total of its year's 1 January plus that year's changes up to the day (`tallyOn`): one year of
 * changes, which the tables' order (by day, by year) lets the engine find without a full scan.
 *
 * Ages follow the charts' rule (completed years from the birth date as YYYYMMDD, so someone born
 * on 29 February turns a year older on 1 March in other years). Tallies with `ages` split each
 * resident's time into age classes: class i from age ages[i] to ages[i+1], the last one open
 * (younger than ages[0]: not counted).
 */

/** The day a resident stops counting when they never do. */
export const FOREVER = "DATE '9999-12-31'"

/**
 * First day on which someone born on `birthDate` is `years` old, as SQL: the same day and month,
 * or 1 March for 29 February in other years (which adding years turns into 28 February).
 */
function birthday(birthDate: string, years: string): string {
  const sameDay = `CAST(${birthDate} + ${years} * INTERVAL '1 year' AS DATE)`
  return `${sameDay} + CASE WHEN extract(day FROM ${sameDay}) <> extract(day FROM ${birthDate})
                            THEN 1 ELSE 0 END`
}

interface ResidentSource {
  /** Column name → SQL expression over `from`. */
  dims: Record<string, string>
  /** FROM clause; the residents table is `r`. */
  from: string
  where?: string
  ages?: readonly number[]
}

export interface TallySpec {
  name: string
  dims: readonly string[]
  /** Statements run before `intervals` (scratch_* tables, dropped after). */
  prepare: readonly string[]
  /** SELECT of the dims, `starts`, `ends` (exclusive) and `n`: n residents counted in between. */
  intervals: string
}

function residentTally(name: string, source: ResidentSource): TallySpec {
  const where = source.where ?? 'TRUE'
  const names = Object.keys(source.dims)
  const select = Object.entries(source.dims).map(([column, sql]) => `${sql} AS ${column}`)
  const { ages } = source
  if (!ages) {
    return {
      name,
      dims: names,
      prepare: [],
      intervals: `SELECT ${select.join(', ')}, r.present_from AS starts, r.present_until AS ends,
                         1 AS n
                    FROM ${source.from} WHERE ${where}`,
    }
  }
  // Each distinct birth date's age classes as days, computed once rather than per resident.
  const classes = ages
    .map((age, i) => `(${i}, ${age}, ${ages[i + 1] ?? 'CAST(NULL AS INTEGER)'})`)
    .join(', ')
  const scratch = `scratch_${name}_ages`
  // With several classes, residents alike (same columns and days) are counted together first:
  // most were born here and never left, so they differ by birth date and columns only.
  const people =
    ages.length > 1
      ? `(SELECT ${select.join(', ')}, r.birth_date, r.present_from, r.present_until, count(*) AS n
            FROM ${source.from} WHERE ${where}
           GROUP BY ${[...Object.values(source.dims), 'r.birth_date', 'r.present_from', 'r.present_until'].join(', ')})`
      : `(SELECT ${select.join(', ')}, r.birth_date, r.present_from, r.present_until, 1 AS n
            FROM ${source.from} WHERE ${where})`
  return {
    name,
    dims: [...names, 'age_class'],
    prepare: [
      `CREATE TABLE ${scratch} AS
         SELECT d.birth_date, a.age_class, ${birthday('d.birth_date', 'a.from_age')} AS starts,
                CASE WHEN a.to_age IS NULL THEN ${FOREVER}
                     ELSE ${birthday('d.birth_date', 'a.to_age')} END AS ends
           FROM (SELECT DISTINCT birth_date FROM residents) d
          CROSS JOIN (VALUES ${classes}) AS a(age_class, from_age, to_age)`,
    ],
    intervals: `SELECT ${names.map((n) => `g.${n}`).join(', ')}, a.age_class,
                       greatest(g.present_from, a.starts) AS starts,
                       least(g.present_until, a.ends) AS ends, g.n
                  FROM ${people} g
                  JOIN ${scratch} a ON a.birth_date = g.birth_date
                   AND a.starts < g.present_until AND a.ends > g.present_from`,
  }
}

/**
 * Households by commune and number of members (10 for 10 or more) over time: each household's
 * members counted from day to day, one interval per stretch of constant size. A household whose
 * members live in more than one commune is left out and kept, member by member, in
 * `households_split` (the charts count it from there), so that no household counts twice.
 */
const HOUSEHOLDS: TallySpec = {
  name: 'households',
  dims: ['commune_code', 'members'],
  prepare: [
    `CREATE TABLE scratch_split_households AS
       SELECT household_id FROM residents GROUP BY household_id
       HAVING count(DISTINCT commune_code) > 1`,
    `CREATE TABLE households_split AS
       SELECT household_id, commune_code, present_from, present_until FROM residents
        WHERE household_id IN (SELECT household_id FROM scratch_split_households)`,
    `CREATE TABLE scratch_household_changes AS
       SELECT household_id, commune_code, day, sum(change) AS change
         FROM (SELECT household_id, commune_code, present_from AS day, 1 AS change
                 FROM residents WHERE present_from < present_until
               UNION ALL
               SELECT household_id, commune_code, present_until, -1 FROM residents
                WHERE present_from < present_until AND present_until < ${FOREVER}) c
        WHERE household_id NOT IN (SELECT household_id FROM scratch_split_households)
        GROUP BY household_id, commune_code, day`,
  ],
  intervals: `SELECT commune_code, CAST(least(size, 10) AS INTEGER) AS members, day AS starts,
                     coalesce(next_day, ${FOREVER}) AS ends, 1 AS n
                FROM (SELECT commune_code, day,
                             sum(change) OVER (PARTITION BY household_id ORDER BY day
                                               ROWS UNBOUNDED PRECEDING) AS size,
                             lead(day) OVER (PARTITION BY household_id ORDER BY day) AS next_day
                        FROM scratch_household_changes) s
               WHERE size > 0`,
}

/** The expressions the population charts group by, shared so the tallies count the same. */
export const BIRTHPLACE_SQL = `CASE WHEN p.current_code = c.province_code THEN 'in_province' ELSE 'other_province' END`
export const OTHER_PROVINCE_SQL = '(p.current_code IS NULL OR p.current_code <> c.province_code)'
const FIVE_YEAR_CLASSES = Array.from({ length: 21 }, (_, i) => i * 5)
/** Labour force age groups: 15-24, 25-34, …, 65+ (age classes 0 to 5). */
export const LABOUR_AGES = [15, 25, 35, 45, 55, 65] as const

export const TALLIES = {
  /** Whole province: residents by sex and 5-year age band (class 20: 100 and over). */
  people: residentTally('people', {
    dims: { sex: 'r.sex' },
    from: 'residents r',
    ages: FIVE_YEAR_CLASSES,
  }),
  /** Whole province: residents who moved in from another province, by year of entry. */
  migrants: residentTally('migrants', {
    dims: { entry_year: 'CAST(extract(year FROM r.entered_on) AS INTEGER)' },
    from: 'residents r',
    where: 'r.moved_from IS NOT NULL',
  }),
  /** By commune: residents by sex. */
  units: residentTally('units', {
    dims: { commune_code: 'r.commune_code', sex: 'r.sex' },
    from: 'residents r',
  }),
  /** Whole province: residents of known communes by ethnicity, religion and birthplace. */
  origins: residentTally('origins', {
    dims: {
      ethnicity_code: 'r.ethnicity_code',
      religion_code: 'r.religion_code',
      birth_province_code: 'r.birth_province_code',
      birthplace: BIRTHPLACE_SQL,
      other_province: OTHER_PROVINCE_SQL,
    },
    from: `residents r JOIN communes c ON c.code = r.commune_code
           LEFT JOIN provinces p ON p.code = r.birth_province_code`,
  }),
  /** Whole province: residents of working age by activity and labour age group. */
  labour: residentTally('labour', {
    dims: {
      labour_status: 'r.labour_status',
      sector: 'r.sector',
      occupation: 'r.occupation',
      // Some charts join the communes (and so leave out a resident of an unknown one).
      placed: 'c.code IS NOT NULL',
    },
    from: 'residents r LEFT JOIN communes c ON c.code = r.commune_code',
    ages: LABOUR_AGES,
  }),
  /** By commune: residents of working age by activity. */
  labour_units: residentTally('labour_units', {
    dims: { commune_code: 'r.commune_code', labour_status: 'r.labour_status' },
    from: 'residents r',
    ages: [LABOUR_AGES[0]],
  }),
  /** By commune: residents old enough for an eID, by what they hold. */
  digital: residentTally('digital', {
    dims: {
      commune_code: 'r.commune_code',
      eid_level: 'r.eid_level',
      has_payment_account: 'r.has_payment_account',
      has_digital_signature: 'r.has_digital_signature',
    },
    from: 'residents r',
    ages: [EID_ELIGIBLE_AGE],
  }),
  households: HOUSEHOLDS,
} satisfies Record<string, TallySpec>
export type TallyName = keyof typeof TALLIES

/** The statements that build one tally from the copy's residents (both engines read them). */
export function tallyStatements(spec: TallySpec): string[] {
  const dims = spec.dims.join(', ')
  const table = `tally_${spec.name}`
  const firstYear = `(SELECT CAST(extract(year FROM min(day)) AS INTEGER) FROM ${table})`
  const lastYear = `(SELECT CAST(extract(year FROM max(day)) AS INTEGER) FROM ${table})`
  return [
    ...spec.prepare,
    `CREATE TABLE ${table} AS
       WITH intervals AS (${spec.intervals})
       SELECT ${dims}, day, CAST(sum(change) AS INTEGER) AS change
         FROM (SELECT ${dims}, starts AS day, n AS change FROM intervals WHERE starts < ends
               UNION ALL
               SELECT ${dims}, ends, -n FROM intervals WHERE starts < ends AND ends < ${FOREVER}) c
        GROUP BY ${dims}, day HAVING sum(change) <> 0
        ORDER BY day`,
    // The total on 1 January of every year after the first change's to the year after the last
    // change's (that one kept even at 0: reading a later day starts from it).
    `CREATE TABLE ${table}_years AS
       SELECT ${dims}, year + 1 AS year, n FROM (
         SELECT ${dims}, year, CAST(sum(change) OVER (PARTITION BY ${dims} ORDER BY year
                                                      ROWS UNBOUNDED PRECEDING) AS INTEGER) AS n
           FROM (SELECT ${dims}, year, sum(change) AS change
                   FROM (SELECT ${dims}, CAST(extract(year FROM day) AS INTEGER) AS year, change
                           FROM ${table}
                         UNION ALL
                         SELECT ${dims}, y.year, 0
                           FROM (SELECT DISTINCT ${dims} FROM ${table}) k
                          CROSS JOIN generate_series(${firstYear}, ${lastYear}) AS y(year)) c
                  GROUP BY ${dims}, year) by_year) totals
        WHERE totals.n <> 0 OR totals.year = ${lastYear}
        ORDER BY year`,
  ]
}

/** Every tally's statements, then the scratch tables dropped. */
export function allTallyStatements(): string[] {
  const specs = Object.values(TALLIES)
  const scratch = specs.flatMap((s) =>
    s.prepare.flatMap((p) => /^CREATE TABLE (scratch_\w+)/.exec(p.trim())?.[1] ?? []),
  )
  return [...specs.flatMap(tallyStatements), ...scratch.map((table) => `DROP TABLE ${table}`)]
}

/** The tables the tallies add to the copy. */
export const TALLY_TABLES: readonly string[] = [
  ...Object.keys(TALLIES).flatMap((name) => [`tally_${name}`, `tally_${name}_years`]),
  'households_split',
]

const DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/

/**
 * A tally's rows for a day, to be summed: its dimensions and `n` (several rows per combination;
 * sum n and keep combinations whose sum is not 0). `where` filters on the dimensions.
 */
export function tallyOn(name: TallyName, day: string, where = 'TRUE'): string {
  if (!DAY.test(day)) throw new Error('not a date')
  const { dims } = TALLIES[name]
  const table = `tally_${name}`
  const year = Number(day.slice(0, 4))
  // A day after the last change reads the last total (the year after the last change).
  const checkpoint = `least(${year}, coalesce((SELECT max(year) FROM ${table}_years), ${year}))`
  return `(SELECT ${dims.join(', ')}, n FROM ${table}_years
            WHERE year = ${checkpoint} AND ${where}
           UNION ALL
           SELECT ${dims.join(', ')}, change FROM ${table}
            WHERE day >= DATE '${day.slice(0, 4)}-01-01' AND day <= DATE '${day}' AND ${where})`
}
