/**
 * VietQR: the EMVCo merchant-presented QR profile of NAPAS (fund transfer to an account,
 * service QRIBFTTA), which every Vietnamese bank app reads. Data objects are ID (2 digits),
 * length (2 digits) and value; the last one, 63, is a CRC-16/CCITT-FALSE of everything before it,
 * its own ID and length included.
 */

/** The account the money goes to: the acquirer bank's NAPAS BIN, the account, its holder's name. */
export interface Payee {
  bin: string
  account: string
  name: string
}

export interface VietQrTransfer {
  payee: Pick<Payee, 'bin' | 'account'>
  /** Whole đồng. */
  amount: number
  /** The purpose of transaction (62/08) the bank reports back: printable ASCII, 25 at most. */
  reference: string
}

const NAPAS_GUID = 'A000000727'
const TRANSFER_TO_ACCOUNT = 'QRIBFTTA'
const VND = '704'
const MAX_REFERENCE = 25
const MAX_AMOUNT_DIGITS = 13

/** Printable ASCII, no blank at either end: what a bank app keeps as the transfer's content. */
const REFERENCE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/

export const isVietQrReference = (reference: string): boolean =>
  reference.length <= MAX_REFERENCE && REFERENCE.test(reference)

export const isVietQrAmount = (amount: number): boolean =>
  Number.isSafeInteger(amount) && amount > 0 && String(amount).length <= MAX_AMOUNT_DIGITS

const tlv = (id: string, value: string): string => {
  if (value.length < 1 || value.length > 99)
    throw new RangeError(`VietQR ${id}: length ${value.length}`)
  return `${id}${String(value.length).padStart(2, '0')}${value}`
}

/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF), as four upper-case hex digits. */
export function crc16(text: string): string {
  let crc = 0xffff
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit++)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
  }
  return crc.toString(16).toUpperCase().padStart(4, '0')
}

/** Appends the CRC object (63) to the payload before it. */
export const withCrc = (payload: string): string => {
  const signed = `${payload}6304`
  return `${signed}${crc16(signed)}`
}

/**
 * The payload of a dynamic VietQR (point of initiation 12: it carries the amount) for a transfer.
 * @throws RangeError when the reference or amount cannot be carried (callers validate first)
 */
export function encodeVietQr(transfer: VietQrTransfer): string {
  const { payee, amount, reference } = transfer
  if (!isVietQrReference(reference)) throw new RangeError('VietQR reference')
  if (!isVietQrAmount(amount)) throw new RangeError('VietQR amount')
  const beneficiary = tlv('00', payee.bin) + tlv('01', payee.account)
  const merchant = tlv('00', NAPAS_GUID) + tlv('01', beneficiary) + tlv('02', TRANSFER_TO_ACCOUNT)
  return withCrc(
    tlv('00', '01') +
      tlv('01', '12') +
      tlv('38', merchant) +
      tlv('53', VND) +
      tlv('54', String(amount)) +
      tlv('58', 'VN') +
      tlv('62', tlv('08', reference)),
  )
}

/** Data objects by ID, in order; a template's value is parsed again with `parseTlv`. */
export type TlvObjects = Map<string, string>

/**
 * Reads data objects back.
 * @throws SyntaxError on a truncated or malformed payload
 */
export function parseTlv(payload: string): TlvObjects {
  const objects: TlvObjects = new Map()
  let at = 0
  while (at < payload.length) {
    const id = payload.slice(at, at + 2)
    const length = payload.slice(at + 2, at + 4)
    if (!/^\d{2}$/.test(id) || !/^\d{2}$/.test(length)) throw new SyntaxError(`TLV at ${at}`)
    const end = at + 4 + Number(length)
    if (end > payload.length) throw new SyntaxError(`TLV ${id} truncated`)
    objects.set(id, payload.slice(at + 4, end))
    at = end
  }
  return objects
}

/** Whether the payload ends with the CRC of everything before it. */
export const hasValidCrc = (payload: string): boolean =>
  payload.length > 8 &&
  payload.slice(-8, -4) === '6304' &&
  crc16(payload.slice(0, -4)) === payload.slice(-4)

/**
 * The transfer a VietQR payload asks for: the inverse of `encodeVietQr`, for tests and tools.
 * @throws SyntaxError when the payload is malformed, fails its CRC or is no NAPAS transfer
 */
export function decodeVietQr(payload: string): VietQrTransfer {
  if (!hasValidCrc(payload)) throw new SyntaxError('VietQR CRC')
  const root = parseTlv(payload)
  const merchant = parseTlv(root.get('38') ?? '')
  const beneficiary = parseTlv(merchant.get('01') ?? '')
  if (merchant.get('00') !== NAPAS_GUID) throw new SyntaxError('not a NAPAS VietQR')
  const [bin, account] = [beneficiary.get('00'), beneficiary.get('01')]
  if (!bin || !account) throw new SyntaxError('VietQR beneficiary')
  return {
    payee: { bin, account },
    amount: Number(root.get('54') ?? 0),
    reference: parseTlv(root.get('62') ?? '').get('08') ?? '',
  }
}
