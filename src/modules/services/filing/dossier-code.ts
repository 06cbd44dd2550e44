import { randomInt } from 'node:crypto'
import { vietnamDate } from '../../../platform/time/vietnam.js'

// Crockford's base 32: no I, L, O or U to misread from a receipt or say over the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/**
 * A dossier's code: the handling commune, the day it was received (Vietnam), and six random
 * characters, so that a code read from someone else's receipt says nothing about the next one.
 */
export function newDossierCode(communeCode: string, receivedAt: Date): string {
  const day = vietnamDate(receivedAt).replaceAll('-', '').slice(2)
  const random = Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
  return `${communeCode}-${day}-${random}`
}

/** A linked filing's part: the filing's code and the part's number. */
export const partCode = (code: string, index: number): string => `${code}-${index + 1}`
