import type { Rng } from '../../population/index.js'
import { composePlate, type VehicleClass } from '../plates.js'

/**
 * How the synthetic registry is drawn. Assumptions, not statistics: most adults in Đồng Nai ride
 * a motorbike, some own a second one, fewer own a car; a tenth of cars belong to an organisation.
 */
export const VEHICLE_ASSUMPTIONS = {
  motorbike: 0.72,
  secondMotorbike: 0.15,
  car: 0.08,
  organisationCar: 0.1,
  /** Đồng Nai's plate codes; 39 is the older and less issued of the two. */
  provinceCodes: [
    ['60', 0.8],
    ['39', 0.2],
  ],
  registeredWithinYears: 15,
} as const

const CAR_SERIES = ['A', 'A', 'A', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'K', 'LD']
const MOTORBIKE_SERIES = [
  ...'BCDEFGHKLMNPSTUVXYZ'
    .split('')
    .flatMap((l) => [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${l}${n}`)),
  'AA',
  'AB',
]
const BRANDS: Record<VehicleClass, readonly string[]> = {
  car: ['Toyota', 'Hyundai', 'Kia', 'Mazda', 'VinFast', 'Ford', 'Mitsubishi', 'Honda'],
  motorbike: ['Honda', 'Honda', 'Honda', 'Yamaha', 'Yamaha', 'Suzuki', 'SYM', 'Piaggio', 'VinFast'],
}
const ORGANISATION_KINDS = [
  'Công ty TNHH Vận tải',
  'Công ty Cổ phần Xây dựng',
  'Hợp tác xã Dịch vụ',
] as const

export interface VehicleRow {
  plate: string
  vehicleClass: VehicleClass
  brand: string
  ownerKind: 'resident' | 'organisation'
  ownerNumber: string | null
  organisationTaxCode: string | null
  organisationName: string | null
  communeCode: string
  registeredOn: string
}

const SERIAL_LIMIT = 99_999

/**
 * Plate serials in the order vehicles are drawn: the same people in the same order give the same
 * plates. A full series gives way to the next one of its class.
 */
export class PlateBook {
  private readonly used = new Map<string, number>()

  issue(vehicleClass: VehicleClass, provinceCode: string, seriesIndex: number): string {
    const series = vehicleClass === 'car' ? CAR_SERIES : MOTORBIKE_SERIES
    for (let step = 0; step < series.length; step++) {
      const name = series[(seriesIndex + step) % series.length]!
      const key = `${provinceCode}${vehicleClass}${name}`
      const serial = (this.used.get(key) ?? 0) + 1
      if (serial > SERIAL_LIMIT) continue
      this.used.set(key, serial)
      return composePlate(vehicleClass, provinceCode, name, serial)
    }
    throw new RangeError(`every ${vehicleClass} series of ${provinceCode} is full`)
  }
}

// An organisation of the commune: its tax code starts with Đồng Nai's 36.
function organisationOf(communeCode: string, index: number): { taxCode: string; name: string } {
  const kind = ORGANISATION_KINDS[index % ORGANISATION_KINDS.length]!
  return {
    taxCode: `36${communeCode.padStart(5, '0')}${String(index + 1).padStart(3, '0')}`,
    name: `${kind} Minh Hoạ ${communeCode}-${index + 1}`,
  }
}

function registeredOn(rng: Rng, today: string): string {
  const days = rng.between(1, VEHICLE_ASSUMPTIONS.registeredWithinYears * 365)
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)
}

function provinceCode(rng: Rng): string {
  const [[first, share], [second]] = VEHICLE_ASSUMPTIONS.provinceCodes
  return rng.chance(share) ? first : second
}

/** The vehicles one adult owns (or drives for an organisation of the commune), drawn in order. */
export function drawVehicles(
  rng: Rng,
  book: PlateBook,
  person: { personalNumber: string; communeCode: string },
  today: string,
): VehicleRow[] {
  const rows: VehicleRow[] = []
  const add = (vehicleClass: VehicleClass, organisation?: { taxCode: string; name: string }) => {
    const series = vehicleClass === 'car' ? CAR_SERIES : MOTORBIKE_SERIES
    rows.push({
      plate: book.issue(vehicleClass, provinceCode(rng), rng.int(series.length)),
      vehicleClass,
      brand: rng.pick(BRANDS[vehicleClass]),
      ownerKind: organisation ? 'organisation' : 'resident',
      ownerNumber: organisation ? null : person.personalNumber,
      organisationTaxCode: organisation?.taxCode ?? null,
      organisationName: organisation?.name ?? null,
      communeCode: person.communeCode,
      registeredOn: registeredOn(rng, today),
    })
  }
  if (rng.chance(VEHICLE_ASSUMPTIONS.motorbike)) {
    add('motorbike')
    if (rng.chance(VEHICLE_ASSUMPTIONS.secondMotorbike)) add('motorbike')
  }
  if (rng.chance(VEHICLE_ASSUMPTIONS.car))
    add(
      'car',
      rng.chance(VEHICLE_ASSUMPTIONS.organisationCar)
        ? organisationOf(person.communeCode, rng.int(ORGANISATION_KINDS.length))
        : undefined,
    )
  return rows
}
