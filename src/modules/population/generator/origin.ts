/**
 * Where each member was born and, for those born elsewhere, when they moved in. A move in is
 * always after the mover's 16th birthday and within the last 15 years; children born after their
 * parents arrived were born here and take the local province.
 */
import { addYears } from './dates.js'
import type { Member } from './households.js'
import type { Alias, Rng } from './prng.js'

export interface OriginContext {
  rng: Rng
  today: number
  /** The household's own old province: 75 or 70 (for a unit of both, drawn per household). */
  local: string
  /** Home provinces of migrants who are not family. */
  migrantOrigin: Alias<string>
  /** Share of people marrying in or lodging in a local household who came from elsewhere. */
  joinedMigrantShare: number
}

function bornHere(member: Member, local: string): void {
  member.birthProvince = local
  member.movedIn = null
}

/** A move on one's own: after turning 16 and within 15 years, more often recent. */
function moveAlone(ctx: OriginContext, member: Member, home: string, recent: boolean): void {
  const lo = Math.max(addYears(ctx.today, -15), addYears(member.birth, 16))
  if (lo > ctx.today) {
    bornHere(member, ctx.local)
    return
  }
  const u = ctx.rng.next()
  member.birthProvince = home
  member.movedIn = ctx.today - Math.floor((ctx.today - lo + 1) * (recent ? u * u : u))
}

/**
 * Young migrant workers, each arriving on their own: most from the same home province (one
 * follows another from the home village), some from elsewhere, a few local.
 */
export function settleWorkers(ctx: OriginContext, members: Member[], home: string): void {
  for (const member of members) {
    const u = ctx.rng.next()
    if (u < 0.6) moveAlone(ctx, member, home, true)
    else if (u < 0.85) moveAlone(ctx, member, ctx.migrantOrigin.pick(ctx.rng), true)
    else bornHere(member, ctx.local)
  }
}

/** Born here, except some who married in or lodge here. */
export function settleLocals(ctx: OriginContext, members: Member[]): void {
  for (const member of members) {
    if (member.joined && ctx.rng.chance(ctx.joinedMigrantShare)) {
      moveAlone(ctx, member, ctx.migrantOrigin.pick(ctx.rng), false)
    } else {
      bornHere(member, ctx.local)
    }
  }
}

/**
 * A family that came from `home`: the head arrived on a day after turning 16, within 15 years,
 * and before any member who is under 16 today was born (children do not move on their own, and
 * a move-in is always past the mover's 16th birthday). Those born since were born here; older
 * children who were not yet 16 at the move followed after their 16th birthday.
 * @returns false when no such day exists; the caller then treats the family as local.
 */
export function settleMigrants(ctx: OriginContext, members: Member[], home: string): boolean {
  const head = members[0]
  if (head === undefined) return false
  const lo = Math.max(addYears(ctx.today, -15), addYears(head.birth, 16))
  let hi = ctx.today
  for (const m of members) if (addYears(m.birth, 16) > ctx.today) hi = Math.min(hi, m.birth)
  if (lo > hi) return false
  const arrived = lo + ctx.rng.int(hi - lo + 1)
  for (const member of members) {
    if (member.birth >= arrived) {
      bornHere(member, ctx.local)
      continue
    }
    let from = home
    if (member.joined) {
      // A spouse or lodger: often from the same place, sometimes a local, sometimes elsewhere.
      const u = ctx.rng.next()
      if (u < 0.25) {
        bornHere(member, ctx.local)
        continue
      }
      if (u > 0.9) from = ctx.migrantOrigin.pick(ctx.rng)
    }
    member.birthProvince = from
    const sixteen = addYears(member.birth, 16)
    member.movedIn = sixteen <= arrived ? arrived : sixteen + ctx.rng.int(ctx.today - sixteen + 1)
  }
  return true
}
