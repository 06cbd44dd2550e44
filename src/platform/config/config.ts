import { dirname, join } from 'node:path'
import { isIP } from 'node:net'
import { type Static, Type } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'

/**
 * Every environment variable the platform reads, described once. Nothing else reads process.env.
 */
export const ConfigSchema = Type.Object({
  NODE_ENV: Type.Union(
    [Type.Literal('development'), Type.Literal('test'), Type.Literal('production')],
    {
      default: 'development',
      description: 'development loads sample data; production refuses unsafe defaults',
    },
  ),
  HOST: Type.String({ default: '0.0.0.0', description: 'interface the HTTP server listens on' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'HTTP port' }),
  DATABASE_URL: Type.Optional(
    Type.String({
      pattern: '^postgres(ql)?://',
      description: 'PostgreSQL connection URL; when absent the embedded PGlite database is used',
    }),
  ),
  DATABASE_POOL_SIZE: Type.Integer({
    minimum: 1,
    maximum: 200,
    default: 10,
    description: 'PostgreSQL pool size',
  }),
  DATA_DIR: Type.String({
    default: './data/pglite',
    description: 'directory of the embedded database',
  }),
  ANALYTICS_PATH: Type.String({
    default: './data/analytics.duckdb',
    description:
      'file of the analytical copy (DuckDB) behind the dashboards and open data; rebuilt from the database when missing',
  }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info', description: 'pino log level' },
  ),
  SAMPLE_SCALE: Type.Integer({
    minimum: 0,
    maximum: 4_491_408,
    default: 100_000,
    description: 'residents generated on first start in development (0 = none)',
  }),
  SAMPLE_SEED: Type.Integer({
    minimum: 0,
    default: 106,
    description: 'seed of the sample population',
  }),
  PUBLIC_URL: Type.String({
    pattern: '^https?://',
    default: 'http://localhost:3000',
    description:
      'address residents reach the platform at: issuer of tokens, links in messages (http://localhost:PORT when unset)',
  }),
  TRUST_PROXY: Type.Optional(
    Type.String({
      description:
        'reverse proxies in front of the platform, comma-separated addresses or CIDR ranges (127.0.0.1,10.0.0.0/8, or loopback): only from these is X-Forwarded-For believed, for the client address of throttles and audit',
    }),
  ),
  METRICS_TOKEN: Type.Optional(
    Type.String({
      minLength: 16,
      description:
        'bearer token /metrics asks for (16+ characters); without it /metrics answers only on the loopback',
    }),
  ),
  SMS_WEBHOOK_URL: Type.Optional(
    Type.String({
      pattern: '^https?://',
      description:
        'SMS gateway webhook (POST {to, body}); without it codes go to the development outbox',
    }),
  ),
  IDENTITY_TOKEN_KEYS: Type.Optional(
    Type.String({
      description:
        'JSON array of private ES256 JWKs with kid, current signer first; in development a key is generated at start',
    }),
  ),
  IDENTITY_TOKEN_TTL_SECONDS: Type.Integer({
    minimum: 30,
    maximum: 600,
    default: 120,
    description: 'lifetime of the identity QR token',
  }),
  SESSION_TTL_HOURS: Type.Integer({
    minimum: 1,
    maximum: 720,
    default: 12,
    description: 'browser session lifetime',
  }),
  SSO_SIGNING_KEYS: Type.Optional(
    Type.String({
      description:
        'JSON array of private ES256 JWKs with kid for the SSO provider (id tokens, JWT access tokens), current signer first; generated at start in development',
    }),
  ),
  SSO_SECRET: Type.Optional(
    Type.String({
      minLength: 32,
      description:
        'secret (32+ characters) from which the SSO derives its cookie keys, pairwise-subject salt and client secrets; a fixed development value when absent',
    }),
  ),
  AUDIT_SIGNING_KEYS: Type.Optional(
    Type.String({
      description:
        "JSON array of private ES256 JWKs with kid that sign the audit chain's checkpoints and key its entries' MACs, current signer first, retired keys after it; in development kept in audit-signing-keys.json beside DATA_DIR",
    }),
  ),
  DOCUMENT_SEAL_KEYS: Type.Optional(
    Type.String({
      description:
        "JSON array of private ES256 JWKs with kid with which the platform seals the documents of residents' vaults (so that none is altered afterwards), current signer first, retired keys after it; in development kept in document-seal-keys.json beside DATA_DIR",
    }),
  ),
  AUDIT_WITNESS_URL: Type.Optional(
    Type.String({
      pattern: '^https?://',
      description:
        'external witness of the audit chain: each new signed head is POSTed here as {head} (JSON)',
    }),
  ),
  AUDIT_WITNESS_FILE: Type.Optional(
    Type.String({
      minLength: 1,
      description:
        'external witness of the audit chain: each new signed head is appended to this file, one line each',
    }),
  ),
  LINKAGE_UPLOAD_MAX_MB: Type.Integer({
    minimum: 1,
    maximum: 4096,
    default: 512,
    description:
      'linkage: the largest dataset file (CSV or XLSX) an agency may upload, in mebibytes; it streams to the database in chunks',
  }),
  PLAN_REPORT_DAY: Type.Integer({
    minimum: 1,
    maximum: 28,
    default: 18,
    description:
      'plan 106: the reports of a month are due before this day of it (Vietnam time); reminders go 3 days and 1 day before',
  }),
  PAYMENT_PAYEE_BIN: Type.String({
    pattern: '^[0-9]{6}$',
    default: '970418',
    description:
      "fees by VietQR: the NAPAS BIN (6 digits) of the bank holding the province's collecting account; a development value when absent, required in production",
  }),
  PAYMENT_PAYEE_ACCOUNT: Type.String({
    pattern: '^[0-9A-Za-z]{1,19}$',
    default: '0000000000106',
    description:
      "fees by VietQR: the province's collecting account number; a fictitious development value when absent, required in production",
  }),
  PAYMENT_PAYEE_NAME: Type.String({
    minLength: 1,
    maxLength: 100,
    default: 'KHO BAC NHA NUOC DONG NAI (THU NGHIEM)',
    description:
      "fees by VietQR: the collecting account's name, as the bank shows it; a development value when absent, required in production",
  }),
  PAYMENT_BANK_SECRETS: Type.String({
    default: '{"DEMO":"development secret of the DEMO bank, never in production"}',
    description:
      'JSON object bank code → secret (32+ characters in production) with which each bank signs its payment callbacks (HMAC-SHA256); in development the bank DEMO, required in production',
  }),
  DOCUMENTS_SIGNING_KEYS: Type.Optional(
    Type.String({
      description:
        'certified copies: JSON object agency code (a commune code for its People\'s Committee) → {"file": path of its PKCS#12 key and certificate, "password": …}; in development a demonstration CA and certificates are made in document-signing/ beside DATA_DIR; required in production',
    }),
  ),
  DOCUMENTS_TSA_URL: Type.Optional(
    Type.String({
      pattern: '^https?://',
      description:
        'certified copies: RFC 3161 time-stamping authority; when set, signatures are PAdES B-T (time-stamped), else B-B',
    }),
  ),
  SHUTDOWN_GRACE_MS: Type.Integer({
    minimum: 0,
    default: 10_000,
    description: 'how long in-flight requests may take to finish after SIGTERM',
  }),
})

