import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'node:test'
import { ConfigError, ConfigSchema, loadConfig, trustedProxies } from './config.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** The ConfigError loadConfig throws for env; fails the test when it accepts env. */
function refusal(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  assert.fail(`loadConfig accepted ${JSON.stringify(env)}`)
}

/** The collecting account and the banks' secrets production must name. */
const PRODUCTION_PAYMENTS = {
  PAYMENT_PAYEE_BIN: '970436',
  PAYMENT_PAYEE_ACCOUNT: '0011001234567',
  PAYMENT_PAYEE_NAME: 'KHO BAC NHA NUOC DONG NAI',
  PAYMENT_BANK_SECRETS: JSON.stringify({ VCB: 'v'.repeat(32) }),
}

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = loadConfig({})
    assert.equal(config.NODE_ENV, 'development')
    assert.equal(config.HOST, '0.0.0.0')
    assert.equal(config.PORT, 3000)
    assert.equal(config.DATABASE_URL, undefined)
    assert.equal(config.DATABASE_POOL_SIZE, 10)
    assert.equal(config.DATA_DIR, './data/pglite')
    assert.equal(config.LOG_LEVEL, 'info')
    assert.equal(config.SAMPLE_SCALE, 100_000)
    assert.equal(config.SAMPLE_SEED, 106)
    assert.equal(config.SHUTDOWN_GRACE_MS, 10_000)
  })

  it('addresses the platform at the chosen port unless PUBLIC_URL says otherwise', () => {
    assert.equal(loadConfig({ PORT: '3222' }).PUBLIC_URL, 'http://localhost:3222')
    const behindProxy = loadConfig({ PORT: '3222', PUBLIC_URL: 'https://cds.dongnai.gov.vn' })
    assert.equal(behindProxy.PUBLIC_URL, 'https://cds.dongnai.gov.vn')
  })

  it('treats an empty variable as unset', () => {
    // `PORT= npm start` and an empty line in an env file mean "no value", not "invalid".
    const config = loadConfig({ PORT: '', LOG_LEVEL: '' })
    assert.equal(config.PORT, 3000)
    assert.equal(config.LOG_LEVEL, 'info')
  })

  it('converts numeric variables to numbers and keeps the strings as given', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_POOL_SIZE: '25',
      SAMPLE_SCALE: '0',
      SHUTDOWN_GRACE_MS: '2500',
      DATABASE_URL: 'postgresql://cds@db.internal:5432/cds',
      LOG_LEVEL: 'warn',
    })
    assert.strictEqual(config.PORT, 8080)
    assert.strictEqual(config.DATABASE_POOL_SIZE, 25)
    assert.strictEqual(config.SAMPLE_SCALE, 0)
    assert.strictEqual(config.SHUTDOWN_GRACE_MS, 2500)
    assert.equal(config.DATABASE_URL, 'postgresql://cds@db.internal:5432/cds')
    assert.equal(config.LOG_LEVEL, 'warn')
  })

  it('reads only the variables it describes', () => {
    const config = loadConfig({ PATH: '/usr/bin', HOME: '/root', PORT: '1' })
    assert.deepEqual(
      Object.keys(config).filter((k) => !(k in ConfigSchema.properties)),
      [],
    )
  })

  it('lists every problem at once, one line per variable, naming it', () => {
    const error = refusal({
      NODE_ENV: 'staging',
      PORT: 'abc',
      DATABASE_URL: 'mysql://db/cds',
      DATABASE_POOL_SIZE: '0',
      LOG_LEVEL: 'loud',
      SAMPLE_SCALE: '-1',
    })
    const named = [
      'NODE_ENV',
      'PORT',
      'DATABASE_URL',
      'DATABASE_POOL_SIZE',
      'LOG_LEVEL',
      'SAMPLE_SCALE',
    ]
    assert.equal(error.problems.length, named.length, error.problems.join('\n'))
    for (const name of named) {
      assert.equal(
        error.problems.filter((p) => p.startsWith(`${name}:`)).length,
        1,
        `${name} named once in:\n${error.problems.join('\n')}`,
      )
    }
    // The message is what an operator reads: a header, then exactly one line per problem.
    const lines = error.message.split('\n')
    assert.equal(lines.length, 1 + named.length, error.message)
    for (const name of named) {
      assert.equal(
        lines.filter((l) => l.includes(`${name}:`)).length,
        1,
        `${name} in:\n${error.message}`,
      )
    }
  })

  it('shows the offending value so the operator can find the typo', () => {
    const error = refusal({ PORT: '70000' })
    assert.equal(error.problems.length, 1)
    assert.match(error.problems[0] ?? '', /^PORT: .*70000/)
  })

  it('refuses production without a real database and message sender, and accepts it with them', () => {
    const error = refusal({ NODE_ENV: 'production' })
    assert.equal(error.problems.length, 8)
    assert.match(error.problems[0] ?? '', /^DATABASE_URL: /)
    assert.match(error.problems[1] ?? '', /^IDENTITY_TOKEN_KEYS: /)
    assert.match(error.problems[2] ?? '', /^SSO_SIGNING_KEYS, SSO_SECRET: /)
    assert.match(error.problems[3] ?? '', /^AUDIT_SIGNING_KEYS: /)
    assert.match(error.problems[4] ?? '', /^DOCUMENT_SEAL_KEYS: /)
    assert.match(error.problems[5] ?? '', /^DOCUMENTS_SIGNING_KEYS: /)
    assert.match(error.problems[6] ?? '', /^PAYMENT_PAYEE_BIN, .*PAYMENT_BANK_SECRETS: /)
    assert.match(error.problems[7] ?? '', /^SMS_WEBHOOK_URL: /)
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://cds@db/cds',
      SMS_WEBHOOK_URL: 'https://sms.example.vn/send',
      IDENTITY_TOKEN_KEYS: '[]',
      SSO_SIGNING_KEYS: '[]',
      SSO_SECRET: 'x'.repeat(32),
      AUDIT_SIGNING_KEYS: '[]',
      DOCUMENT_SEAL_KEYS: '[]',
      DOCUMENTS_SIGNING_KEYS: '{"26017":{"file":"/etc/cds/26017.p12","password":"p"}}',
      ...PRODUCTION_PAYMENTS,
    })
    assert.equal(config.NODE_ENV, 'production')
  })

  it("refuses banks' secrets that are not a JSON object of codes to long secrets in production", () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://cds@db/cds',
      SMS_WEBHOOK_URL: 'https://sms.example.vn/send',
      IDENTITY_TOKEN_KEYS: '[]',
      SSO_SIGNING_KEYS: '[]',
      SSO_SECRET: 'x'.repeat(32),
      AUDIT_SIGNING_KEYS: '[]',
      DOCUMENT_SEAL_KEYS: '[]',
      DOCUMENTS_SIGNING_KEYS: '{}',
      ...PRODUCTION_PAYMENTS,
    }
    for (const bad of [
      'not json',
      '["x"]',
      '{"vcb":"' + 'x'.repeat(32) + '"}',
      '{"VCB":"short"}',
    ]) {
      const error = refusal({ ...production, PAYMENT_BANK_SECRETS: bad })
      assert.match(error.problems[0] ?? '', /^PAYMENT_BANK_SECRETS: /, bad)
    }
    // Development takes the DEMO bank's short secret by default.
    assert.match(loadConfig({}).PAYMENT_BANK_SECRETS, /"DEMO"/)
  })

  it('refuses agency signing keys that are not a JSON object of codes to a file and password', () => {
    for (const bad of [
      'not json',
      '[]',
      '{"../x":{"file":"a","password":""}}',
      '{"26017":{"file":""}}',
    ]) {
      const error = refusal({ DOCUMENTS_SIGNING_KEYS: bad })
      assert.match(error.problems[0] ?? '', /^DOCUMENTS_SIGNING_KEYS: /, bad)
    }
  })

  it('refuses numbers that are not plain digits instead of truncating them', () => {
    for (const value of ['3.5', '1e3', 'true', '0x10']) {
      const error = refusal({ PORT: value })
      assert.match(error.problems[0] ?? '', /^PORT: /, value)
    }
  })

  it('takes the trusted proxies as addresses and CIDR ranges, refusing anything else', () => {
    const good = '127.0.0.1, 10.0.0.0/8,fd00::/8,loopback'
    assert.deepEqual(trustedProxies(loadConfig({ TRUST_PROXY: good }).TRUST_PROXY), [
      '127.0.0.1',
      '10.0.0.0/8',
      'fd00::/8',
      'loopback',
    ])
    for (const bad of ['proxy.local', '10.0.0.0/33', '10.0.0.1/8/1', '*']) {
      const error = refusal({ TRUST_PROXY: bad })
      assert.match(error.problems[0] ?? '', /^TRUST_PROXY: /, bad)
    }
  })
})

describe('the server with an invalid environment', () => {
  it('exits non-zero, naming each bad variable on its own line, without a stack trace', async () => {
    // Only the variables under test: the caller's own (say DATABASE_URL) must not mask them.
    const known = new Set(Object.keys(ConfigSchema.properties))
    const env = {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !known.has(key))),
      PORT: 'abc',
      LOG_LEVEL: 'loud',
    }
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Bounded: a server that starts despite the bad environment is killed, and fails below.
      timeout: 60_000,
    })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.stdout.resume()
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
      child.on('close', (c, s) => {
        resolve([c, s])
      })
    })
    assert.equal(signal, null, `killed by ${String(signal)}; stderr:\n${stderr}`)
    assert.notEqual(code, 0, stderr)
    const lines = stderr.split('\n')
    const portLines = lines.filter((l) => l.includes('PORT'))
    const levelLines = lines.filter((l) => l.includes('LOG_LEVEL'))
    assert.equal(portLines.length, 1, stderr)
    assert.equal(levelLines.length, 1, stderr)
    assert.notEqual(portLines[0], levelLines[0], stderr)
    assert.deepEqual(
      lines.filter((l) => l.startsWith('    at ')),
      [],
      `no stack trace expected in:\n${stderr}`,
    )
  })
})
