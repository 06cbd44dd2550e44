import { parseArgs } from 'node:util'
import { CALL_BREAK_REASONS, verifyCallLog } from '../modules/exchange/index.js'
import { loadConfig } from '../platform/config/config.js'
import { openCommandDatabase } from './command.js'

// Exit codes: 0 the call log is intact, 1 it is broken, 2 the check could not run.
const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } })
const config = loadConfig()
const database = await openCommandDatabase(config, config.DATABASE_POOL_SIZE)
const startedAt = performance.now()
try {
  const result = await verifyCallLog(database.db)
  const seconds = Math.round(performance.now() - startedAt) / 1000
  if (values.json) process.stdout.write(`${JSON.stringify({ ...result, seconds })}\n`)
  else if (result.ok) {
    const head = result.head ? ` #${result.head.chainIndex} ${result.head.hash}` : ' —'
    process.stdout.write(
      `Nhật ký trục liên thông nguyên vẹn / exchange call log intact: ${result.checked} mục / ` +
        `entries in ${seconds} s\nĐầu chuỗi / head:${head}\n`,
    )
  } else {
    const { chainIndex, reason } = result.firstBroken
    const label = CALL_BREAK_REASONS[reason]
    process.stdout.write(
      `Nhật ký trục liên thông bị phá vỡ / exchange call log BROKEN at entry ${chainIndex}: ` +
        `${reason}\n  ${label.vi}\n  ${label.en}\n${result.checked} mục đã kiểm / entries checked\n`,
    )
  }
  process.exitCode = result.ok ? 0 : 1
} catch (error) {
  process.stderr.write(
    `Không kiểm tra được / the check could not run: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exitCode = 2
} finally {
  await database.close()
}
