/**
 * What sets one unit apart: urban or rural, industrial parks, which old province, and its own draw
 * of rates. Drawn from the unit's own random stream, so it does not depend on other units.
 */
import {
  BINH_PHUOC_GROUPS,
  CATHOLIC_UNITS,
  DONG_NAI_EXTRA_GROUPS,
  GROUP_REGIONS,
  HOME_RELIGION,
  homeRegion,
  INDIGENOUS_GROUPS,
  INDUSTRIAL_UNITS,
  MIGRANT_ORIGINS,
  MOVED_OUT_DESTINATIONS,
  OCCUPATIONS,
  OTHER_ORIGIN_WEIGHT,
  RELIGION_MIX,
  SECTOR_MIX,
  type HomeRegion,
  type ReligionMix,
} from './assumptions.js'
import { isWard, type CommuneQuota } from './communes.js'
import { Alias, type Rng } from './prng.js'
import {
  COMMUNES,
  ETHNIC_GROUPS,
  POPULATION,
  PROVINCE_CODES,
  ethnicCode,
  religionCode,
} from './reference.js'
import type { Sector } from './types.js'

for (const name of [...INDUSTRIAL_UNITS, ...CATHOLIC_UNITS]) {
  if (!COMMUNES.some((c) => c.name === name)) throw new RangeError(`no unit named '${name}'`)
}

const INDIGENOUS: ReadonlySet<string> = new Set(INDIGENOUS_GROUPS.map(ethnicCode))
const KINH = ethnicCode('Kinh')
const HOA = ethnicCode('Hoa')
const KHMER = ethnicCode('Khơ-me')
const HOME_REGIONS: readonly HomeRegion[] = [
  'north',
  'northCentral',
  'southCentral',
  'highlands',
  'southeast',
  'mekong',
]

/**
 * Migrants: the national mix of the 2019 census (ethnic-groups.json share2019), restricted to the
 * groups living in their home region (GROUP_REGIONS). National shares dilute regional minorities,
 * which errs on the side of more Kinh.
 */
const MIGRANT_ETHNICITY = new Map(
  HOME_REGIONS.map((region) => {
    const groups = ETHNIC_GROUPS.filter(
      (g) => g.code === KINH || (GROUP_REGIONS[g.name] ?? ['north']).includes(region),
    )
    return [region, new Alias(groups.map((g) => [g.code, g.share2019] as const))] as const
  }),
)

export function migrantEthnicity(home: string): Alias<string> {
  return MIGRANT_ETHNICITY.get(homeRegion(home))!
}

/** Old Đồng Nai: the 2009 census groups (dong-nai-population.json), plus the assumed extras. */
function dongNaiGroups(): [string, number][] {
  const extra = DONG_NAI_EXTRA_GROUPS.reduce((sum, [, share]) => sum + share, 0)
  const persons = POPULATION.ethnicity2009.reduce((sum, g) => sum + g.persons, 0)
  return [
    ...POPULATION.ethnicity2009.map((g): [string, number] => [
      g.name,
      ((1 - extra) * g.persons) / persons,
    ]),
    ...DONG_NAI_EXTRA_GROUPS.map(([name, share]): [string, number] => [name, share]),
  ]
}

/**
 * Indigenous groups are rarer in wards and unevenly spread between communes; Hoa lean urban.
 * Kinh take the remainder, so the province totals stay close to the sources.
 */
function localEthnicity(rng: Rng, province: string, ward: boolean): Alias<string> {
  const groups = province === '75' ? dongNaiGroups() : [...BINH_PHUOC_GROUPS]
  const weights = new Map<string, number>()
  for (const [name, share] of groups) {
    const code = ethnicCode(name)
    if (code === KINH) continue
    let factor = 1
    if (INDIGENOUS.has(code)) factor = ward ? 0.35 : rng.uniform(0.4, 1.8)
    else if (code === HOA) factor = ward ? 1.5 : 0.6
    weights.set(code, (weights.get(code) ?? 0) + share * factor)
  }
  const minorities = [...weights.values()].reduce((sum, w) => sum + w, 0)
  return new Alias([[KINH, Math.max(0.5, 1 - minorities)], ...weights])
}

function provinceAlias(weights: Record<string, number>, exclude: readonly string[], rest: number) {
  return new Alias(
    PROVINCE_CODES.filter((code) => !exclude.includes(code)).map(
      (code) => [code, weights[code] ?? rest] as const,
    ),
  )
}

function mix<K extends string>(rng: Rng, shares: Record<K, number>, spread: number): Alias<K> {
  const entries = Object.entries(shares) as [K, number][]
  return new Alias(entries.map(([k, w]) => [k, w * rng.uniform(1 - spread, 1 + spread)] as const))
}