export type Config = Static<typeof ConfigSchema>

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}

/**
 * Parses the environment once, applying defaults and converting numbers.
 * @throws ConfigError listing every problem, one line each.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.keys(ConfigSchema.properties)
  const raw: Record<string, unknown> = {}
  for (const key of known) {
    const value = env[key]
    if (value === undefined || value === '') continue
    const schema = ConfigSchema.properties[key as keyof typeof ConfigSchema.properties]
    // Not Value.Convert: it reads '3.5' as 3, '1e6' as 1 and 'true' as 1. Only plain digits are
    // numbers; anything else stays a string and is reported.
    raw[key] =
      'type' in schema && schema.type === 'integer' && /^\d+$/.test(value) ? Number(value) : value
  }
  const candidate = Value.Default(ConfigSchema, raw) as Record<string, unknown>
  // Sign-in redirects go to PUBLIC_URL: on a developer's machine, follow the port they chose.
  if (!env.PUBLIC_URL && typeof candidate.PORT === 'number')
    candidate.PUBLIC_URL = `http://localhost:${candidate.PORT}`
  const problems = [...Value.Errors(ConfigSchema, candidate)].map(
    (e) => `${e.path.slice(1) || '(root)'}: ${e.message} (got ${JSON.stringify(e.value)})`,
  )
  const config = candidate as Config
  if (problems.length === 0) problems.push(...proxyProblems(config.TRUST_PROXY))
  if (problems.length === 0) problems.push(...bankSecretProblems(config))
  if (problems.length === 0) problems.push(...signingKeyProblems(config.DOCUMENTS_SIGNING_KEYS))
  if (problems.length === 0 && config.NODE_ENV === 'production') {
    if (!config.DATABASE_URL) {
      problems.push(
        'DATABASE_URL: production needs a real PostgreSQL database, not the embedded one',
      )
    }
    if (!config.IDENTITY_TOKEN_KEYS) {
      problems.push('IDENTITY_TOKEN_KEYS: production needs persistent signing keys')
    }
    if (!config.SSO_SIGNING_KEYS || !config.SSO_SECRET) {
      problems.push('SSO_SIGNING_KEYS, SSO_SECRET: production needs persistent SSO keys')
    }
    if (!config.AUDIT_SIGNING_KEYS) {
      problems.push('AUDIT_SIGNING_KEYS: production needs audit keys kept outside the database')
    }
    if (!config.DOCUMENT_SEAL_KEYS) {
      problems.push('DOCUMENT_SEAL_KEYS: production needs persistent keys to seal vault documents')
    }
    if (!config.DOCUMENTS_SIGNING_KEYS) {
      problems.push(
        "DOCUMENTS_SIGNING_KEYS: production needs the agencies' real signing keys, not demonstration ones",
      )
    }
    const unset = PAYMENT_SETTINGS.filter((key) => !env[key])
    if (unset.length > 0) {
      problems.push(
        `${unset.join(', ')}: production needs the real collecting account and banks' secrets`,
      )
    }
    if (!config.SMS_WEBHOOK_URL) {
      problems.push(
        'SMS_WEBHOOK_URL: production needs a real message sender, not the development outbox',
      )
    }
  }
  if (problems.length > 0) throw new ConfigError(problems)
  return config
}

/**
 * Where development keeps keys that are not configured: beside the embedded database's directory,
 * never inside it. Tests use keys of their process (undefined here).
 */
