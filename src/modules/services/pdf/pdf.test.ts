import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fillTemplate, renderReceiptPdf, renderResultPdf, type DossierReceipt } from './index.js'
import { pageCount, pdfText, qrTexts } from './pdf.test-support.js'

/** An instant written in Vietnam time ('2026-03-06 17:30'). */
const vn = (text: string): Date => new Date(`${text.replace(' ', 'T')}:00+07:00`)

const receipt: DossierReceipt = {
  code: 'HS-2026-000123',
  serviceName: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
  applicantName: 'Nguyễn Thị Hồng Nhung',
  receivedAt: vn('2026-03-06 17:30'),
  dueAt: vn('2026-03-10 17:00'),
  channel: 'kiosk',
  lookupUrl: 'https://congdanso.dongnai.gov.vn/tra-cuu/HS-2026-000123',
  parts: [
    {
      code: 'HS-2026-000124',
      serviceName: { vi: 'Đăng ký thường trú', en: 'Permanent residence registration' },
      agency: { vi: 'Công an xã Long Phước', en: 'Long Phước commune police' },
      dueAt: vn('2026-03-13 17:00'),
    },
    {
      code: 'HS-2026-000125',
      serviceName: { vi: 'Cấp thẻ bảo hiểm y tế', en: 'Health insurance card' },
      agency: { vi: 'Bảo hiểm xã hội tỉnh Đồng Nai', en: 'Đồng Nai social insurance' },
      dueAt: vn('2026-03-16 17:00'),
    },
  ],
  fee: { amount: 50_000, paid: true },
}

describe('services PDFs: the receipt', () => {
  it('reads in Vietnamese with its diacritics, then English, with Vietnam times', async () => {
    const text = await pdfText(await renderReceiptPdf(receipt))
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'HS-2026-000123',
      'Nguyễn Thị Hồng Nhung',
      'Đăng ký khai sinh',
      'Birth registration',
      'Tại ki-ốt tự phục vụ',
      '06/03/2026 17:30',
      '10/03/2026 17:00',
      '50.000 đồng, đã nộp',
      'HS-2026-000124: Đăng ký thường trú',
      'Công an xã Long Phước. Hẹn trả kết quả: 13/03/2026 17:00',
      'Bảo hiểm xã hội tỉnh Đồng Nai',
      'Health insurance card, Đồng Nai social insurance. Result due: 16/03/2026 17:00',
    ])
      assert.ok(text.includes(expected), `missing "${expected}" in: ${text}`)
    assert.ok(
      text.indexOf('GIẤY TIẾP NHẬN HỒ SƠ') < text.indexOf('Dossier receipt and appointment'),
      'Vietnamese first',
    )
    assert.ok(text.indexOf('Hẹn trả kết quả') < text.indexOf('Result due'))
  })

  it('carries a QR code that reads back as the lookup address', async () => {
    assert.deepEqual(await qrTexts(await renderReceiptPdf(receipt)), [receipt.lookupUrl])
  })

  it('writes Vietnam time on a server in New York, and a fee not paid yet', async () => {
    const zone = process.env.TZ
    process.env.TZ = 'America/New_York'
    try {
      const pdf = await renderReceiptPdf({
        ...receipt,
        channel: 'web',
        parts: undefined,
        receivedAt: new Date('2026-03-06T20:15:00Z'),
        fee: { amount: 1_250_000, paid: false },
      })
      const text = await pdfText(pdf)
      assert.ok(text.includes('07/03/2026 03:15'), text)
      assert.ok(text.includes('1.250.000 đồng, chưa nộp'), text)
      assert.ok(text.includes('Trực tuyến (Cổng dịch vụ công)'), text)
      assert.ok(!text.includes('Các hồ sơ liên thông'), 'no linked part, no heading')
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })

  it('flows many linked parts onto a second page without losing one', async () => {
    const parts = Array.from({ length: 30 }, (_, i) => ({
      ...receipt.parts![0]!,
      code: `HS-2026-9${String(i).padStart(5, '0')}`,
    }))
    const pdf = await renderReceiptPdf({ ...receipt, parts })
    const text = await pdfText(pdf)
    for (const part of parts) assert.ok(text.includes(part.code), part.code)
    assert.ok((await pageCount(pdf)) > 1, 'more than one page')
    assert.deepEqual(await qrTexts(pdf), [receipt.lookupUrl], 'the QR code, once, whole')
  })
})

