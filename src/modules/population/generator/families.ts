/**
 * Household shapes by size: single, couple, nuclear family, single parent, three generations,
 * extra relatives; and the rooms shared by young migrant workers near the industrial parks.
 */
import {
  childlessCouple,
  couple,
  extraMember,
  makeMember,
  nuclear,
  single,
  singleParent,
  youngFamily,
  type HouseholdContext,
  type Member,
  type YoungFamily,
} from './households.js'
import type { NamePart } from './naming.js'
import { Alias, type Rng } from './prng.js'
import type { Sex } from './types.js'

/** Household size: 1: 12%, 2: 20%, 3: 22%, 4: 24%, 5: 12%, 6: 6%, 7-8: 4% (mean about 3.45). */
const SIZE = new Alias([
  [1, 12],
  [2, 20],
  [3, 22],
  [4, 24],
  [5, 12],
  [6, 6],
  [7, 2.5],
  [8, 1.5],
] as const)

export function householdSize(rng: Rng): number {
  return SIZE.pick(rng)
}

type Shape = 'nuclear' | 'threeGenerations' | 'singleParent' | 'withRelative'

/** Larger households are more often three generations under one roof. */
const SHAPES: Alias<Shape>[] = [
  [70, 8, 12, 10],
  [60, 22, 6, 12],
  [40, 45, 3, 12],
  [22, 62, 2, 14],
].map(
  ([n, t, s, w]) =>
    new Alias<Shape>([
      ['nuclear', n!],
      ['threeGenerations', t!],
      ['singleParent', s!],
      ['withRelative', w!],
    ]),
)

/** Members of an ordinary household of `size`, the head first. */
export function ordinaryHousehold(ctx: HouseholdContext, size: number): Member[] {
  const { rng } = ctx
  if (size === 1) return single(ctx)
  if (size === 2) {
    const u = rng.next()
    if (u < 0.55) return childlessCouple(ctx)
    if (u < 0.83) return singleParent(ctx, 1)
    if (u < 0.92) return threeGenerations(ctx, 2)
    const alone = single(ctx)
    return [...alone, extraMember(ctx, alone[0]!)]
  }
  const shape = SHAPES[Math.min(size, 6) - 3]!.pick(rng)
  switch (shape) {
    case 'nuclear':
      return nuclear(ctx, size - 2)
    case 'threeGenerations':
      return threeGenerations(ctx, size)
    case 'singleParent':
      return singleParent(ctx, size - 1)
    case 'withRelative': {
      const family = nuclear(ctx, size - 3)
      return [...family, extraMember(ctx, family[0]!)]
    }
  }
}

/** Age of an elder whose child is `childAge`: the mother bore that child at 18-40. */
function elderAges(rng: Rng, childAge: number): { mother: number; father: number } {
  const mother = childAge + 18 + rng.next() * 11 + rng.next() * 11
  return { mother, father: mother + Math.min(14, Math.max(-3, 3 + (rng.next() - 0.5) * 10)) }
}

/** Three generations: who they are, before deciding who heads the household. */
interface Generations {
  family: YoungFamily
  elders: { mother: number; father: number }
  elderSexes: Sex[]
  /** Two in the middle generation (a couple) or one (an adult child). */
  couple: boolean
  /** The middle generation's link to the elders is their son (else their daughter). */
  sonStays: boolean
  lineage: NamePart
  inLawSurname: NamePart
}

function grandchildSex(rng: Rng): Sex {
  return rng.chance(0.526) ? 'M' : 'F'
}

/** The elders head; their child, the child's spouse ('other') and the grandchildren follow. */
function elderHeaded(ctx: HouseholdContext, g: Generations): Member[] {
  const { family, elders, sonStays } = g
  const members = g.elderSexes.map((sex, i) => {
    const surname = sex === 'M' ? g.lineage : ctx.surname(ctx.ethnicity)
    const age = sex === 'M' ? elders.father : elders.mother
    return makeMember(ctx, i === 0 ? 'head' : 'spouse', sex, age, surname, i > 0)
  })
  const childAge = sonStays ? family.father : family.mother
  members.push(makeMember(ctx, 'child', sonStays ? 'M' : 'F', childAge, g.lineage))
  if (g.couple) {
    const inLawAge = sonStays ? family.mother : family.father
    const sex = sonStays ? 'F' : 'M'
    members.push(
      makeMember(ctx, 'other', sex, inLawAge, g.inLawSurname, true, ctx.joinedEthnicity()),
    )
  }
  const kidSurname = sonStays ? g.lineage : g.inLawSurname
  for (const age of family.kids) {
    members.push(makeMember(ctx, 'grandchild', grandchildSex(ctx.rng), age, kidSurname))
  }
  return members
}

