/**
 * House addresses, walked street by street so that no two households share one: a ward is
 * divided into khu phố and those into tổ; a commune into ấp (hamlets), numbered here.
 */
import type { Rng } from './prng.js'
import { PROVINCE_NAME } from './reference.js'

export class AddressBook {
  private area = 1
  private group = 1
  private house = 0
  private housesLeft: number
  private groupsLeft: number
  private readonly tail: string

  constructor(
    private readonly rng: Rng,
    private readonly ward: boolean,
    unitName: string,
  ) {
    // The province as the reference data names it, capitalised like the commune before it.
    this.tail = `, ${unitName}, ${PROVINCE_NAME}`
    this.housesLeft = this.housesPerBlock()
    this.groupsLeft = this.groupsPerArea()
  }

  /** A tổ holds a few dozen households; an ấp several hundred. */
  private housesPerBlock(): number {
    return this.ward ? this.rng.between(40, 120) : this.rng.between(150, 400)
  }

  private groupsPerArea(): number {
    return this.rng.between(5, 12)
  }

  next(): string {
    if (this.housesLeft-- <= 0) this.nextBlock()
    // House numbers skip: shops, plots and numbers across the street belong to no household here.
    this.house += 1 + this.rng.int(3)
    if (this.ward) return `Số ${this.house}, tổ ${this.group}, khu phố ${this.area}${this.tail}`
    return `Số ${this.house}, ấp ${this.area}${this.tail}`
  }

  private nextBlock(): void {
    this.housesLeft = this.housesPerBlock() - 1
    this.house = 0
    if (this.ward && --this.groupsLeft > 0) {
      this.group++
      return
    }
    this.groupsLeft = this.groupsPerArea()
    this.group = 1
    this.area++
  }
}
