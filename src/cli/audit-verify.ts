import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { Presets, SingleBar } from 'cli-progress'
import { BREAK_REASONS, verifyAuditChain } from '../modules/audit/index.js'
import { loadConfig } from '../platform/config/config.js'
import { openCommandDatabase } from './command.js'

// Exit codes: 0 the chain is intact, 1 it is broken, 2 the check could not run.
// --head takes a signed head kept outside the database (a compact JWS, or a file whose last line
// is one, such as AUDIT_WITNESS_FILE): a chain cut back behind it is broken.
const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, head: { type: 'string' } },
})
const config = loadConfig()
const database = await openCommandDatabase(config, config.DATABASE_POOL_SIZE)

/** The JWS itself, or the last line of the file it names. */
async function givenHead(value: string | undefined): Promise<string | undefined> {
  if (value === undefined || /^eyJ[\w-]*\.[\w-]+\.[\w-]+$/.test(value)) return value
  return (await readFile(value, 'utf8')).trim().split('\n').at(-1)
}

const bar = new SingleBar(
  {
    format:
      'Kiểm tra chuỗi nhật ký / Verifying audit chain |{bar}| {percentage}% | {value}/{total}',
    stream: process.stderr,
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 5000,
  },
  Presets.shades_classic,
)
let started = false
const startedAt = performance.now()
try {
  const result = await verifyAuditChain(database, {
    head: await givenHead(values.head),
    onProgress(checked, total) {
      if (!started) bar.start(total, 0)
      started = true
      bar.update(checked)
    },
  })
  bar.stop()
  const seconds = Math.round(performance.now() - startedAt) / 1000
  if (values.json) process.stdout.write(`${JSON.stringify({ ...result, seconds })}\n`)
  else if (result.ok) {
    const head = result.head ? ` #${result.head.chainIndex} ${result.head.hash}` : ' —'
    process.stdout.write(
      `Chuỗi nhật ký kiểm toán nguyên vẹn / audit chain intact: ${result.checked} mục / entries ` +
        `trong / in ${seconds} s, ${result.pending} chờ niêm phong / pending\n` +
        `${result.quarantined} mục bị loại vì không có mã xác thực của nền tảng / entries set aside ` +
        `without the platform's MAC\n` +
        `Đầu chuỗi / head:${head}\n` +
        `Đầu chuỗi đã ký (lưu ở nơi khác, đối chiếu bằng --head) / signed head (keep elsewhere, ` +
        `compare with --head): ${result.signedHead ?? '—'}\n`,
    )
  } else {
    const { chainIndex, seq, reason } = result.firstBroken
    const label = BREAK_REASONS[reason]
    process.stdout.write(
      `Chuỗi nhật ký kiểm toán bị phá vỡ / audit chain BROKEN at chain index ${chainIndex}` +
        ` (seq ${seq ?? '—'}): ${reason}\n  ${label.vi}\n  ${label.en}\n` +
        `${result.checked} mục đã kiểm / entries checked, ${result.pending} chờ niêm phong / pending\n`,
    )
  }
  process.exitCode = result.ok ? 0 : 1
} catch (error) {
  bar.stop()
  process.stderr.write(
    `Không kiểm tra được / the check could not run: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exitCode = 2
} finally {
  await database.close()
}
