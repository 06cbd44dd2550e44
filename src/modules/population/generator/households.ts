/**
 * Who lives together: household size and shape, ages that fit (children born when their mother
 * was 18-42, spouses of close age), relations to the head and surnames (children take the
 * father's, wives keep their own). Shares are assumptions tuned so that the province comes out
 * near Vietnam's 2019 age structure (0-14 about 24%, 65+ about 7.7%) with about 3.5 per household.
 */
import { DAYS_PER_YEAR } from './dates.js'
import type { NamePart } from './naming.js'
import { Alias, type Rng } from './prng.js'
import type { Relation, Sex } from './types.js'

export interface Member {
  relation: Relation
  sex: Sex
  /** Day number of birth. */
  birth: number
  surname: NamePart
  ethnicity: string
  /** Married in or unrelated to the head, as opposed to born into the family. */
  joined: boolean
  /** Filled in by origin.ts. */
  birthProvince: string
  /** Day number of the move into the unit; null when born here. */
  movedIn: number | null
}

export interface HouseholdContext {
  rng: Rng
  today: number
  /** The head's ethnicity, shared by the family born into it. */
  ethnicity: string
  surname(ethnicity: string): NamePart
  /** Ethnicity of someone who married in or lodges: mostly the family's, sometimes the area's. */
  joinedEthnicity(): string
  /** Ethnicity of a migrant worker sharing a room: not family, so drawn afresh. */
  workerEthnicity(): string
}

const MAX_AGE = 100.9

export function makeMember(
  ctx: HouseholdContext,
  relation: Relation,
  sex: Sex,
  age: number,
  surname: NamePart,
  joined = false,
  ethnicity = ctx.ethnicity,
): Member {
  const days = Math.floor(Math.min(Math.max(age, 0), MAX_AGE) * DAYS_PER_YEAR)
  return {
    relation,
    sex,
    birth: ctx.today - days,
    surname,
    ethnicity,
    joined,
    birthProvince: '',
    movedIn: null,
  }
}

/** Roughly normal with the given mean and spread, from three uniforms (no Math.log in the loop). */
function bell(rng: Rng, mean: number, spread: number): number {
  return mean + (rng.next() + rng.next() + rng.next() - 1.5) * 2 * spread
}

/** The husband is about three years older, sometimes younger, rarely by more than 12. */
function husbandGap(rng: Rng): number {
  return Math.min(14, Math.max(-4, bell(rng, 3, 3)))
}

/** Boys are slightly over-represented at birth in Vietnam (about 111 per 100 girls). */
function childSex(rng: Rng): Sex {
  return rng.chance(0.526) ? 'M' : 'F'
}

/** Mother's age at each birth: first at 18-32, spaced 1.3-6 years, none after 42. */
function birthAges(rng: Rng, kids: number): number[] {
  const ages: number[] = []
  let age = 18.5 + rng.next() * 6 + rng.next() * 7
  for (let i = 0; i < kids; i++) {
    if (i > 0) age += 1.3 + rng.next() * 4.5
    ages.push(age)
  }
  const first = ages[0] ?? 0
  const last = ages[kids - 1] ?? 0
  if (last > 42) {
    const start = Math.min(first, 42 - (kids - 1) * 1.2)
    for (let i = 0; i < kids; i++)
      ages[i] = start + ((ages[i]! - first) * (42 - start)) / (last - first)
  }
  return ages
}

/** Age of the youngest child still at home, in 5-year bands (uniform within a band). */
const YOUNGEST_BAND = new Alias([
  [0, 0.34],
  [5, 0.24],
  [10, 0.17],
  [15, 0.12],
  [20, 0.08],
  [25, 0.05],
] as const)

export interface YoungFamily {
  mother: number
  father: number
  kids: number[]
}

/** Ages of a couple and their children still at home; with no children, a couple under 45. */
export function youngFamily(rng: Rng, kids: number): YoungFamily {
  if (kids === 0) {
    const mother = rng.uniform(20, 45)
    return { mother, father: mother + husbandGap(rng), kids: [] }
  }
  const births = birthAges(rng, kids)
  const youngest = YOUNGEST_BAND.pick(rng) + rng.next() * 5
  const mother = (births[kids - 1] ?? 0) + youngest
  return { mother, father: mother + husbandGap(rng), kids: births.map((b) => mother - b) }
}