export const developmentKeysFile = (
  config: Pick<Config, 'DATA_DIR' | 'NODE_ENV'>,
  name: string,
): string | undefined =>
  config.NODE_ENV === 'development' ? join(dirname(config.DATA_DIR), name) : undefined

/** Where development keeps its audit keys when AUDIT_SIGNING_KEYS is unset. */
export const auditKeysFile = (config: Pick<Config, 'DATA_DIR' | 'NODE_ENV'>): string | undefined =>
  developmentKeysFile(config, 'audit-signing-keys.json')

/**
 * Where development keeps its demonstration CA and agency certificates when DOCUMENTS_SIGNING_KEYS
 * is unset: beside the embedded database's directory. Tests keep theirs for the process.
 */
export const documentSigningDirectory = (
  config: Pick<Config, 'DATA_DIR' | 'NODE_ENV'>,
): string | undefined => developmentKeysFile(config, 'document-signing')

/** An agency's PKCS#12 file and its password, as DOCUMENTS_SIGNING_KEYS lists them. */
export interface SigningKeyFile {
  file: string
  password: string
}

const AGENCY_CODE = /^[0-9A-Za-z-]{1,32}$/

/** DOCUMENTS_SIGNING_KEYS read; call only on a configuration loadConfig accepted. */
export const signingKeyFiles = (
  value: string | undefined,
): Record<string, SigningKeyFile> | undefined =>
  value === undefined ? undefined : (JSON.parse(value) as Record<string, SigningKeyFile>)