export interface CommuneProfile {
  quota: CommuneQuota
  ward: boolean
  industrial: boolean
  /** Share of ordinary households whose head came from another province. */
  migrantShare: number
  /** Share of households that are young migrant workers renting together or alone. */
  workerShare: number
  localEthnicity: Map<string, Alias<string>>
  migrantOrigin: Alias<string>
  movedOutDestination: Alias<string>
  sector: Alias<Sector>
  occupation: Record<Sector, Alias<string>>
  /** Base rates of model-23 uptake among adults 18-45, before the age factors. */
  eidLevel2: number
  eidLevel1: number
  payment: number
  signature: number
  catholicFactor: number
  religions: Map<number, Alias<string | null>>
}

export function profileOf(quota: CommuneQuota, rng: Rng): CommuneProfile {
  const ward = isWard(quota)
  const industrial = INDUSTRIAL_UNITS.includes(quota.name)
  const locals = quota.oldProvinceCodes
  const sectorKey = industrial
    ? ward
      ? 'industrialWard'
      : 'industrialCommune'
    : `${ward ? 'ward' : 'commune'}:${locals[0]}`
  const agriculture = `agriculture:${locals.includes('70') && !locals.includes('75') ? '70' : '75'}`
  return {
    quota,
    ward,
    industrial,
    // Tuned so that about 35% of adults in wards and 12% in communes were born in another
    // province, counting the workers' rooms, spouses from elsewhere and children born here.
    migrantShare:
      (ward ? (industrial ? 0.3 : 0.22) : industrial ? 0.14 : 0.06) * rng.uniform(0.8, 1.2),
    workerShare:
      (ward ? (industrial ? 0.17 : 0.04) : industrial ? 0.1 : 0.015) * rng.uniform(0.8, 1.2),
    localEthnicity: new Map(locals.map((p) => [p, localEthnicity(rng, p, ward)])),
    migrantOrigin: provinceAlias(MIGRANT_ORIGINS, locals, OTHER_ORIGIN_WEIGHT),
    movedOutDestination: provinceAlias(
      { ...MIGRANT_ORIGINS, ...MOVED_OUT_DESTINATIONS },
      locals,
      OTHER_ORIGIN_WEIGHT,
    ),
    sector: mix(rng, SECTOR_MIX[sectorKey] ?? SECTOR_MIX['commune:75']!, 0.15),
    occupation: {
      agriculture: new Alias(OCCUPATIONS[agriculture]!),
      industry: new Alias(OCCUPATIONS.industry!),
      services: new Alias(OCCUPATIONS.services!),
    },
    // After the age factors: about 80% of ward adults at level 2, 55% in communes; payment
    // accounts about 70% and 45%; digital signatures 2-10%.
    eidLevel2: ward ? rng.uniform(0.8, 0.92) : rng.uniform(0.5, 0.72),
    eidLevel1: rng.uniform(0.05, 0.12),
    payment: ward ? rng.uniform(0.62, 0.72) : rng.uniform(0.4, 0.5),
    signature: rng.uniform(0.02, 0.1),
    catholicFactor: CATHOLIC_UNITS.includes(quota.name) ? 2.8 : rng.uniform(0.55, 1.45),
    religions: new Map(),
  }
}

function religionMix(profile: CommuneProfile, ethnicity: string, origin: string): ReligionMix {
  if (INDIGENOUS.has(ethnicity) && ethnicity !== KHMER) return RELIGION_MIX.highland!
  if (ethnicity === KHMER) return RELIGION_MIX['Khơ-me']!
  if (ethnicity === HOA) return RELIGION_MIX.Hoa!
  const local = profile.quota.oldProvinceCodes.includes(origin)
  const base = RELIGION_MIX[local ? origin : 'migrant']!
  const home = local ? undefined : HOME_RELIGION[origin]
  return base.map(([name, share]): [string, number] => {
    if (home !== undefined && home[0] === name) return [name, Math.max(share, home[1])]
    return [
      name,
      local && name === 'Công giáo' ? Math.min(0.9, share * profile.catholicFactor) : share,
    ]
  })
}

/** Religion of a household by its head's ethnicity and birth province; null is no religion. */
export function religionAlias(
  profile: CommuneProfile,
  ethnicity: string,
  origin: string,
): Alias<string | null> {
  // Both are two-digit codes: a number key spares building and hashing a string per household.
  const key = Number(ethnicity) * 100 + Number(origin)
  let alias = profile.religions.get(key)
  if (alias === undefined) {
    const shares = religionMix(profile, ethnicity, origin)
    const none = Math.max(0.02, 1 - shares.reduce((sum, [, s]) => sum + s, 0))
    alias = new Alias<string | null>([
      [null, none],
      ...shares.map(([n, s]) => [religionCode(n), s] as const),
    ])
    profile.religions.set(key, alias)
  }
  return alias
}
