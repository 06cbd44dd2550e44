import { createPublicKey, verify, type JsonWebKey, type KeyObject } from 'node:crypto'
import { compactVerify, importJWK } from 'jose'
import {
  createIdentityKeyRing,
  generateSigningKey,
  verifyIdentityToken,
  type IdentitySubject,
} from '../src/modules/identity/index.js'
import { measure, percentile, type BenchResult } from './report.js'

const VERIFICATIONS = 20_000
const DISTINCT_TOKENS = 500
const WARM_UP = 2_000
/** Ours and the bare verification alternate in rounds, so that load from elsewhere hits both. */
const ROUNDS = 4
const ISSUER = 'https://congdanso.example.gov.vn'
const SUBJECT: IdentitySubject = {
  sub: '075085001234',
  name: 'Nguyễn Văn An',
  bd: '1985-01-01',
  sex: 'M',
  lvl: 2,
}

interface Sample {
  token: string
  /** The JWS signing input and signature, as the bare verification takes them. */
  input: Buffer
  signature: Buffer
}

function sampleOf(token: string): Sample {
  const lastDot = token.lastIndexOf('.')
  return {
    token,
    input: Buffer.from(token.slice(0, lastDot)),
    signature: Buffer.from(token.slice(lastDot + 1), 'base64url'),
  }
}

/**
 * Offline verification of valid identity tokens against a bare ES256 `crypto.verify` of the same
 * signing inputs with the same key, in the same run. The bare figure is the floor: what is left
 * above it is our parsing and claim checks.
 */
export async function benchQrVerify(): Promise<BenchResult> {
  const privateJwk = await generateSigningKey()
  const ring = createIdentityKeyRing({ privateJwks: [privateJwk] })
  const jwks = ring.publicJwks()
  const now = new Date()
  const samples: Sample[] = []
  for (let i = 0; i < DISTINCT_TOKENS; i++) {
    samples.push(sampleOf((await ring.sign(SUBJECT, { issuer: ISSUER, now })).token))
  }
  const inputs = Array.from({ length: VERIFICATIONS }, (_, i) => samples[i % DISTINCT_TOKENS]!)
  const publicKey: KeyObject = createPublicKey({ key: jwks.keys[0] as JsonWebKey, format: 'jwk' })

  const ours = async (s: Sample): Promise<void> => {
    const result = verifyIdentityToken(s.token, { jwks, issuer: ISSUER, now })
    if (!result.valid) throw new Error(`benchmark token refused: ${result.reason}`)
  }
  const bare = async (s: Sample): Promise<void> => {
    const keyInput = { key: publicKey, dsaEncoding: 'ieee-p1363' as const }
    if (!verify('sha256', s.input, keyInput, s.signature)) throw new Error('bare verify failed')
  }
  await measure(inputs.slice(0, WARM_UP), ours)
  await measure(inputs.slice(0, WARM_UP), bare)

  const oursRun = { latencies: [] as number[], seconds: 0 }
  const bareRun = { latencies: [] as number[], seconds: 0 }
  const chunk = VERIFICATIONS / ROUNDS
  for (let round = 0; round < ROUNDS; round++) {
    const slice = inputs.slice(round * chunk, (round + 1) * chunk)
    for (const [run, fn] of [
      [bareRun, bare],
      [oursRun, ours],
    ] as const) {
      const { sorted, perSecond } = await measure(slice, fn)
      run.latencies.push(...sorted)
      run.seconds += slice.length / perSecond
    }
  }
  const oursPerSecond = VERIFICATIONS / oursRun.seconds
  const barePerSecond = VERIFICATIONS / bareRun.seconds
  const sorted = oursRun.latencies.sort((a, b) => a - b)
  const bareSorted = bareRun.latencies.sort((a, b) => a - b)
  return {
    name: 'identity.qr.verify',
    value: oursPerSecond,
    unit: 'verifications/s',
    baseline: barePerSecond,
    ratio: oursPerSecond / barePerSecond,
    extra: {
      p50us: percentile(sorted, 50) * 1000,
      p99us: percentile(sorted, 99) * 1000,
      bareP50us: percentile(bareSorted, 50) * 1000,
      bareP99us: percentile(bareSorted, 99) * 1000,
      joseCompactVerifyPerS: await josePerSecond(inputs.slice(0, chunk), privateJwk.kid!, jwks),
    },
  }
}

/**
 * jose's own verification (WebCrypto) of the same tokens, for the record: the reason the module
 * verifies with node:crypto instead.
 */
async function josePerSecond(
  inputs: Sample[],
  kid: string,
  jwks: { keys: Parameters<typeof importJWK>[0][] },
): Promise<number> {
  const key = await importJWK(
    jwks.keys.find((k) => k.kid === kid)!,
    'ES256',
  )
  const run = (s: Sample): Promise<unknown> =>
    compactVerify(s.token, key, { algorithms: ['ES256'] })
  await measure(inputs.slice(0, WARM_UP), run)
  return (await measure(inputs, run)).perSecond
}
