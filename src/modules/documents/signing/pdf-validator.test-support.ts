import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

/**
 * Independent checks of a signed PDF, by tools this project did not write: poppler's pdfsig
 * (with an NSS database that trusts only the given root, made by NSS's certutil) and OpenSSL's
 * CMS verification of the signed byte range.
 */

const run = promisify(execFile)

export interface PdfsigVerdict {
  signatureValid: boolean
  certificateTrusted: boolean
  output: string
}

async function inTemporaryDirectory<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'cds-pdfsig-'))
  try {
    return await work(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** pdfsig's verdict on the PDF, with `rootPem` as the only trusted root. */
export function pdfsig(pdf: Buffer, rootPem: string): Promise<PdfsigVerdict> {
  return inTemporaryDirectory(async (dir) => {
    const nss = `sql:${join(dir, 'nss')}`
    await run('mkdir', [join(dir, 'nss')])
    await run('certutil', ['-N', '-d', nss, '--empty-password'])
    await writeFile(join(dir, 'root.pem'), rootPem)
    await run('certutil', [
      '-A',
      '-d',
      nss,
      '-n',
      'root',
      '-t',
      'CT,C,C',
      '-i',
      join(dir, 'root.pem'),
    ])
    await writeFile(join(dir, 'copy.pdf'), pdf)
    const { stdout } = await run('pdfsig', ['-nssdir', nss, join(dir, 'copy.pdf')]).catch(
      (error: unknown) => ({ stdout: (error as { stdout?: string }).stdout ?? '' }),
    )
    return {
      signatureValid: /Signature Validation: Signature is Valid\./.test(stdout),
      certificateTrusted: /Certificate Validation: Certificate is Trusted\./.test(stdout),
      output: stdout,
    }
  })
}

/** The signature's ByteRange and its CMS, read as a validator reads them. */
export function signedParts(pdf: Buffer): { content: Buffer; cms: Buffer } {
  const text = pdf.toString('latin1')
  const range = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text)
  if (!range) throw new Error('no signature in the PDF')
  const [a, b, c, d] = range.slice(1).map(Number) as [number, number, number, number]
  const content = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)])
  const hex = text.slice(a + b + 1, c - 1).replace(/(00)+$/, '')
  return { content, cms: Buffer.from(hex, 'hex') }
}

/** Whether `openssl cms -verify` accepts the signature over its byte range, chained to the root. */
export function opensslVerify(
  pdf: Buffer,
  rootPem: string,
): Promise<{ ok: boolean; output: string }> {
  return inTemporaryDirectory(async (dir) => {
    const { content, cms } = signedParts(pdf)
    await writeFile(join(dir, 'content'), content)
    await writeFile(join(dir, 'cms.der'), cms)
    await writeFile(join(dir, 'root.pem'), rootPem)
    const args = ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(dir, 'cms.der')]
    args.push('-content', join(dir, 'content'), '-CAfile', join(dir, 'root.pem'))
    args.push('-purpose', 'any', '-out', '/dev/null')
    return run('openssl', args).then(
      ({ stderr }) => ({ ok: true, output: stderr }),
      (error: unknown) => ({ ok: false, output: (error as { stderr?: string }).stderr ?? '' }),
    )
  })
}

/** The CMS's structure as OpenSSL prints it (signed attributes by name). */
export async function cmsPrint(pdf: Buffer): Promise<string> {
  return inTemporaryDirectory(async (dir) => {
    await writeFile(join(dir, 'cms.der'), signedParts(pdf).cms)
    const { stdout } = await run('openssl', [
      'cms',
      '-cmsout',
      '-print',
      '-inform',
      'DER',
      '-in',
      join(dir, 'cms.der'),
    ])
    return stdout
  })
}
