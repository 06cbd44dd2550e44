import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  DEMONSTRATION_PASSWORD,
  makeDemonstrationAgency,
  makeDemonstrationRoot,
} from './demonstration-ca.js'
import { openPkcs12, type SigningIdentity } from './pkcs12.js'

/** Where an agency's PKCS#12 file is and its password (DOCUMENTS_SIGNING_KEYS). */
export interface AgencyKeyFile {
  file: string
  password: string
}

/** The signing identities of the agencies, by agency code (a commune's code for its committee). */
export interface AgencyKeys {
  /** The agency's identity, or undefined when none is configured for it. */
  identityOf(agency: string): Promise<SigningIdentity | undefined>
  /** The demonstration root (PEM), when the keys are demonstration ones. */
  demonstrationRoot(): Promise<string | undefined>
}

/** Configured keys: each agency's PKCS#12 file, opened once on first use. */
function configuredKeys(files: Readonly<Record<string, AgencyKeyFile>>): AgencyKeys {
  const opened = new Map<string, Promise<SigningIdentity>>()
  return {
    identityOf: (agency) => {
      const entry = files[agency]
      if (!entry) return Promise.resolve(undefined)
      let identity = opened.get(agency)
      if (!identity) {
        identity = readFile(entry.file).then((p12) => openPkcs12(p12, entry.password))
        opened.set(agency, identity)
      }
      return identity
    },
    demonstrationRoot: () => Promise.resolve(undefined),
  }
}

/** Writes a file unless another process wrote it first; either way returns what is there. */
async function keepOnce(path: string, make: () => Buffer | string): Promise<Buffer> {
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  await writeFile(path, make(), { mode: 0o600, flag: 'wx' }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  })
  return readFile(path)
}

// Tests and benchmarks share one demonstration root per process: generating keys is slow.
const inMemory = new Map<string, Promise<Buffer>>()
const remember = (name: string, make: () => Buffer | string): Promise<Buffer> => {
  let kept = inMemory.get(name)
  if (!kept) {
    kept = Promise.resolve().then(() => Buffer.from(make()))
    inMemory.set(name, kept)
  }
  return kept
}

/**
 * Demonstration keys: a root and a certificate per agency made on first use. In development
 * they are kept in `directory` so that restarts reuse them (copies signed yesterday still chain
 * to the same root); tests keep them for the process.
 */
function demonstrationKeys(directory: string | undefined): AgencyKeys {
  const ready = directory ? mkdir(directory, { recursive: true }) : Promise.resolve(undefined)
  const keep = async (name: string, make: () => Buffer | string): Promise<Buffer> => {
    await ready
    return directory ? keepOnce(join(directory, name), make) : remember(name, make)
  }
  const root = async () => {
    const made = makeDemonstrationRoot
    let fresh: ReturnType<typeof made> | undefined
    const keyPem = (await keep('root.key.pem', () => (fresh = made()).keyPem)).toString()
    const certPem = (
      await keep('root.pem', () => {
        if (!fresh) throw new Error('demonstration root certificate lost: delete root.key.pem')
        return fresh.certPem
      })
    ).toString()
    return { keyPem, certPem }
  }
  const opened = new Map<string, Promise<SigningIdentity>>()
  return {
    identityOf: (agency) => {
      let identity = opened.get(agency)
      if (!identity) {
        identity = root()
          .then((r) => keep(`${agency}.p12`, () => makeDemonstrationAgency(r, agency)))
          .then((p12) => openPkcs12(p12, DEMONSTRATION_PASSWORD))
        opened.set(agency, identity)
      }
      return identity
    },
    demonstrationRoot: async () => (await root()).certPem,
  }
}

/**
 * The agencies' keys as configured (DOCUMENTS_SIGNING_KEYS), else demonstration keys; config
 * refuses production without configured keys.
 */
export function agencyKeys(options: {
  configured: Readonly<Record<string, AgencyKeyFile>> | undefined
  demonstrationDirectory: string | undefined
}): AgencyKeys {
  return options.configured
    ? configuredKeys(options.configured)
    : demonstrationKeys(options.demonstrationDirectory)
}