/** Head and spouse from a pair of ages; the husband heads most couples. */
export function couple(
  ctx: HouseholdContext,
  husbandAge: number,
  wifeAge: number,
  husbandSurname: NamePart,
  wife: NamePart = ctx.surname(ctx.ethnicity),
): [Member, Member] {
  if (ctx.rng.chance(0.78)) {
    return [
      makeMember(ctx, 'head', 'M', husbandAge, husbandSurname),
      makeMember(ctx, 'spouse', 'F', wifeAge, wife, true, ctx.joinedEthnicity()),
    ]
  }
  return [
    makeMember(ctx, 'head', 'F', wifeAge, wife),
    makeMember(ctx, 'spouse', 'M', husbandAge, husbandSurname, true, ctx.joinedEthnicity()),
  ]
}

export function single(ctx: HouseholdContext): Member[] {
  const { rng } = ctx
  // Elderly people living alone, more often widows; otherwise an adult of any working age.
  if (rng.chance(0.3)) {
    const age = Math.min(rng.uniform(60, 80) + rng.next() * rng.next() * 18, MAX_AGE)
    return [makeMember(ctx, 'head', rng.chance(0.65) ? 'F' : 'M', age, ctx.surname(ctx.ethnicity))]
  }
  const age = 20 + rng.next() * 22 + rng.next() * 18
  return [makeMember(ctx, 'head', rng.chance(0.55) ? 'M' : 'F', age, ctx.surname(ctx.ethnicity))]
}

/** A couple whose children have left (most) or who have none yet. */
export function childlessCouple(ctx: HouseholdContext): Member[] {
  const { rng } = ctx
  const wife = rng.chance(0.5) ? rng.uniform(45, 76) + rng.next() * 6 : rng.uniform(19, 35)
  return couple(ctx, wife + husbandGap(rng), wife, ctx.surname(ctx.ethnicity))
}

export function nuclear(ctx: HouseholdContext, kids: number): Member[] {
  const { rng } = ctx
  const family = youngFamily(rng, kids)
  const surname = ctx.surname(ctx.ethnicity)
  const members: Member[] = couple(ctx, family.father, family.mother, surname)
  for (const age of family.kids) members.push(makeMember(ctx, 'child', childSex(rng), age, surname))
  return members
}

/** Mostly a mother with her children; they carry the absent father's surname. */
export function singleParent(ctx: HouseholdContext, kids: number): Member[] {
  const { rng } = ctx
  const family = youngFamily(rng, kids)
  const mother = rng.chance(0.8)
  const parentSurname = ctx.surname(ctx.ethnicity)
  const kidSurname = mother && rng.chance(0.85) ? ctx.surname(ctx.ethnicity) : parentSurname
  const parentAge = mother ? family.mother : family.father
  const members = [makeMember(ctx, 'head', mother ? 'F' : 'M', parentAge, parentSurname)]
  for (const age of family.kids)
    members.push(makeMember(ctx, 'child', childSex(rng), age, kidSurname))
  return members
}

/** A sibling of the head (same father, same surname) or an unrelated member. */
export function extraMember(ctx: HouseholdContext, head: Member): Member {
  const { rng } = ctx
  const headAge = (ctx.today - head.birth) / DAYS_PER_YEAR
  if (rng.chance(0.6)) {
    const age = Math.max(16, headAge + (rng.chance(0.5) ? 1 : -1) * rng.uniform(1, 12))
    return makeMember(ctx, 'sibling', rng.chance(0.5) ? 'M' : 'F', age, head.surname)
  }
  const ethnicity = ctx.joinedEthnicity()
  const age = rng.uniform(16, 45) + rng.next() * rng.next() * 30
  return makeMember(
    ctx,
    'other',
    rng.chance(0.5) ? 'M' : 'F',
    age,
    ctx.surname(ethnicity),
    true,
    ethnicity,
  )
}