/**
 * The middle generation heads; the elders are the head's parents ('parent') or, when they are
 * the spouse's, parents-in-law ('other').
 */
function middleHeaded(ctx: HouseholdContext, g: Generations): Member[] {
  const { family, sonStays } = g
  const members: Member[] = []
  if (g.couple) {
    const husband = sonStays ? g.lineage : g.inLawSurname
    const wife = sonStays ? g.inLawSurname : g.lineage
    members.push(...couple(ctx, family.father, family.mother, husband, wife))
  } else {
    const age = sonStays ? family.father : family.mother
    members.push(makeMember(ctx, 'head', sonStays ? 'M' : 'F', age, g.lineage))
  }
  const headIsChild = (members[0]!.sex === 'M') === sonStays
  for (const sex of g.elderSexes) {
    const age = sex === 'M' ? g.elders.father : g.elders.mother
    const surname = sex === 'M' ? g.lineage : ctx.surname(ctx.ethnicity)
    const relation = headIsChild ? 'parent' : 'other'
    members.push(makeMember(ctx, relation, sex, age, surname, !headIsChild))
  }
  const kidSurname = sonStays ? g.lineage : g.inLawSurname
  for (const age of family.kids) {
    members.push(makeMember(ctx, 'child', grandchildSex(ctx.rng), age, kidSurname))
  }
  return members
}

/**
 * Grandparents, a couple and their children; size 2 is one elder and one adult child. Either an
 * elder heads the household (more often once past 58) or the middle generation does.
 */
export function threeGenerations(ctx: HouseholdContext, size: number): Member[] {
  const { rng } = ctx
  const elderCount = size >= 4 && rng.chance(0.5) ? 2 : 1
  const middleCount = size === 2 ? 1 : 2
  const family = youngFamily(rng, Math.max(0, size - elderCount - middleCount))
  // Most couples live with the husband's parents.
  const sonStays = middleCount === 1 ? rng.chance(0.5) : rng.chance(0.7)
  const elders = elderAges(rng, sonStays ? family.father : family.mother)
  // Widows outnumber widowers.
  const survivor: Sex = rng.chance(0.7) ? 'F' : 'M'
  const g: Generations = {
    family,
    elders,
    elderSexes: elderCount === 2 ? ['M', 'F'] : [survivor],
    couple: middleCount === 2,
    sonStays,
    lineage: ctx.surname(ctx.ethnicity),
    inLawSurname: ctx.surname(ctx.ethnicity),
  }
  const elderHeads = rng.chance(Math.max(elders.mother, elders.father) >= 58 ? 0.5 : 0.15)
  return elderHeads ? elderHeaded(ctx, g) : middleHeaded(ctx, g)
}

/** Size of a room of young migrant workers: alone, as a couple or sharing with co-workers. */
const WORKER_SIZE = new Alias([
  [1, 50],
  [2, 25],
  [3, 15],
  [4, 10],
] as const)

/** Young workers, 18-35, each from their own background; two sharing are sometimes a couple. */
export function workerHousehold(ctx: HouseholdContext): Member[] {
  const { rng } = ctx
  const size = WORKER_SIZE.pick(rng)
  const members: Member[] = []
  for (let i = 0; i < size; i++) {
    const group = i === 0 ? ctx.ethnicity : ctx.workerEthnicity()
    const age = 18 + rng.next() * 9 + rng.next() * 8
    const isCouple = i === 1 && size === 2 && rng.chance(0.35)
    const sex: Sex = isCouple ? (members[0]!.sex === 'M' ? 'F' : 'M') : rng.chance(0.5) ? 'M' : 'F'
    const relation = i === 0 ? 'head' : isCouple ? 'spouse' : 'other'
    members.push(makeMember(ctx, relation, sex, age, ctx.surname(group), i > 0, group))
  }
  return members
}
