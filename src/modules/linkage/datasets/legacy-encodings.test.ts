import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { detectColumnEncoding, detectTextEncoding, fromTcvn3, fromVni } from './legacy-encodings.js'

// "Nguyễn Thị Hồng" as the bytes an old file holds, read as its Windows-1252 characters.
const TCVN3_BYTES = Buffer.from([
  0x4e, 0x67, 0x75, 0x79, 0xd4, 0x6e, 0x20, 0x54, 0x68, 0xde, 0x20, 0x48, 0xe5, 0x6e, 0x67,
])
const VNI_BYTES = Buffer.from([
  0x4e, 0x67, 0x75, 0x79, 0x65, 0xe3, 0x6e, 0x20, 0x54, 0x68, 0xf2, 0x20, 0x48, 0x6f, 0xe0, 0x6e,
  0x67,
])
const latin = (bytes: Buffer) => new TextDecoder('windows-1252').decode(bytes)

describe('legacy Vietnamese fonts (TCVN3, VNI) to Unicode NFC', () => {
  it('reads real TCVN3 and VNI bytes of a name as the name, in NFC', () => {
    assert.equal(latin(TCVN3_BYTES), 'NguyÔn ThÞ Hång')
    assert.equal(fromTcvn3(latin(TCVN3_BYTES)), 'Nguyễn Thị Hồng')
    assert.equal(latin(VNI_BYTES), 'Nguyeãn Thò Hoàng')
    assert.equal(fromVni(latin(VNI_BYTES)), 'Nguyễn Thị Hồng')
    for (const text of [fromTcvn3(latin(TCVN3_BYTES)), fromVni(latin(VNI_BYTES))])
      assert.equal(text, text.normalize('NFC'))
    assert.equal(fromVni('Tröông Thò Thuøy Döông'), 'Trương Thị Thùy Dương')
    assert.equal(fromTcvn3('§Æng V¨n Kh¸nh'), 'Đặng Văn Khánh')
    assert.equal(fromVni('ÑAËNG VAÊN KHAÙNH'), 'ĐẶNG VĂN KHÁNH')
  })

  it('finds the font of a column, and leaves Unicode and plain text alone', () => {
    const tcvn3 = detectColumnEncoding([latin(TCVN3_BYTES), 'TrÇn V¨n B¶o', 'Lª ThÞ Mai'])
    assert.equal(tcvn3.encoding, 'tcvn3')
    assert.deepEqual(tcvn3.examples[0], { before: 'NguyÔn ThÞ Hång', after: 'Nguyễn Thị Hồng' })
    assert.equal(detectColumnEncoding([latin(VNI_BYTES), 'Traàn Vaên Baûo']).encoding, 'vni')
    // Unicode names that a VNI reading would also turn into names ("Hoàng" → "Hồng") stay.
    assert.equal(
      detectColumnEncoding(['Hoàng Văn Minh', 'Nguyễn Thị Hồng', 'Lê Thị Mai']).encoding,
      'unicode',
    )
    assert.equal(detectColumnEncoding(['Nguyen Van A', 'Peter Müller']).encoding, 'unicode')
  })

  it('tells UTF-8 (with or without BOM) from Windows-1258 and from legacy-font Windows-1252', () => {
    const name = 'Nguyễn Thị Hồng\n'
    assert.equal(detectTextEncoding(Buffer.from(name), true), 'utf-8')
    assert.equal(detectTextEncoding(Buffer.from(`\uFEFF${name}`), true), 'utf-8-bom')
    // Windows-1258: ê, then the combining tilde 0xDE; dot below 0xF2; ô, then grave 0xCC.
    const cp1258 = Buffer.from([
      0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e, 0x20, 0x54, 0x68, 0x69, 0xf2, 0x20, 0x48, 0xf4,
      0xcc, 0x6e, 0x67, 0x0a,
    ])
    assert.equal(detectTextEncoding(cp1258, true), 'windows-1258')
    assert.equal(new TextDecoder('windows-1258').decode(cp1258).normalize('NFC'), name)
    assert.equal(detectTextEncoding(TCVN3_BYTES, true), 'windows-1252')
    assert.equal(detectTextEncoding(VNI_BYTES, true), 'windows-1252')
  })
})