function signingKeyProblems(value: string | undefined): string[] {
  if (value === undefined) return []
  let keys: unknown
  try {
    keys = JSON.parse(value)
  } catch {
    return ['DOCUMENTS_SIGNING_KEYS: not JSON']
  }
  if (typeof keys !== 'object' || keys === null || Array.isArray(keys))
    return ['DOCUMENTS_SIGNING_KEYS: not a JSON object of agency codes to {file, password}']
  return Object.entries(keys)
    .filter(([agency, entry]) => {
      const { file, password } = (entry ?? {}) as Partial<Record<string, unknown>>
      const good = typeof file === 'string' && file !== '' && typeof password === 'string'
      return !AGENCY_CODE.test(agency) || !good
    })
    .map(
      ([agency]) =>
        `DOCUMENTS_SIGNING_KEYS: agency ${JSON.stringify(agency)} needs a code of 1-32 letters, digits or dashes and {"file": "…p12", "password": "…"}`,
    )
}

// Fees go to a real account only when production names it: the defaults are fictitious.
const PAYMENT_SETTINGS = [
  'PAYMENT_PAYEE_BIN',
  'PAYMENT_PAYEE_ACCOUNT',
  'PAYMENT_PAYEE_NAME',
  'PAYMENT_BANK_SECRETS',
] as const

const BANK_CODE = /^[A-Z0-9]{2,16}$/

/** PAYMENT_BANK_SECRETS as a JSON object of bank codes to secrets (32+ characters in production). */
function bankSecretProblems(config: Config): string[] {
  let secrets: unknown
  try {
    secrets = JSON.parse(config.PAYMENT_BANK_SECRETS)
  } catch {
    return ['PAYMENT_BANK_SECRETS: not JSON']
  }
  if (typeof secrets !== 'object' || secrets === null || Array.isArray(secrets))
    return ['PAYMENT_BANK_SECRETS: not a JSON object of bank codes to secrets']
  const minimum = config.NODE_ENV === 'production' ? 32 : 1
  return Object.entries(secrets)
    .filter(([bank, secret]) => {
      const long = typeof secret === 'string' && secret.length >= minimum
      return !BANK_CODE.test(bank) || !long
    })
    .map(
      ([bank]) =>
        `PAYMENT_BANK_SECRETS: bank ${JSON.stringify(bank)} needs a code of 2-16 capitals or digits and a secret of ${String(minimum)}+ characters`,
    )
}

// The names proxy-addr (Fastify's trustProxy) knows for the usual private ranges.
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal']

/** TRUST_PROXY as the list Fastify's trustProxy takes; empty when unset. */
export function trustedProxies(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
}

function proxyProblems(value: string | undefined): string[] {
  return trustedProxies(value)
    .filter((entry) => {
      if (PROXY_RANGE_NAMES.includes(entry)) return false
      const [address = '', prefix, ...rest] = entry.split('/')
      const family = isIP(address)
      const bits = family === 6 ? 128 : 32
      const goodPrefix = prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= bits)
      return family === 0 || !goodPrefix || rest.length > 0
    })
    .map((entry) => `TRUST_PROXY: not an address or CIDR range (got ${JSON.stringify(entry)})`)
}
