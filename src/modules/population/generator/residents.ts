/** Turns the members of a household into resident and movement rows. */
import { ageOn, formatDay, yearOf } from './dates.js'
import type { Member } from './households.js'
import { NumberBook } from './identity.js'
import { personName, type FullName } from './naming.js'
import {
  drawCard,
  drawStatus,
  eidLevelOf,
  hasDigitalSignature,
  hasPaymentAccount,
  labourOf,
  sectorOf,
} from './people.js'
import { religionAlias, type CommuneProfile } from './profile.js'
import type { Rng } from './prng.js'
import type { HouseholdRow, MovementRow, ResidentRow } from './types.js'

/** Where rows go: arrays for generateCommune, CSV text for generateCommuneCsv. */
export interface Sink {
  household(row: HouseholdRow): void
  /** `name` holds the parts of row.fullName, for writers that would rather not join them. */
  resident(row: ResidentRow, name: FullName): void
  movement(row: MovementRow): void
}

export interface HouseholdFacts {
  id: number
  /** Shared by the family; null is no religion. Workers sharing a room draw their own. */
  religion: string | null
  worker: boolean
}

/** Most people born before 1995 had a 9-digit identity card (CMND) before the chip card. */
const OLD_ID_BEFORE = 1995
const OLD_ID_SHARE = 0.92

export class ResidentWriter {
  private readonly numbers: NumberBook
  private readonly code: string

  constructor(
    private readonly profile: CommuneProfile,
    private readonly rng: Rng,
    private readonly today: number,
    private readonly sink: Sink,
    seed: number,
  ) {
    this.numbers = new NumberBook(profile.quota.index, seed)
    this.code = profile.quota.code
  }

  write(member: Member, household: HouseholdFacts): void {
    const { rng, profile, today } = this
    const birthYear = yearOf(member.birth)
    const age = ageOn(member.birth, today)
    const name = personName(rng, member.sex, member.surname, birthYear)
    const fate = drawStatus(rng, member.relation, member.birth, member.movedIn, age, today)
    const labour = labourOf(rng, age, member.sex, profile.ward, household.worker)
    const sector = labour === 'employed' ? sectorOf(rng, profile, age, household.worker) : null
    const card = drawCard(rng, member.birth, fate.status === 'deceased' ? fate.day : today)
    const religion = household.worker
      ? religionAlias(profile, member.ethnicity, member.birthProvince).pick(rng)
      : household.religion
    const personalNumber = this.numbers.personalNumber(member.birthProvince, member.sex, birthYear)
    const oldId =
      birthYear < OLD_ID_BEFORE && rng.chance(OLD_ID_SHARE)
        ? this.numbers.oldIdNumber(member.birthProvince)
        : null
    this.sink.resident(
      {
        personalNumber,
        fullName: name.text,
        fullNameFolded: name.folded,
        birthDate: formatDay(member.birth),
        sex: member.sex,
        ethnicityCode: member.ethnicity,
        religionCode: religion,
        birthProvinceCode: member.birthProvince,
        communeCode: this.code,
        householdId: household.id,
        relationToHead: member.relation,
        status: fate.status,
        labourStatus: labour,
        sector,
        occupation: sector === null ? null : profile.occupation[sector].pick(rng),
        oldIdNumber: oldId,
        cardIssuedOn: card.issued === null ? null : formatDay(card.issued),
        cardExpiresOn: card.expires === null ? null : formatDay(card.expires),
        eidLevel: eidLevelOf(rng, profile, age),
        hasPaymentAccount: hasPaymentAccount(rng, profile, age),
        hasDigitalSignature: hasDigitalSignature(rng, profile, age),
      },
      name,
    )
    this.movements(personalNumber, member, fate.status, fate.day)
  }

  private movements(personalNumber: string, member: Member, status: string, day: number): void {
    const arrived = member.movedIn
    this.sink.movement(
      arrived === null
        ? {
            personalNumber,
            kind: 'born',
            occurredOn: formatDay(member.birth),
            communeCode: this.code,
            otherProvinceCode: null,
          }
        : {
            personalNumber,
            kind: 'moved_in',
            occurredOn: formatDay(arrived),
            communeCode: this.code,
            otherProvinceCode: member.birthProvince,
          },
    )
    if (status === 'deceased') {
      this.sink.movement({
        personalNumber,
        kind: 'deceased',
        occurredOn: formatDay(day),
        communeCode: this.code,
        otherProvinceCode: null,
      })
    } else if (status === 'moved_out') {
      const to = this.profile.movedOutDestination.pick(this.rng)
      this.sink.movement({
        personalNumber,
        kind: 'moved_out',
        occurredOn: formatDay(day),
        communeCode: this.code,
        otherProvinceCode: to,
      })
    }
  }
}