const residence = {
  template: {
    titleVi: 'Xác nhận đăng ký tạm trú',
    titleEn: 'Confirmation of temporary residence registration',
    bodyVi:
      'Công an xã xác nhận ông/bà {{fullName}}, số định danh cá nhân {{personalNumber}}, đã đăng ký tạm trú tại {{address}} đến ngày {{until}}.\nLý do: {{ reason }}.',
    bodyEn:
      '{{fullName}}, personal number {{personalNumber}}, is registered as temporarily resident at {{address}} until {{until}}.',
  },
  fields: {
    fullName: 'Trần Văn Đức',
    personalNumber: '075201001234',
    address: 'Số 12, ấp Bến Cộ, xã Đại Phước, tỉnh Đồng Nai',
  },
  code: 'HS-2026-000777',
  issuedAt: vn('2026-03-10 08:00'),
  issuedBy: { unitName: 'Công an xã Đại Phước', officerName: 'Lê Thị Thu Hà' },
}

describe('services PDFs: the issued result', () => {
  it('fills the template, Vietnamese first, and shows a missing field as "…"', async () => {
    const text = await pdfText(await renderResultPdf(residence))
    for (const expected of [
      'CÔNG AN XÃ ĐẠI PHƯỚC',
      'Mã hồ sơ: HS-2026-000777',
      'Ngày 10 tháng 03 năm 2026',
      'XÁC NHẬN ĐĂNG KÝ TẠM TRÚ',
      'Confirmation of temporary residence registration',
      'ông/bà Trần Văn Đức, số định danh cá nhân 075201001234',
      'tại Số 12, ấp Bến Cộ, xã Đại Phước, tỉnh Đồng Nai đến ngày …',
      'Lý do: ….',
      'Trần Văn Đức, personal number 075201001234',
      'Lê Thị Thu Hà',
    ])
      assert.ok(text.includes(expected), `missing "${expected}" in: ${text}`)
    assert.ok(!text.includes('{{'), 'no placeholder left')
    assert.ok(text.indexOf('Công an xã xác nhận') < text.indexOf('is registered as'))
    assert.deepEqual(await qrTexts(await renderResultPdf(residence)), [], 'no address, no QR')
  })

  it('carries the lookup QR code when given one', async () => {
    const lookupUrl = 'https://congdanso.dongnai.gov.vn/tra-cuu/HS-2026-000777'
    assert.deepEqual(await qrTexts(await renderResultPdf({ ...residence, lookupUrl })), [lookupUrl])
  })

  it('never throws on a template naming fields nobody gave', async () => {
    const pdf = await renderResultPdf({
      ...residence,
      fields: {},
      template: { ...residence.template, bodyVi: '{{constructor}} {{__proto__}} {{a.b}}' },
    })
    assert.ok((await pdfText(pdf)).includes('… … …'))
  })
})

describe('services PDFs: template placeholders', () => {
  it('fills known fields, marks missing or blank ones, leaves other braces alone', () => {
    assert.equal(
      fillTemplate('{{a}}, {{ b }}, {{c}}, {{toString}}, {x}', {
        a: 'Ánh',
        b: ' ',
        hasOwnProperty: 'x',
      }),
      'Ánh, …, …, …, {x}',
    )
    assert.equal(fillTemplate('{{ngàySinh}}', { ngàySinh: '01/02/2003' }), '01/02/2003')
  })
})
