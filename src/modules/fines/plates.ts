import { Type } from '@sinclair/typebox'

export type VehicleClass = 'car' | 'motorbike'

// Series letters leave out I, J, O, Q and W, which read like digits or are not issued.
const LETTER = '[A-HK-NPR-VX-Z]'
/** A car's plate: province code, series (one or two letters), five digits, as 60A-123.45. */
const CAR = `^[1-9][0-9]${LETTER}{1,2}-[0-9]{3}\\.[0-9]{2}$`
/** A motorbike's plate: province code, series (a letter and a digit or letter), as 60-B1 123.45. */
const MOTORBIKE = `^[1-9][0-9]-${LETTER}[0-9A-Z] [0-9]{3}\\.[0-9]{2}$`

const carPattern = new RegExp(CAR)
const motorbikePattern = new RegExp(MOTORBIKE)

/** A plate as written on the registration certificate: the one form records and requests use. */
export const Plate = Type.String({
  pattern: `(${CAR})|(${MOTORBIKE})`,
  maxLength: 12,
  description: 'biển số / plate: ô tô 60A-123.45, mô tô 60-B1 123.45',
  examples: ['60A-123.45', '60-B1 123.45'],
})

/** The class of vehicle a plate's form belongs to, or undefined for a malformed plate. */
export function plateClassOf(plate: string): VehicleClass | undefined {
  if (carPattern.test(plate)) return 'car'
  if (motorbikePattern.test(plate)) return 'motorbike'
  return undefined
}

/** A plate written from its parts; the serial is 0-99999. */
export function composePlate(
  vehicleClass: VehicleClass,
  provinceCode: string,
  series: string,
  serial: number,
): string {
  const digits = String(serial).padStart(5, '0')
  const number = `${digits.slice(0, 3)}.${digits.slice(3)}`
  return vehicleClass === 'car'
    ? `${provinceCode}${series}-${number}`
    : `${provinceCode}-${series} ${number}`
}
