/**
 * Draws one household after another for a unit: its origin and ethnicity, its members, then
 * where each was born. One object per unit, reset for each household: closures made per
 * household were a measurable share of the run.
 */
import { householdSize, ordinaryHousehold, workerHousehold } from './families.js'
import type { HouseholdContext, Member } from './households.js'
import { pickSurname, type NamePart, type Region } from './naming.js'
import { settleLocals, settleMigrants, settleWorkers, type OriginContext } from './origin.js'
import { migrantEthnicity, type CommuneProfile } from './profile.js'
import type { Alias, Rng } from './prng.js'

export interface Draw {
  members: Member[]
  worker: boolean
  /** Province whose religious mix the family follows: its home province or the local one. */
  origin: string
}

export class HouseholdDraw implements HouseholdContext {
  ethnicity = ''
  private region: Region = 'south'
  private localMix: Alias<string>
  private homeMix: Alias<string>
  private readonly origins: OriginContext

  constructor(
    private readonly profile: CommuneProfile,
    readonly rng: Rng,
    readonly today: number,
  ) {
    const local = profile.quota.oldProvinceCodes[0]!
    this.localMix = profile.localEthnicity.get(local)!
    this.homeMix = this.localMix
    this.origins = {
      rng,
      today,
      local,
      migrantOrigin: profile.migrantOrigin,
      // Assumption: towns draw more spouses and lodgers from elsewhere.
      joinedMigrantShare: profile.ward ? 0.3 : 0.15,
    }
  }

  surname(ethnicity: string): NamePart {
    return pickSurname(this.rng, ethnicity, this.region)
  }

  joinedEthnicity(): string {
    return this.rng.chance(0.88) ? this.ethnicity : this.localMix.pick(this.rng)
  }

  /** Workers sharing a room mostly come from the same place (see settleWorkers). */
  workerEthnicity(): string {
    return this.homeMix.pick(this.rng)
  }

  /** The next household of at most `room` members, head first, origins filled in. */
  next(room: number): Draw {
    const { rng, profile } = this
    const locals = profile.quota.oldProvinceCodes
    const local = locals.length === 1 ? locals[0]! : rng.pick(locals)
    const worker = rng.chance(profile.workerShare)
    const migrant = worker || rng.chance(profile.migrantShare)
    const home = migrant ? profile.migrantOrigin.pick(rng) : local
    this.localMix = profile.localEthnicity.get(local)!
    this.homeMix = migrant ? migrantEthnicity(home) : this.localMix
    this.ethnicity = this.homeMix.pick(rng)
    // Northern provinces (codes up to Hà Tĩnh, 42) say Hoàng and Vũ; the rest Huỳnh and Võ.
    this.region = home < '44' ? 'north' : 'south'
    const members = worker ? workerHousehold(this) : ordinaryHousehold(this, householdSize(rng))
    // The last household takes only the residents left; the head comes first and always stays.
    if (members.length > room) members.length = room
    this.origins.local = local
    if (worker) {
      settleWorkers(this.origins, members, home)
      return { members, worker, origin: local }
    }
    if (migrant && settleMigrants(this.origins, members, home)) {
      return { members, worker, origin: home }
    }
    settleLocals(this.origins, members)
    return { members, worker, origin: local }
  }
}
