import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { crc16, decodeVietQr, encodeVietQr, isVietQrReference, parseTlv } from './vietqr.js'

/**
 * Known-good VietQR payloads from the README of the npm package vietnam-qr-pay
 * (https://npmjs.com/package/vietnam-qr-pay): ACB (BIN 970416), account 257678859, static and
 * dynamic (10 000 đ, purpose "Chuyen tien"); and the static one of the Go package vietqr-parser
 * (Vietcombank, BIN 970436, account 0881000458086).
 */
const ACB_DYNAMIC =
  '00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6'
const ACB_STATIC =
  '00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F'
const VCB_STATIC =
  '00020001021238570010A00000072701270006970436011308810004580860208QRIBFTTA53037045802VN6304CD60'

describe('VietQR payload', () => {
  it('checks out the CRC-16/CCITT-FALSE of published payloads', () => {
    for (const payload of [ACB_DYNAMIC, ACB_STATIC, VCB_STATIC])
      assert.equal(crc16(payload.slice(0, -4)), payload.slice(-4), payload)
    // The check value of the CRC catalogue for CRC-16/CCITT-FALSE.
    assert.equal(crc16('123456789'), '29B1')
  })

  it('writes the published dynamic payload byte for byte, and reads it back', () => {
    const transfer = {
      payee: { bin: '970416', account: '257678859' },
      amount: 10_000,
      reference: 'Chuyen tien',
    }
    assert.equal(encodeVietQr(transfer), ACB_DYNAMIC)
    assert.deepEqual(decodeVietQr(ACB_DYNAMIC), transfer)
  })

  it('lays out the data objects the NAPAS profile asks for', () => {
    const payload = encodeVietQr({
      payee: { bin: '970418', account: '0000000000106' },
      amount: 1_250_000,
      reference: 'DN-2026-000123',
    })
    const root = parseTlv(payload)
    assert.deepEqual([...root.keys()], ['00', '01', '38', '53', '54', '58', '62', '63'])
    assert.equal(root.get('00'), '01')
    assert.equal(root.get('01'), '12')
    assert.equal(root.get('53'), '704')
    assert.equal(root.get('54'), '1250000')
    assert.equal(root.get('58'), 'VN')
    const merchant = parseTlv(root.get('38')!)
    assert.equal(merchant.get('00'), 'A000000727')
    assert.equal(merchant.get('02'), 'QRIBFTTA')
    assert.deepEqual(
      [...parseTlv(merchant.get('01')!)],
      [
        ['00', '970418'],
        ['01', '0000000000106'],
      ],
    )
    assert.equal(parseTlv(root.get('62')!).get('08'), 'DN-2026-000123')
    assert.equal(root.get('63'), crc16(payload.slice(0, -4)))
  })

  it('refuses a payload whose CRC does not match', () => {
    const tampered = ACB_DYNAMIC.replace('5405100005802', '5405900005802')
    assert.throws(() => decodeVietQr(tampered), /CRC/)
  })

  it('takes as a reference printable ASCII of 25 characters at most', () => {
    assert.ok(isVietQrReference('A'.repeat(25)))
    assert.ok(isVietQrReference('HS 2026/001-x'))
    for (const bad of ['', 'A'.repeat(26), ' HS1', 'HS1 ', 'Hồ sơ', 'HS\n1'])
      assert.equal(isVietQrReference(bad), false, JSON.stringify(bad))
    assert.throws(() =>
      encodeVietQr({ payee: { bin: '970418', account: '1' }, amount: 1, reference: 'Hồ sơ' }),
    )
  })
})
