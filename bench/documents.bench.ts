import { createHash, randomBytes } from 'node:crypto'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { buildApp } from '../src/app.js'
import { agencyKeys, composeCertifiedCopy, signPades } from '../src/modules/documents/index.js'
import { communesOfUnit, ensureAdminUnits } from '../src/modules/population/index.js'
import { loadConfig } from '../src/platform/config/config.js'
import type { Database } from '../src/platform/db/database.js'
import { loadFromChild } from './http-load.js'
import { percentile, type BenchResult } from './report.js'

const LABEL = {
  name: 'Ủy ban nhân dân xã thử nghiệm',
  reason: 'Chứng thực bản sao từ bản chính',
  location: 'Đồng Nai',
  contactInfo: '',
}
const COPIES = 200

/** A scanned 2-page original. */
async function originalPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (const n of [1, 2])
    pdf
      .addPage([595, 842])
      .drawText(`Bang tot nghiep - trang ${String(n)}`, { x: 60, y: 700, size: 18, font })
  return Buffer.from(await pdf.save())
}

const statement = (n: number) => ({
  communeName: 'xã Thử Nghiệm',
  bookYear: 2026,
  bookNumber: n,
  certifiedAt: new Date(),
  officerName: 'Nguyễn Thị Bích Ngọc',
  officerTitle: 'Phó Chủ tịch',
  verifyUrl: `https://congdanso.example.vn/verify/${String(n).padStart(16, '0')}`,
  code: String(n).padStart(16, '0'),
})

async function perSecond(count: number, work: (n: number) => Promise<unknown>) {
  const latencies: number[] = []
  const started = performance.now()
  for (let n = 1; n <= count; n++) {
    const t = performance.now()
    await work(n)
    latencies.push(performance.now() - t)
  }
  const seconds = (performance.now() - started) / 1000
  return { rate: count / seconds, sorted: latencies.sort((a, b) => a - b) }
}

/**
 * Certified copies of a 2-page original per second: the copy's pages, the certification page
 * (Vietnamese fonts, QR) and the PAdES B-B signature. Baseline: signing alone, the same PDF.
 */
export async function benchCertify(): Promise<BenchResult> {
  const identity = (await agencyKeys({
    configured: undefined,
    demonstrationDirectory: undefined,
  }).identityOf('99999'))!
  const original = { mediaType: 'application/pdf', content: await originalPdf() }
  // Warm-up: fonts parsed, code compiled.
  for (let n = 0; n < 5; n++)
    await signPades((await composeCertifiedCopy(original, statement(n))).pdf, identity, LABEL, {
      at: new Date(),
    })
  const unsigned = await (await composeCertifiedCopy(original, statement(0))).pdf.save()
  const signing = await perSecond(COPIES, async () =>
    signPades(await PDFDocument.load(unsigned), identity, LABEL, { at: new Date() }),
  )
  const certifying = await perSecond(COPIES, async (n) =>
    signPades((await composeCertifiedCopy(original, statement(n))).pdf, identity, LABEL, {
      at: new Date(),
    }),
  )
  return {
    name: 'documents.certify',
    value: certifying.rate,
    unit: 'copies/s',
    baseline: signing.rate,
    ratio: certifying.rate / signing.rate,
    extra: {
      p50_ms: percentile(certifying.sorted, 50),
      p99_ms: percentile(certifying.sorted, 99),
      signing_p50_ms: percentile(signing.sorted, 50),
      goal: '>= 50/s',
    },
  }
}

const CERTIFIED = 10_000

/**
 * Public verification over HTTP (50 connections, 10 s) of random codes among 10,000 certified
 * copies: one indexed read per request, no sign-in.
 */
export async function benchVerifyHttp(database: Database): Promise<BenchResult> {
  await ensureAdminUnits(database.db)
  const [commune] = await communesOfUnit(database.db, '75')
  const codes = Array.from({ length: CERTIFIED }, () =>
    randomBytes(10)
      .toString('hex')
      .toUpperCase()
      .replace(/[ILOU]/g, '7')
      .slice(0, 16),
  )
  const pdf = randomBytes(64)
  const sha = createHash('sha256').update(pdf).digest('hex')
  await database.query(
    `INSERT INTO document_certifications
       (code, requester_number, requester_account_id, holder_masked, commune_code, title,
        original_media_type, original_sha256, original_content, status, decided_at, book_year,
        book_number, officer_name, officer_title, certified_content, certified_sha256, page_count,
        signer_subject)
     SELECT c, '075000000001', gen_random_uuid(), 'N*** V** A*', $2, 'Bằng tốt nghiệp',
            'application/pdf', $3, $4, 'certified', now(), 2026, n, 'Nguyễn Thị B', 'Phó Chủ tịch',
            $4, $3, 3, 'CN=demo'
       FROM unnest($1::text[]) WITH ORDINALITY AS t(c, n)`,
    [codes, commune, sha, pdf],
  )
  const app = await buildApp({
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    database,
  })
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  try {
    const load = await loadFromChild(url, {
      paths: codes.map((code) => `/api/v1/verify/${code}`),
      connections: 50,
      seconds: 10,
    })
    return {
      name: 'documents.verify.http',
      value: load.rps,
      unit: 'req/s',
      extra: {
        p99_ms: load.p99,
        p50_ms: load.p50,
        non2xx: load.non2xx + load.errors,
        goal: '>= 2000/s, p99 < 50 ms',
      },
    }
  } finally {
    await app.close()
  }
}
